#pragma once
// RecordTable: generic records as a columnar table of interned strings (what a CSV file or a registry query becomes).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "match/string_pool.hpp"

namespace tepat::match {

/// Rows of string cells under named columns. Each column is an array of ids into one shared StringPool, so a
/// million rows with repeated values (kabupaten, gender, common names) stay compact.
/// Thread-safety: AddRow() needs exclusive access; all const methods may run concurrently.
class RecordTable {
 public:
  /// A table with these column names (order kept; names are compared exactly). Cells of `unique_columns` (indexes
  /// into `columns`) are stored without looking for an equal earlier cell (StringPool::Append): for values unique
  /// per row, such as record ids or NIKs, this saves a hash look-up per cell; their ids are then not shared.
  explicit RecordTable(std::vector<std::string> columns, std::vector<size_t> unique_columns = {});

  /// Appends one row. Returns InvalidArgument when the number of values differs from the number of columns.
  domain::Status AddRow(std::span<const std::string_view> values);
  domain::Status AddRow(const std::vector<std::string_view>& values) {
    return AddRow(std::span<const std::string_view>(values));
  }
  /// Appends `cells.size() / columns` rows whose cells are given row after row. The same cells as AddRow() row
  /// by row (ids may be numbered in another order), faster for many rows (StringPool::InternAll). InvalidArgument
  /// (nothing added) when the number of cells is not a multiple of the number of columns.
  domain::Status AddRows(std::span<const std::string_view> cells);
  /// A copy of the first `rows` rows (all when fewer), with a pool of just the strings they use. Cells keep their
  /// equalities (equal ids stay equal) without hashing a string again.
  RecordTable Head(size_t rows) const;
  /// Reserves room for `rows` rows.
  void Reserve(size_t rows);

  size_t rows() const { return rows_; }
  const std::vector<std::string>& columns() const { return columns_; }
  /// The index of column `name`, or nullopt.
  std::optional<size_t> ColumnIndex(std::string_view name) const;
  /// The cell at (row, column); empty when missing.
  std::string_view Value(size_t row, size_t column) const { return pool_.Get(cells_[column][row]); }
  /// The columns whose cells are not shared (see the constructor).
  const std::vector<size_t>& unique_columns() const { return unique_columns_; }
  /// The interned id of the cell at (row, column); equal cells of columns not marked unique have equal ids.
  uint32_t CellId(size_t row, size_t column) const { return cells_[column][row]; }
  /// The pool the cell ids refer to.
  const StringPool& pool() const { return pool_; }

 private:
  std::vector<std::string> columns_;
  std::vector<size_t> unique_columns_;
  std::vector<bool> unique_;                  // per column: in unique_columns_
  std::vector<std::vector<uint32_t>> cells_;  // cells_[column][row]
  StringPool pool_;
  size_t rows_ = 0;
};

}  // namespace tepat::match

#pragma once
// RowChecker: reads the typed cells of one data row and records every problem as a RowIssue. The typed row
// validators (dukcapil_row.cpp, ...) are written with it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/nik.hpp"
#include "domain/region_code.hpp"
#include "domain/region_directory.hpp"
#include "ingest/column_map.hpp"
#include "ingest/field_update.hpp"
#include "ingest/import_template.hpp"
#include "ingest/row_issue.hpp"
#include "ingest/table_reader.hpp"

namespace tepat::ingest {

/// What validation needs from outside: the region list (may be null: region codes are then checked for shape only)
/// and today's date (birth dates and status dates may not be later).
struct ValidationContext {
  const domain::RegionDirectory* regions = nullptr;
  domain::CivilDate today;
};

/// Bound to one row for the time of its validation. Each getter returns the parsed value, or nullopt after recording
/// an error (or, for an empty optional column, without one). Not thread-safe; cheap to construct.
class RowChecker {
 public:
  RowChecker(const ImportTemplate& tmpl, const ColumnMap& map, const RawRow& row, const ValidationContext& context,
             std::vector<RowIssue>* issues);

  /// The row number the spreadsheet shows.
  std::uint64_t row_number() const { return row_.number; }
  /// True when no error (warnings allowed) was recorded for this row.
  bool ok() const { return errors_ == 0; }

  /// The raw cell of template column `col` (an empty cell when the file lacks the column or the row is short).
  const Cell& Raw(int col) const;
  /// True when the cell of `col` is empty or only spaces.
  bool IsBlank(int col) const;
  /// True when the file has the column `col`.
  bool HasColumn(int col) const;

  /// Records an error or warning about `col` (the value is taken from the cell, masked for NIK/KK columns).
  void Error(int col, std::string reason_id, std::string reason_en);
  void Warning(int col, std::string reason_id, std::string reason_en);

  /// Required cell missing -> records "wajib diisi" and returns true. For optional columns returns IsBlank(col)
  /// without recording anything.
  bool MissingRequired(int col);

  /// Cleaned text (CleanText). `max_chars` bounds the length in bytes.
  std::optional<std::string> Text(int col, std::size_t max_chars);
  /// A date; `not_after_today` refuses dates after context.today.
  std::optional<domain::CivilDate> Date(int col, bool not_after_today);
  std::optional<domain::Sex> SexCode(int col);
  /// A 10-digit desa/kelurahan code whose kabupaten/kota is known (an unknown kecamatan is a warning).
  std::optional<domain::RegionCode> Desa(int col);
  /// A region code of any level whose kabupaten/kota (when it has one) is known.
  std::optional<domain::RegionCode> Region(int col);
  /// A whole number within [min, max].
  std::optional<std::int64_t> Integer(int col, std::int64_t min, std::int64_t max);
  std::optional<std::int64_t> Rupiah(int col);
  /// A NIK that passed every rule (see domain::CheckNik), agreeing with `expected`.
  std::optional<domain::NikFacts> Nik(int col, const domain::NikExpectation& expected);
  /// Like Nik, for a column whose cells may be empty (ColumnSpec::cell_may_be_empty): an empty cell records a
  /// warning and returns nullopt without an error.
  std::optional<domain::NikFacts> NikOrEmpty(int col, const domain::NikExpectation& expected);
  /// A KK number that passed every rule (see domain::CheckKk).
  std::optional<std::string> Kk(int col);
  /// A coded value parsed by `parse`; the error lists `allowed`.
  template <typename E>
  std::optional<E> Code(int col, std::optional<E> (*parse)(std::string_view), std::string_view allowed) {
    if (MissingRequired(col)) return std::nullopt;
    if (auto v = parse(Raw(col).text)) return v;
    Error(col, "Nilai tidak dikenal; pilih salah satu: " + std::string(allowed) + ".",
          "Unknown value; use one of: " + std::string(allowed) + ".");
    return std::nullopt;
  }

  /// Wraps the value of an optional column into a FieldUpdate: kSet when parsed, kClear when the cell is empty in a
  /// column whose template says an empty cell blanks the value, kKeep otherwise (absent column, empty cell, error).
  template <typename T>
  FieldUpdate<T> Update(int col, std::optional<T> parsed) {
    if (parsed) return FieldUpdate<T>::Set(std::move(*parsed));
    if (HasColumn(col) && IsBlank(col) && tmpl_.columns[static_cast<std::size_t>(col)].blank_clears) {
      return FieldUpdate<T>::Clear();
    }
    return FieldUpdate<T>::Keep();
  }

 private:
  void Record(int col, Severity severity, std::string reason_id, std::string reason_en);
  std::optional<domain::RegionCode> CheckRegionKnown(int col, const domain::RegionCode& code);

  const ImportTemplate& tmpl_;
  const ColumnMap& map_;
  const RawRow& row_;
  const ValidationContext& context_;
  std::vector<RowIssue>* issues_;
  int errors_ = 0;
};

}  // namespace tepat::ingest

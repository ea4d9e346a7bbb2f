#pragma once
// CellRows: rows of a registry table in their stored form, every cell "keep", "clear" or "set to this text", the
// texts of all cells in one buffer (no object per row, no allocation per cell once the buffers have grown).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tepat::store {

/// Rows of `width()` cells, appended cell by cell (row after row). What a cell asks of its stored value: keep it
/// (an empty optional cell), clear it (NULL) or set it to a text. A cell's text is shorter than 4 GiB.
/// Views returned by text() stay valid until the next append; moving the object keeps them valid once the buffer
/// has grown past the small-string size (the writer takes its views after the rows have reached it).
/// Not thread-safe; handed between threads whole.
class CellRows {
 public:
  enum class Op : std::uint8_t { kKeep, kClear, kSet };

  /// Rows of `width` cells each.
  explicit CellRows(std::size_t width) : width_(width) {}

  /// Appends the next cell of the current row: keep the stored value.
  void Keep() { cells_.push_back({0, 0, Op::kKeep}); }
  /// Appends the next cell: clear the stored value (NULL).
  void Clear() { cells_.push_back({0, 0, Op::kClear}); }
  /// Appends the next cell: set to `text` (copied).
  void Set(std::string_view text);

  std::size_t width() const { return width_; }
  /// Complete rows.
  std::size_t rows() const { return width_ == 0 ? 0 : cells_.size() / width_; }
  /// What the cell at (row, column) asks; both in range.
  Op op(std::size_t row, std::size_t column) const { return cells_[row * width_ + column].op; }
  /// The text of a kSet cell ("" for the others); both in range.
  std::string_view text(std::size_t row, std::size_t column) const {
    const Cell& cell = cells_[row * width_ + column];
    return {text_.data() + cell.begin, cell.size};
  }
  /// Reserves room for `rows` rows of about `bytes_per_row` text bytes each.
  void Reserve(std::size_t rows, std::size_t bytes_per_row);

 private:
  struct Cell {
    std::uint64_t begin;
    std::uint32_t size;
    Op op;
  };
  std::size_t width_;
  std::string text_;         // the text of every kSet cell, back to back
  std::vector<Cell> cells_;  // row after row
};

}  // namespace tepat::store

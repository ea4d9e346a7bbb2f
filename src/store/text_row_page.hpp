#pragma once
// TextRowPage: a page of rows of text cells held in one buffer, as a bulk scan hands them to its reader (no object
// per row, no allocation per cell once the buffers have grown to a page's size).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tepat::store {

/// Rows of `columns()` text cells each, appended cell by cell (row after row) into one character buffer.
/// Views returned by Cell() stay valid until the page is changed (Append, Reset) or moved from.
/// Not thread-safe; pages are handed between threads whole (swap or move).
class TextRowPage {
 public:
  /// An empty page of rows of `columns` cells.
  explicit TextRowPage(std::size_t columns = 0) : columns_(columns) {}

  /// Empties the page and sets its width, keeping the buffers' capacity.
  void Reset(std::size_t columns);
  /// Appends the next cell of the current row; a row is complete after `columns()` cells.
  void Append(std::string_view cell);

  std::size_t columns() const { return columns_; }
  /// Complete rows.
  std::size_t rows() const { return columns_ == 0 ? 0 : ends_.size() / columns_; }
  /// The cell at (row, column); both in range.
  std::string_view Cell(std::size_t row, std::size_t column) const {
    const std::size_t index = row * columns_ + column;
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return {text_.data() + begin, ends_[index] - begin};
  }

 private:
  std::size_t columns_;
  std::string text_;                // every cell, back to back
  std::vector<std::size_t> ends_;  // per cell: end offset in text_
};

}  // namespace tepat::store

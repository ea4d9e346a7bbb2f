#include "match/record_table.hpp"

#include <algorithm>
#include <string>

namespace tepat::match {

RecordTable::RecordTable(std::vector<std::string> columns, std::vector<size_t> unique_columns)
    : columns_(std::move(columns)),
      unique_columns_(std::move(unique_columns)),
      unique_(columns_.size(), false),
      cells_(columns_.size()) {
  for (const size_t column : unique_columns_) {
    if (column < unique_.size()) unique_[column] = true;
  }
}

domain::Status RecordTable::AddRow(std::span<const std::string_view> values) {
  if (values.size() != columns_.size()) {
    return domain::InvalidArgument("row " + std::to_string(rows_ + 1) + " has " + std::to_string(values.size()) +
                                   " values but the table has " + std::to_string(columns_.size()) + " columns");
  }
  for (size_t c = 0; c < values.size(); ++c) {
    cells_[c].push_back(unique_[c] ? pool_.Append(values[c]) : pool_.Intern(values[c]));
  }
  ++rows_;
  return domain::Status::Ok();
}

domain::Status RecordTable::AddRows(std::span<const std::string_view> cells) {
  const size_t width = columns_.size();
  if (width == 0 || cells.size() % width != 0) {
    return domain::InvalidArgument(std::to_string(cells.size()) + " cells do not make whole rows of " +
                                   std::to_string(width) + " columns");
  }
  const size_t count = cells.size() / width;
  std::vector<std::string_view> column_cells(count);
  for (size_t c = 0; c < width; ++c) {
    for (size_t row = 0; row < count; ++row) column_cells[row] = cells[row * width + c];
    std::vector<uint32_t>& ids = cells_[c];
    const size_t first = ids.size();
    ids.resize(first + count);
    if (unique_[c]) {
      for (size_t row = 0; row < count; ++row) ids[first + row] = pool_.Append(column_cells[row]);
    } else {
      pool_.InternAll(column_cells, std::span<uint32_t>(ids).subspan(first, count));
    }
  }
  rows_ += count;
  return domain::Status::Ok();
}

RecordTable RecordTable::Head(size_t rows) const {
  RecordTable head(columns_, unique_columns_);
  head.rows_ = std::min(rows, rows_);
  constexpr uint32_t kUnmapped = UINT32_MAX;
  std::vector<uint32_t> head_id(pool_.size(), kUnmapped);  // id here -> id in head
  for (auto& column : head.cells_) column.resize(head.rows_);
  // Row by row, as AddRow would: the head's ids come in the same order as when its rows were added one by one.
  for (size_t row = 0; row < head.rows_; ++row) {
    for (size_t c = 0; c < cells_.size(); ++c) {
      const uint32_t id = cells_[c][row];
      if (head_id[id] == kUnmapped) head_id[id] = head.pool_.CopyFrom(pool_, id);
      head.cells_[c][row] = head_id[id];
    }
  }
  return head;
}

void RecordTable::Reserve(size_t rows) {
  for (auto& column : cells_) column.reserve(rows);
  // Each unique column adds a string per row. The other columns repeat values (regions, dates, codes, common names):
  // about one new value per row across all of them (0.6 in the generated registry), a guess that may be exceeded
  // (the pool then grows).
  pool_.Reserve(rows * (unique_columns_.size() + 1), rows);
}

std::optional<size_t> RecordTable::ColumnIndex(std::string_view name) const {
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (columns_[c] == name) return c;
  }
  return std::nullopt;
}

}  // namespace tepat::match

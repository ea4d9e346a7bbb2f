#include "match/record_table.hpp"

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

domain::Status RecordTable::AddRow(const std::vector<std::string_view>& values) {
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

void RecordTable::Reserve(size_t rows) {
  for (auto& column : cells_) column.reserve(rows);
  pool_.Reserve(rows * columns_.size() / 2);  // a guess: about half the cells hold a value not seen before
}

std::optional<size_t> RecordTable::ColumnIndex(std::string_view name) const {
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (columns_[c] == name) return c;
  }
  return std::nullopt;
}

}  // namespace tepat::match

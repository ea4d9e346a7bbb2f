#include "match/record_table.hpp"

#include <string>

namespace tepat::match {

RecordTable::RecordTable(std::vector<std::string> columns) : columns_(std::move(columns)), cells_(columns_.size()) {}

domain::Status RecordTable::AddRow(const std::vector<std::string_view>& values) {
  if (values.size() != columns_.size()) {
    return domain::InvalidArgument("row " + std::to_string(rows_ + 1) + " has " + std::to_string(values.size()) +
                                   " values but the table has " + std::to_string(columns_.size()) + " columns");
  }
  for (size_t c = 0; c < values.size(); ++c) cells_[c].push_back(pool_.Intern(values[c]));
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

#include "store/cell_rows.hpp"

namespace tepat::store {

void CellRows::Set(std::string_view text) {
  cells_.push_back({text_.size(), static_cast<std::uint32_t>(text.size()), Op::kSet});
  text_.append(text);
}

void CellRows::Reserve(std::size_t rows, std::size_t bytes_per_row) {
  cells_.reserve(rows * width_);
  text_.reserve(rows * bytes_per_row);
}

}  // namespace tepat::store

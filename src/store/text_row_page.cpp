#include "store/text_row_page.hpp"

namespace tepat::store {

void TextRowPage::Reset(std::size_t columns) {
  columns_ = columns;
  text_.clear();
  ends_.clear();
}

void TextRowPage::Append(std::string_view cell) {
  text_.append(cell);
  ends_.push_back(text_.size());
}

}  // namespace tepat::store

#include "domain/code_text.hpp"

namespace tepat::domain {

std::string CanonicalCode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '/') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);  // ASCII only, as the C locale
  }
  return out;
}

}  // namespace tepat::domain

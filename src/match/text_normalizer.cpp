#include "match/text_normalizer.hpp"

#include <cctype>

namespace tepat::match {
namespace {

constexpr size_t kDateDigits = 8;
constexpr size_t kYearDigits = 4;

bool IsAsciiAlnum(unsigned char c) { return std::isalnum(c) != 0 && c < 0x80; }

std::string Pad2(std::string_view part) {
  std::string out(part);
  if (out.size() == 1) out.insert(out.begin(), '0');
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '`') continue;
    if (IsAsciiAlnum(c) || c >= 0x80) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(std::tolower(c)));
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::vector<std::string_view> SplitTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) tokens.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

std::string DigitsOnly(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out;
}

std::string NormalizeDate(std::string_view text) {
  // Split into digit groups; anything other than digits and - / . space separates.
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !(text[i] >= '0' && text[i] <= '9')) {
      const char c = text[i];
      if (c != '-' && c != '/' && c != '.' && c != ' ') return "";
      ++i;
    }
    const size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i > start) parts.push_back(text.substr(start, i - start));
  }
  if (parts.size() == 1 && parts[0].size() == kDateDigits) return std::string(parts[0]);
  if (parts.size() != 3) return "";
  const auto short_part = [](std::string_view p) { return !p.empty() && p.size() <= 2; };
  if (parts[0].size() == kYearDigits && short_part(parts[1]) && short_part(parts[2])) {
    return std::string(parts[0]) + Pad2(parts[1]) + Pad2(parts[2]);
  }
  if (parts[2].size() == kYearDigits && short_part(parts[0]) && short_part(parts[1])) {
    return std::string(parts[2]) + Pad2(parts[1]) + Pad2(parts[0]);
  }
  return "";
}

}  // namespace tepat::match

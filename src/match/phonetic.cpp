#include "match/phonetic.hpp"

#include "match/text_normalizer.hpp"

namespace tepat::match {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// First pass: digraphs and letter classes.
std::string MapLetters(std::string_view token) {
  std::string out;
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    const char next = i + 1 < token.size() ? token[i + 1] : '\0';
    if ((c == 'k' || c == 'c') && next == 'h') {
      out.push_back('h');
      ++i;
    } else if ((c == 's' || c == 'd' || c == 't') && next == 'h') {
      out.push_back(c);
      ++i;
    } else if (c == 'p' && next == 'h') {
      out.push_back('p');
      ++i;
    } else if (c == 'd' && next == 'z') {
      out.push_back('y');
      ++i;
    } else if (c == 's' && next == 'y') {
      out.push_back('s');
      ++i;
    } else if (c == 'f' || c == 'v') {
      out.push_back('p');
    } else if (c == 'q') {
      out.push_back('k');
    } else if (c == 'x') {
      out += "ks";
    } else if (c == 'z' || c == 'j') {
      out.push_back('y');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string KeyOfToken(std::string_view token) {
  const std::string mapped = MapLetters(token);
  std::string out;
  for (size_t i = 0; i < mapped.size(); ++i) {
    char c = mapped[i];
    const char next = i + 1 < mapped.size() ? mapped[i + 1] : '\0';
    const bool last = i + 1 == mapped.size();
    if (c == 'y' && i > 0 && (!IsVowel(next) || last)) c = 'i';  // Suryani ~ Suriani, Rudy ~ Rudi
    if (c == 'y' && i > 0 && !IsVowel(mapped[i - 1])) c = 'i';
    if (c == 'h' && i > 0 && (last || !IsVowel(next))) continue;
    if (last && c == 'd') c = 't';
    if (last && c == 'b') c = 'p';
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string IndonesianPhoneticKey(std::string_view normalized) {
  std::string out;
  for (const std::string_view token : SplitTokens(normalized)) {
    if (!out.empty()) out.push_back(' ');
    out += KeyOfToken(token);
  }
  return out;
}

}  // namespace tepat::match

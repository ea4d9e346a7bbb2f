#include "http/request_context.hpp"

#include "http/cookies.hpp"

namespace tepat::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string PercentDecode(std::string_view text, bool plus_as_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      int hi = HexValue(text[i + 1]);
      int lo = HexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(plus_as_space && c == '+' ? ' ' : c);
  }
  return out;
}

std::optional<std::string> RequestContext::PathParam(std::string_view name) const {
  auto it = params.find(name);
  if (it == params.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> RequestContext::QueryParam(std::string_view name) const {
  std::string_view rest = query;
  while (!rest.empty()) {
    std::size_t amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    std::size_t eq = pair.find('=');
    std::string key = PercentDecode(pair.substr(0, eq), true);
    if (key != name) continue;
    return eq == std::string_view::npos ? std::string{} : PercentDecode(pair.substr(eq + 1), true);
  }
  return std::nullopt;
}

std::optional<std::string> RequestContext::Cookie(std::string_view name) const {
  return FindCookie(Header("Cookie"), name);
}

std::string_view RequestContext::Header(std::string_view name) const {
  auto it = request.find(name);
  if (it == request.end()) return {};
  return it->value();
}

}  // namespace tepat::http

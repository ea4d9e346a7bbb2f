#include "http/cookies.hpp"

namespace tepat::http {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsCookieValueChar(char c) {
  auto u = static_cast<unsigned char>(c);
  return u > 0x20 && u < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
}

}  // namespace

std::optional<std::string> FindCookie(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    std::size_t semi = header.find(';');
    std::string_view pair = TrimSpaces(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (TrimSpaces(pair.substr(0, eq)) != name) continue;
    std::string_view value = TrimSpaces(pair.substr(eq + 1));
    for (char c : value) {
      if (!IsCookieValueChar(c)) return std::nullopt;
    }
    return std::string(value);
  }
  return std::nullopt;
}

std::string BuildSetCookie(std::string_view name, std::string_view value, const CookieOptions& o) {
  std::string out;
  out.append(name).append("=").append(value).append("; Path=").append(o.path);
  if (o.max_age_seconds >= 0) out.append("; Max-Age=").append(std::to_string(o.max_age_seconds));
  if (o.http_only) out.append("; HttpOnly");
  if (o.secure) out.append("; Secure");
  if (!o.same_site.empty()) out.append("; SameSite=").append(o.same_site);
  return out;
}

}  // namespace tepat::http

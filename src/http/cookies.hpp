#pragma once
// Cookie parsing and Set-Cookie building. Tolerates garbage: a malformed Cookie header simply yields no cookie.
#include <optional>
#include <string>
#include <string_view>

namespace tepat::http {

/// The value of cookie `name` in a Cookie header ("a=1; b=2"), or nullopt when absent or malformed.
std::optional<std::string> FindCookie(std::string_view cookie_header, std::string_view name);

/// Attributes of a cookie to set.
struct CookieOptions {
  bool http_only = true;
  bool secure = false;             ///< set when the client reached us over TLS (X-Forwarded-Proto: https)
  std::string same_site = "Lax";
  long max_age_seconds = -1;       ///< -1: session cookie; 0: delete
  std::string path = "/";
};

/// A Set-Cookie header value. `value` must be a cookie-safe token (we only set hex/base64url values).
std::string BuildSetCookie(std::string_view name, std::string_view value, const CookieOptions& options);

}  // namespace tepat::http

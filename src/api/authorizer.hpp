#pragma once
// Authorizer: the one place where every API route's access rule is enforced, before its handler.
#include "api/api_route.hpp"
#include "http/router.hpp"
#include "service/services.hpp"

namespace tepat::api {

/// Name of the session cookie (HttpOnly) and of the CSRF header every cookie-authenticated write must carry.
inline constexpr const char* kSessionCookie = "tepat_session";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";

/// Wraps `route` into an HTTP handler that: resolves the session cookie; answers 401 when the rule needs a login
/// and there is none; 403 when the role is not allowed, when the CSRF token of a write is missing or wrong, or
/// when an official's regions do not cover the route's region (400 when that code is malformed); then runs the
/// handler. Denials are written to the audit log.
http::Handler Authorize(ApiRoute route, service::Services& services);

}  // namespace tepat::api

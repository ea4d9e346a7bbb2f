#pragma once
// ApiRoute: one API endpoint with the access rule it needs. The rule is checked in one place (authorizer.cpp)
// before the handler runs, so a handler never re-checks roles or region scope given by its rule.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/role.hpp"
#include "http/message.hpp"
#include "http/request_context.hpp"
#include "service/actor.hpp"
#include "service/auth_service.hpp"

namespace tepat::api {

/// Where the region an official must cover comes from.
enum class RegionSource { kNone, kPathParam, kQueryParam };

/// Who may call a route.
struct AccessRule {
  bool requires_login = true;
  std::vector<domain::Role> roles;   ///< allowed roles; empty = any logged-in account
  RegionSource region_source = RegionSource::kNone;
  std::string region_param;          ///< name of the path or query parameter holding the region code

  /// Anyone, logged in or not.
  static AccessRule Public() { return AccessRule{false, {}, RegionSource::kNone, {}}; }
  /// Any logged-in account.
  static AccessRule LoggedIn() { return AccessRule{}; }
  /// Logged-in accounts with one of `roles`.
  static AccessRule Roles(std::vector<domain::Role> roles) { return AccessRule{true, std::move(roles), {}, {}}; }
  /// Adds: the account must cover the region named by path parameter `name` (admin covers all).
  AccessRule InPathRegion(std::string name) && {
    region_source = RegionSource::kPathParam;
    region_param = std::move(name);
    return std::move(*this);
  }
};

/// What a handler gets: the HTTP context plus the verified caller.
struct ApiContext {
  http::RequestContext& http;
  service::Actor actor;                          ///< account (if logged in) and client address
  std::optional<service::Authenticated> auth;    ///< the session, when logged in
  std::string session_token;                     ///< raw cookie token, when present
};

using ApiHandler = std::function<http::Response(ApiContext&)>;

/// A route of the API table (see routes.cpp).
struct ApiRoute {
  http::Verb method;
  std::string pattern;
  AccessRule access;
  ApiHandler handler;
};

}  // namespace tepat::api

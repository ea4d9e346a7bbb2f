#include "api/authorizer.hpp"

#include <algorithm>

#include "api/api_response.hpp"
#include "service/crypto.hpp"

namespace tepat::api {
namespace {

bool IsWrite(http::Verb method) {
  return method == http::Verb::post || method == http::Verb::put || method == http::Verb::patch ||
         method == http::Verb::delete_;
}

http::Response Deny(ApiContext& ctx, service::Services& services, const ApiRoute& route, std::string_view code,
                    std::string_view message) {
  (void)services.auditor().Record(ctx.actor, "access.denied", {"route", route.pattern},
                                  domain::AuditOutcome::kDenied, std::string(code));
  return ErrorResponse(ctx, http::Status::forbidden, code, message);
}

// The region code the rule points at, or nullopt when the rule names none.
std::optional<std::string> RuleRegionText(const ApiRoute& route, const http::RequestContext& http_ctx) {
  switch (route.access.region_source) {
    case RegionSource::kNone: return std::nullopt;
    case RegionSource::kPathParam: return http_ctx.PathParam(route.access.region_param).value_or("");
    case RegionSource::kQueryParam: return http_ctx.QueryParam(route.access.region_param).value_or("");
  }
  return std::nullopt;
}

}  // namespace

http::Handler Authorize(ApiRoute route, service::Services& services) {
  return [route = std::move(route), &services](http::RequestContext& http_ctx) -> http::Response {
    ApiContext ctx{http_ctx, service::Actor::Guest(http_ctx.client_address), std::nullopt, {}};
    if (auto token = http_ctx.Cookie(kSessionCookie)) {
      ctx.session_token = *token;
      auto auth = services.auth().Authenticate(*token);
      if (auth.ok()) {
        ctx.actor.account = auth.value().account;
        ctx.auth = std::move(auth).value();
      } else if (auth.status().code() != domain::ErrorCode::kUnauthenticated) {
        return ErrorResponse(ctx, auth.status());
      }
    }
    const AccessRule& rule = route.access;
    if (rule.requires_login && !ctx.auth) {
      return ErrorResponse(ctx, http::Status::unauthorized, "unauthenticated", "Log in first.");
    }
    if (ctx.auth && IsWrite(route.method)) {
      std::string_view sent = http_ctx.Header(kCsrfHeader);
      if (!service::ConstantTimeEquals(sent, ctx.auth->session.csrf_token)) {
        return Deny(ctx, services, route, "csrf",
                    "The form is out of date (missing or wrong CSRF token). Reload the page and try again.");
      }
    }
    if (!rule.roles.empty() &&
        std::find(rule.roles.begin(), rule.roles.end(), ctx.auth->account.role) == rule.roles.end()) {
      return Deny(ctx, services, route, "permission_denied", "Your role may not do this.");
    }
    if (auto region_text = RuleRegionText(route, http_ctx)) {
      auto region = domain::RegionCode::Parse(*region_text);
      if (!region) {
        return ErrorResponse(ctx, http::Status::bad_request, "invalid_argument",
                             "region: use an official region code like 35.10 or 3510");
      }
      if (!ctx.auth || !domain::AccountCoversRegion(ctx.auth->account, *region)) {
        return Deny(ctx, services, route, "permission_denied", "This region is outside the regions assigned to you.");
      }
    }
    return route.handler(ctx);
  };
}

}  // namespace tepat::api

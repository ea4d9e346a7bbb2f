// /api/auth: login, logout, logout everywhere, who am I, citizen registration.
#include "api/account_view.hpp"
#include "api/api_response.hpp"
#include "api/authorizer.hpp"
#include "api/routes.hpp"
#include "http/cookies.hpp"

namespace tepat::api {
namespace {

bool ClientUsesTls(const ApiContext& ctx, const ApiDependencies& deps) {
  return deps.secure_cookies || ctx.http.Header("X-Forwarded-Proto") == "https";
}

http::Response SessionResponse(ApiContext& ctx, ApiDependencies& deps, http::Status status,
                               const service::LoginResult& login) {
  boost::json::object body{{"account", AccountWithRegionNames(deps.services, login.account)},
                           {"csrf_token", login.session.csrf_token}};
  http::Response res = JsonResponse(ctx, status, body);
  http::CookieOptions options;
  options.secure = ClientUsesTls(ctx, deps);
  res.insert(http::beast_http::field::set_cookie, http::BuildSetCookie(kSessionCookie, login.token, options));
  return res;
}

http::Response ClearSessionCookie(ApiContext& ctx, ApiDependencies& deps) {
  http::Response res{http::Status::no_content, ctx.http.request.version()};
  res.keep_alive(ctx.http.request.keep_alive());
  http::CookieOptions options;
  options.secure = ClientUsesTls(ctx, deps);
  options.max_age_seconds = 0;
  res.insert(http::beast_http::field::set_cookie, http::BuildSetCookie(kSessionCookie, "", options));
  return res;
}

http::Response Login(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  std::string email = StringField(*body, "email");
  std::string password = StringField(*body, "password");
  if (email.empty() || password.empty()) {
    return ErrorResponse(ctx, domain::InvalidArgument("email, password: fill in both"));
  }
  auto login = deps.services.auth().Login(email, password, ctx.http.client_address);
  if (!login.ok()) return ErrorResponse(ctx, login.status());
  if (!ctx.session_token.empty()) (void)deps.services.auth().Logout(ctx.session_token, ctx.actor);
  return SessionResponse(ctx, deps, http::Status::ok, login.value());
}

http::Response Register(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  auto created = deps.services.auth().RegisterCitizen(StringField(*body, "email"), StringField(*body, "password"),
                                                      StringField(*body, "display_name"), ctx.http.client_address);
  if (!created.ok()) return ErrorResponse(ctx, created.status());
  return SessionResponse(ctx, deps, http::Status::created, created.value());
}

}  // namespace

void AddAuthRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  routes.push_back({http::Verb::post, "/api/auth/login", AccessRule::Public(),
                    [&deps](ApiContext& ctx) { return Login(ctx, deps); }});
  routes.push_back({http::Verb::post, "/api/auth/register", AccessRule::Public(),
                    [&deps](ApiContext& ctx) { return Register(ctx, deps); }});
  routes.push_back({http::Verb::post, "/api/auth/logout", AccessRule::LoggedIn(), [&deps](ApiContext& ctx) {
                      auto done = deps.services.auth().Logout(ctx.session_token, ctx.actor);
                      if (!done.ok()) return ErrorResponse(ctx, done);
                      return ClearSessionCookie(ctx, deps);
                    }});
  routes.push_back({http::Verb::post, "/api/auth/logout-all", AccessRule::LoggedIn(), [&deps](ApiContext& ctx) {
                      auto done = deps.services.auth().LogoutEverywhere(ctx.actor);
                      if (!done.ok()) return ErrorResponse(ctx, done);
                      return ClearSessionCookie(ctx, deps);
                    }});
  routes.push_back({http::Verb::get, "/api/auth/me", AccessRule::LoggedIn(), [&deps](ApiContext& ctx) {
                      boost::json::object body{{"account", AccountWithRegionNames(deps.services, ctx.auth->account)},
                                               {"csrf_token", ctx.auth->session.csrf_token}};
                      return JsonResponse(ctx, http::Status::ok, body);
                    }});
}

}  // namespace tepat::api

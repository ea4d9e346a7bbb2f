// /api/accounts: admins manage accounts, roles and region scopes.
#include "api/account_view.hpp"
#include "api/api_response.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

http::Response ListAccounts(ApiContext& ctx, ApiDependencies& deps) {
  auto accounts = deps.services.accounts().List(ctx.actor);
  if (!accounts.ok()) return ErrorResponse(ctx, accounts.status());
  boost::json::array out;
  for (const auto& account : accounts.value()) out.push_back(AccountWithRegionNames(deps.services, account));
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"accounts", std::move(out)}});
}

http::Response CreateAccount(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  service::NewAccount input{StringField(*body, "email"), StringField(*body, "display_name"),
                            StringField(*body, "role"), StringField(*body, "password"), {}};
  if (auto it = body->find("scopes"); it != body->end()) {
    if (!it->value().is_array()) return ErrorResponse(ctx, domain::InvalidArgument("scopes: send a list of codes"));
    for (const auto& item : it->value().as_array()) {
      if (!item.is_string()) return ErrorResponse(ctx, domain::InvalidArgument("scopes: each item must be a code"));
      input.scopes.emplace_back(item.as_string());
    }
  }
  auto created = deps.services.accounts().Create(ctx.actor, input);
  if (!created.ok()) return ErrorResponse(ctx, created.status());
  return JsonResponse(ctx, http::Status::created,
                      boost::json::object{{"account", AccountWithRegionNames(deps.services, created.value())}});
}

http::Response SetDisabled(ApiContext& ctx, ApiDependencies& deps, bool disabled) {
  std::int64_t id = 0;
  try {
    id = std::stoll(ctx.http.PathParam("id").value_or(""));
  } catch (const std::exception&) {
    return ErrorResponse(ctx, domain::InvalidArgument("id: use the number of the account"));
  }
  auto changed = deps.services.accounts().SetDisabled(ctx.actor, id, disabled);
  if (!changed.ok()) return ErrorResponse(ctx, changed.status());
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"account", AccountWithRegionNames(deps.services, changed.value())}});
}

}  // namespace

void AddAccountRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  AccessRule admin = AccessRule::Roles({domain::Role::kAdmin});
  routes.push_back({http::Verb::get, "/api/accounts", admin, [&deps](ApiContext& ctx) { return ListAccounts(ctx, deps); }});
  routes.push_back({http::Verb::post, "/api/accounts", admin, [&deps](ApiContext& ctx) { return CreateAccount(ctx, deps); }});
  routes.push_back({http::Verb::post, "/api/accounts/{id}/disable", admin,
                    [&deps](ApiContext& ctx) { return SetDisabled(ctx, deps, true); }});
  routes.push_back({http::Verb::post, "/api/accounts/{id}/enable", admin,
                    [&deps](ApiContext& ctx) { return SetDisabled(ctx, deps, false); }});
}

}  // namespace tepat::api

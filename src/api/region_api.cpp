// /api/regions: the official region hierarchy (public), and the officials of a region (scoped).
#include "api/account_view.hpp"
#include "api/api_response.hpp"
#include "api/json_views.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

constexpr int kDefaultSearchLimit = 20;

std::optional<domain::RegionCode> ParseCodeOrRespond(ApiContext& ctx, const std::string& text, const char* field,
                                                     http::Response* error) {
  auto code = domain::RegionCode::Parse(text);
  if (!code) {
    *error = ErrorResponse(ctx, domain::InvalidArgument(std::string(field) +
                                                        ": use an official region code like 32.73 or 3273"));
  }
  return code;
}

http::Response ListRegions(ApiContext& ctx, ApiDependencies& deps) {
  if (auto q = ctx.http.QueryParam("q")) {
    int limit = kDefaultSearchLimit;
    if (auto text = ctx.http.QueryParam("limit")) {
      try {
        limit = std::stoi(*text);
      } catch (const std::exception&) {
        return ErrorResponse(ctx, domain::InvalidArgument("limit: use a whole number from 1 to 100"));
      }
    }
    auto found = deps.services.regions().Search(*q, limit);
    if (!found.ok()) return ErrorResponse(ctx, found.status());
    return JsonResponse(ctx, http::Status::ok, boost::json::object{{"regions", RegionsJson(found.value())}});
  }
  std::optional<domain::RegionCode> parent;
  if (auto text = ctx.http.QueryParam("parent"); text && !text->empty()) {
    http::Response error;
    parent = ParseCodeOrRespond(ctx, *text, "parent", &error);
    if (!parent) return error;
  }
  auto children = deps.services.regions().Children(parent);
  if (!children.ok()) return ErrorResponse(ctx, children.status());
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"regions", RegionsJson(children.value())}});
}

http::Response GetRegion(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto code = ParseCodeOrRespond(ctx, ctx.http.PathParam("code").value_or(""), "code", &error);
  if (!code) return error;
  auto found = deps.services.regions().Get(*code);
  if (!found.ok()) return ErrorResponse(ctx, found.status());
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"region", RegionJson(found.value().region)},
                                          {"ancestors", RegionsJson(found.value().ancestors)}});
}

// Officials whose scopes overlap the region: those who work in it or above it.
http::Response ListOfficials(ApiContext& ctx, ApiDependencies& deps) {
  auto code = domain::RegionCode::Parse(ctx.http.PathParam("code").value_or(""));
  auto accounts = deps.services.accounts().List(ctx.actor);
  if (!accounts.ok()) return ErrorResponse(ctx, accounts.status());
  boost::json::array out;
  for (const domain::Account& account : accounts.value()) {
    bool overlaps = std::any_of(account.scopes.begin(), account.scopes.end(), [&](const domain::RegionCode& s) {
      return s.Contains(*code) || code->Contains(s);
    });
    if (overlaps && !account.disabled) out.push_back(AccountWithRegionNames(deps.services, account));
  }
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"accounts", std::move(out)}});
}

}  // namespace

void AddRegionRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  using domain::Role;
  routes.push_back({http::Verb::get, "/api/regions", AccessRule::Public(),
                    [&deps](ApiContext& ctx) { return ListRegions(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/regions/{code}", AccessRule::Public(),
                    [&deps](ApiContext& ctx) { return GetRegion(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/regions/{code}/officials",
                    AccessRule::Roles({Role::kAdmin, Role::kSupervisorKabupaten, Role::kAdminPemda, Role::kPicKorwil})
                        .InPathRegion("code"),
                    [&deps](ApiContext& ctx) { return ListOfficials(ctx, deps); }});
}

}  // namespace tepat::api

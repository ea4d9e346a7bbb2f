// /api/audit: admins read the audit log, newest first, paged by id.
#include "api/api_response.hpp"
#include "api/json_views.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

constexpr int kDefaultPage = 50;
constexpr int kMaxPage = 500;

http::Response ListAudit(ApiContext& ctx, ApiDependencies& deps) {
  int limit = kDefaultPage;
  std::int64_t before = 0;
  try {
    if (auto text = ctx.http.QueryParam("limit")) limit = std::clamp(std::stoi(*text), 1, kMaxPage);
    if (auto text = ctx.http.QueryParam("before")) before = std::stoll(*text);
  } catch (const std::exception&) {
    return ErrorResponse(ctx, domain::InvalidArgument("limit, before: use whole numbers"));
  }
  auto entries = deps.services.store().ListAudit(limit, before);
  if (!entries.ok()) return ErrorResponse(ctx, entries.status());
  (void)deps.services.auditor().Record(ctx.actor, "audit.list", {"audit_log", std::to_string(before)},
                                       domain::AuditOutcome::kSuccess);
  boost::json::array out;
  for (const auto& entry : entries.value()) out.push_back(AuditJson(entry));
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"entries", std::move(out)}});
}

}  // namespace

void AddAuditRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  routes.push_back({http::Verb::get, "/api/audit", AccessRule::Roles({domain::Role::kAdmin}),
                    [&deps](ApiContext& ctx) { return ListAudit(ctx, deps); }});
}

}  // namespace tepat::api

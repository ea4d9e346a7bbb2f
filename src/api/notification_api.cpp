// /api/notifications: the caller's in-app notifications (the bell): list, unread count, mark read.
#include "api/api_response.hpp"
#include "api/json_views.hpp"
#include "api/request_params.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

constexpr int kDefaultPage = 30;

boost::json::object NotificationJson(const domain::Notification& n) {
  return {{"id", n.id},
          {"kind", domain::NotificationKindCode(n.kind)},
          {"reference", n.reference},
          {"title", n.title},
          {"body", n.body},
          {"created_at", IsoUtc(n.created_at)},
          {"read", n.read_at.has_value()}};
}

http::Response UnreadCountResponse(ApiContext& ctx, ApiDependencies& deps, boost::json::object body) {
  auto unread = deps.services.notifications().UnreadCount(ctx.actor);
  if (!unread.ok()) return ErrorResponse(ctx, unread.status());
  body["unread"] = *unread;
  return JsonResponse(ctx, http::Status::ok, body);
}

http::Response ListNotifications(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto page = ReadPage(ctx, kDefaultPage, &error);
  if (!page) return error;
  auto list = deps.services.notifications().List(ctx.actor, page->limit, page->before);
  if (!list.ok()) return ErrorResponse(ctx, list.status());
  boost::json::array out;
  for (const auto& n : list.value()) out.push_back(NotificationJson(n));
  return UnreadCountResponse(ctx, deps, {{"notifications", std::move(out)}});
}

http::Response MarkRead(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  if (auto marked = deps.services.notifications().MarkRead(ctx.actor, *id); !marked.ok()) {
    return ErrorResponse(ctx, marked);
  }
  return UnreadCountResponse(ctx, deps, {});
}

http::Response MarkAllRead(ApiContext& ctx, ApiDependencies& deps) {
  auto marked = deps.services.notifications().MarkAllRead(ctx.actor);
  if (!marked.ok()) return ErrorResponse(ctx, marked.status());
  return UnreadCountResponse(ctx, deps, {{"marked", *marked}});
}

}  // namespace

void AddNotificationRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const AccessRule any = AccessRule::LoggedIn();
  routes.push_back({http::Verb::get, "/api/notifications", any,
                    [&deps](ApiContext& ctx) { return ListNotifications(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/notifications/unread-count", any,
                    [&deps](ApiContext& ctx) { return UnreadCountResponse(ctx, deps, {}); }});
  routes.push_back({http::Verb::post, "/api/notifications/read-all", any,
                    [&deps](ApiContext& ctx) { return MarkAllRead(ctx, deps); }});
  routes.push_back({http::Verb::post, "/api/notifications/{id}/read", any,
                    [&deps](ApiContext& ctx) { return MarkRead(ctx, deps); }});
}

}  // namespace tepat::api

// /api/discussion: the public discussion (Diskusi): items with comments, abuse reports and moderation.
#include "api/api_response.hpp"
#include "api/json_views.hpp"
#include "api/request_params.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

constexpr int kDefaultPage = 20;

boost::json::object PostJson(const ApiContext& ctx, ApiDependencies& deps, const domain::DiscussionPost& post,
                             bool for_moderator) {
  const std::int64_t item_id = post.parent_id.value_or(post.id);
  boost::json::object out{{"id", post.id},
                          {"kind", domain::DiscussionKindCode(post.kind)},
                          {"author_label", post.author_label},
                          {"title", post.title},
                          {"body", post.body},
                          {"state", domain::DiscussionStateCode(post.state)},
                          {"moderated", post.moderated},
                          {"created_at", IsoUtc(post.created_at)},
                          {"updated_at", IsoUtc(post.updated_at)},
                          {"mine", ctx.actor.account && post.author_account_id == ctx.actor.Id()},
                          {"share_path", "/#/diskusi/" + std::to_string(item_id)}};
  if (post.parent_id) {
    out["item_id"] = *post.parent_id;
  } else {
    out["comment_count"] = post.comment_count;
  }
  if (post.complaint_id) out["complaint_id"] = *post.complaint_id;
  if (post.region) {
    out["region"] = boost::json::object{{"code", post.region->Dotted()},
                                        {"name", deps.services.regions().NameOf(*post.region)}};
  }
  if (for_moderator) out["open_reports"] = post.open_reports;
  return out;
}

boost::json::array PostsJson(const ApiContext& ctx, ApiDependencies& deps,
                             const std::vector<domain::DiscussionPost>& posts, bool for_moderator) {
  boost::json::array out;
  for (const auto& post : posts) out.push_back(PostJson(ctx, deps, post, for_moderator));
  return out;
}

http::Response ListItems(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto page = ReadPage(ctx, kDefaultPage, &error);
  if (!page) return error;
  auto items = deps.services.discussion().ListItems(ctx.http.QueryParam("kind").value_or(""), page->limit,
                                                    page->before);
  if (!items.ok()) return ErrorResponse(ctx, items.status());
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"items", PostsJson(ctx, deps, *items, false)}});
}

http::Response CreateStory(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  service::NewStory story{StringField(*body, "kind"), StringField(*body, "title"), StringField(*body, "body"),
                          StringField(*body, "region"), false};
  if (auto it = body->find("anonymous"); it != body->end() && it->value().is_bool()) {
    story.anonymous = it->value().as_bool();
  }
  auto created = deps.services.discussion().CreateStory(ctx.actor, story);
  if (!created.ok()) return ErrorResponse(ctx, created.status());
  return JsonResponse(ctx, http::Status::created, boost::json::object{{"item", PostJson(ctx, deps, *created, false)}});
}

http::Response GetThread(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto thread = deps.services.discussion().GetThread(ctx.actor, *id);
  if (!thread.ok()) return ErrorResponse(ctx, thread.status());
  const bool moderator = thread->may_moderate;
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"item", PostJson(ctx, deps, thread->item, moderator)},
                                          {"comments", PostsJson(ctx, deps, thread->comments, moderator)},
                                          {"may_moderate", moderator}});
}

http::Response AddComment(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  auto comment = deps.services.discussion().Comment(ctx.actor, *id, StringField(*body, "body"));
  if (!comment.ok()) return ErrorResponse(ctx, comment.status());
  return JsonResponse(ctx, http::Status::created,
                      boost::json::object{{"comment", PostJson(ctx, deps, *comment, false)}});
}

http::Response Report(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  auto after = deps.services.discussion().Report(ctx.actor, *id, StringField(*body, "reason"));
  if (!after.ok()) return ErrorResponse(ctx, after.status());
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"hidden", after->state == domain::DiscussionState::kHidden}});
}

http::Response ModerationQueue(ApiContext& ctx, ApiDependencies& deps) {
  auto queue = deps.services.discussion().ModerationQueue(ctx.actor);
  if (!queue.ok()) return ErrorResponse(ctx, queue.status());
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"posts", PostsJson(ctx, deps, *queue, true)}});
}

http::Response Moderate(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  service::ModerationInput input{StringField(*body, "action"), StringField(*body, "title"),
                                 StringField(*body, "body"), StringField(*body, "note")};
  auto after = deps.services.discussion().Moderate(ctx.actor, *id, input);
  if (!after.ok()) return ErrorResponse(ctx, after.status());
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"post", PostJson(ctx, deps, *after, true)}});
}

http::Response History(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto revisions = deps.services.discussion().History(ctx.actor, *id);
  if (!revisions.ok()) return ErrorResponse(ctx, revisions.status());
  boost::json::array out;
  for (const auto& r : revisions.value()) {
    out.push_back(boost::json::object{{"id", r.id},
                                      {"title", r.title},
                                      {"body", r.body},
                                      {"state", domain::DiscussionStateCode(r.state)},
                                      {"action", domain::ModerationActionCode(r.action)},
                                      {"note", r.note},
                                      {"changed_by", r.changed_by},
                                      {"changed_at", IsoUtc(r.changed_at)}});
  }
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"revisions", std::move(out)}});
}

}  // namespace

void AddDiscussionRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const AccessRule moderators = AccessRule::Roles({domain::Role::kAdmin, domain::Role::kPicKorwil});
  auto add = [&](http::Verb verb, const char* pattern, AccessRule rule,
                 http::Response (*handler)(ApiContext&, ApiDependencies&)) {
    routes.push_back({verb, pattern, std::move(rule), [&deps, handler](ApiContext& ctx) { return handler(ctx, deps); }});
  };
  add(http::Verb::get, "/api/discussion", AccessRule::Public(), ListItems);
  add(http::Verb::post, "/api/discussion", AccessRule::LoggedIn(), CreateStory);
  add(http::Verb::get, "/api/discussion/moderation", moderators, ModerationQueue);
  add(http::Verb::get, "/api/discussion/{id}", AccessRule::Public(), GetThread);
  add(http::Verb::post, "/api/discussion/{id}/comments", AccessRule::LoggedIn(), AddComment);
  add(http::Verb::post, "/api/discussion/{id}/report", AccessRule::LoggedIn(), Report);
  add(http::Verb::post, "/api/discussion/{id}/moderate", moderators, Moderate);
  add(http::Verb::get, "/api/discussion/{id}/history", moderators, History);
}

}  // namespace tepat::api

// /api/dedup: registry deduplication — start a run in the background, follow and cancel it, the review queue,
// a cluster with its explanations, same/different decisions, merge and undo. Region checks are in DedupService
// (a cluster's region is where its members live); the route rules allow admins and operators.
#include "api/api_response.hpp"
#include "api/dedup_views.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

constexpr int kDefaultPage = 20;

/// A whole number from a path or query parameter; nullopt with `*error` set when it is not one.
std::optional<std::int64_t> NumberOrRespond(ApiContext& ctx, const std::optional<std::string>& text,
                                            std::int64_t fallback, const char* field, http::Response* error) {
  if (!text || text->empty()) return fallback;
  try {
    std::size_t used = 0;
    const std::int64_t value = std::stoll(*text, &used);
    if (used == text->size()) return value;
  } catch (const std::exception&) {
  }
  *error = ErrorResponse(ctx, domain::InvalidArgument(std::string(field) + ": use a whole number"));
  return std::nullopt;
}

/// The optional region code of a query parameter or body field; `*error` set when it is malformed.
bool RegionOrRespond(ApiContext& ctx, const std::string& text, std::optional<domain::RegionCode>* region,
                     http::Response* error) {
  if (text.empty()) return true;
  *region = domain::RegionCode::Parse(text);
  if (*region) return true;
  *error = ErrorResponse(ctx, domain::InvalidArgument("region: use an official region code like 35.10 or 3510"));
  return false;
}

http::Response RunResponse(ApiContext& ctx, ApiDependencies& deps, const domain::Result<store::DedupRun>& run,
                           http::Status status) {
  if (!run.ok()) return ErrorResponse(ctx, run.status());
  const service::JobTiming timing = deps.services.dedup().Timing(*run, deps.services.clock().Now());
  return JsonResponse(ctx, status, boost::json::object{{"run", DedupRunJson(*run, timing)}});
}

http::Response ClusterResponse(ApiContext& ctx, const domain::Result<service::DedupClusterView>& view) {
  if (!view.ok()) return ErrorResponse(ctx, view.status());
  boost::json::array people;
  for (const domain::Person& person : view->people) people.push_back(ReviewPersonJson(person));
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"cluster", DedupClusterJson(view->cluster)}, {"people", std::move(people)}});
}

http::Response StartRun(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  std::optional<domain::RegionCode> region;
  if (!RegionOrRespond(ctx, StringField(*body, "region"), &region, &error)) return error;
  return RunResponse(ctx, deps, deps.services.dedup().Start(ctx.actor, region), http::Status::accepted);
}

http::Response ListRuns(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto limit = NumberOrRespond(ctx, ctx.http.QueryParam("limit"), kDefaultPage, "limit", &error);
  if (!limit) return error;
  auto runs = deps.services.dedup().ListRuns(ctx.actor, static_cast<int>(*limit));
  if (!runs.ok()) return ErrorResponse(ctx, runs.status());
  boost::json::array out;
  const domain::UnixSeconds now = deps.services.clock().Now();
  for (const store::DedupRun& run : *runs) out.push_back(DedupRunJson(run, deps.services.dedup().Timing(run, now)));
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"runs", std::move(out)}});
}

/// Runs `action` with the numeric path parameter "id", or answers 400.
template <typename Action>
http::Response WithId(ApiContext& ctx, Action action) {
  http::Response error;
  auto id = NumberOrRespond(ctx, ctx.http.PathParam("id"), 0, "id", &error);
  if (!id) return error;
  return action(*id);
}

http::Response ListQueue(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  store::DedupClusterFilter filter;
  if (!RegionOrRespond(ctx, ctx.http.QueryParam("region").value_or(""), &filter.region, &error)) return error;
  if (auto status = ctx.http.QueryParam("status"); status && !status->empty() && *status != "all") {
    filter.status = store::ParseDedupClusterStatus(*status);
    if (!filter.status) {
      return ErrorResponse(ctx, domain::InvalidArgument(
                                    "status: use open, same, different, merged, superseded or all"));
    }
  }
  auto limit = NumberOrRespond(ctx, ctx.http.QueryParam("limit"), kDefaultPage, "limit", &error);
  auto offset = NumberOrRespond(ctx, ctx.http.QueryParam("offset"), 0, "offset", &error);
  auto run = NumberOrRespond(ctx, ctx.http.QueryParam("run"), 0, "run", &error);
  if (!limit || !offset || !run) return error;
  filter.limit = static_cast<int>(*limit);
  filter.offset = static_cast<int>(*offset);
  filter.run_id = *run;
  auto page = deps.services.dedup().ListQueue(ctx.actor, filter);
  if (!page.ok()) return ErrorResponse(ctx, page.status());
  boost::json::array clusters;
  for (const store::DedupCluster& cluster : page->clusters) clusters.push_back(DedupClusterJson(cluster));
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"clusters", std::move(clusters)},
                                          {"total", page->total},
                                          {"limit", filter.limit},
                                          {"offset", filter.offset}});
}

http::Response Merge(ApiContext& ctx, ApiDependencies& deps, std::int64_t id) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  auto survivor = body->find("survivor_id");
  if (survivor == body->end() || !survivor->value().is_int64()) {
    return ErrorResponse(ctx, domain::InvalidArgument("survivor_id: give the id of the record to keep"));
  }
  return ClusterResponse(ctx, deps.services.dedup().Merge(ctx.actor, id, survivor->value().as_int64()));
}

}  // namespace

void AddDedupRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const AccessRule reviewers = AccessRule::Roles({domain::Role::kAdmin, domain::Role::kOperator});
  service::DedupService& dedup = deps.services.dedup();
  routes.push_back({http::Verb::post, "/api/dedup/runs", reviewers,
                    [&deps](ApiContext& ctx) { return StartRun(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/dedup/runs", reviewers,
                    [&deps](ApiContext& ctx) { return ListRuns(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/dedup/runs/{id}", reviewers, [&deps, &dedup](ApiContext& ctx) {
                      return WithId(ctx, [&](std::int64_t id) {
                        return RunResponse(ctx, deps, dedup.GetRun(ctx.actor, id), http::Status::ok);
                      });
                    }});
  routes.push_back({http::Verb::post, "/api/dedup/runs/{id}/cancel", reviewers, [&deps, &dedup](ApiContext& ctx) {
                      return WithId(ctx, [&](std::int64_t id) {
                        return RunResponse(ctx, deps, dedup.Cancel(ctx.actor, id), http::Status::ok);
                      });
                    }});
  routes.push_back({http::Verb::get, "/api/dedup/clusters", reviewers,
                    [&deps](ApiContext& ctx) { return ListQueue(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/dedup/clusters/{id}", reviewers, [&dedup](ApiContext& ctx) {
                      return WithId(ctx,
                                    [&](std::int64_t id) { return ClusterResponse(ctx, dedup.OpenCluster(ctx.actor, id)); });
                    }});
  routes.push_back({http::Verb::post, "/api/dedup/clusters/{id}/same", reviewers, [&dedup](ApiContext& ctx) {
                      return WithId(ctx, [&](std::int64_t id) {
                        return ClusterResponse(ctx, dedup.Decide(ctx.actor, id, store::DedupDecision::kSame));
                      });
                    }});
  routes.push_back({http::Verb::post, "/api/dedup/clusters/{id}/different", reviewers, [&dedup](ApiContext& ctx) {
                      return WithId(ctx, [&](std::int64_t id) {
                        return ClusterResponse(ctx, dedup.Decide(ctx.actor, id, store::DedupDecision::kDifferent));
                      });
                    }});
  routes.push_back({http::Verb::post, "/api/dedup/clusters/{id}/merge", reviewers, [&deps](ApiContext& ctx) {
                      return WithId(ctx, [&](std::int64_t id) { return Merge(ctx, deps, id); });
                    }});
  routes.push_back({http::Verb::post, "/api/dedup/clusters/{id}/undo", reviewers, [&dedup](ApiContext& ctx) {
                      return WithId(ctx,
                                    [&](std::int64_t id) { return ClusterResponse(ctx, dedup.Undo(ctx.actor, id)); });
                    }});
}

}  // namespace tepat::api

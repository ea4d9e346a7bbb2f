#include "api/routes.hpp"

#include <chrono>

#include "api/authorizer.hpp"

namespace tepat::api {
namespace {

constexpr std::int64_t kHealthCacheMs = 1000;

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

bool HealthProbe::DatabaseReachable() {
  std::int64_t now = NowMs();
  if (now - checked_at_ms_.load() < kHealthCacheMs) return reachable_.load();
  std::unique_lock lock(ping_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return reachable_.load();  // another thread is pinging right now
  reachable_ = store_.Ping();
  checked_at_ms_ = NowMs();
  return reachable_.load();
}

void AddDepsRoute(std::vector<ApiRoute>& routes, ApiDependencies& deps, http::Verb verb, const char* pattern,
                  const AccessRule& access, DepsHandler handler) {
  routes.push_back({verb, pattern, access, [&deps, handler](ApiContext& ctx) { return handler(ctx, deps); }});
}

std::vector<ApiRoute> AllRoutes(ApiDependencies& deps) {
  std::vector<ApiRoute> routes;
  AddSystemRoutes(routes, deps);
  AddAuthRoutes(routes, deps);
  AddRegionRoutes(routes, deps);
  AddAccountRoutes(routes, deps);
  AddAuditRoutes(routes, deps);
  AddNotificationRoutes(routes, deps);
  AddDiscussionRoutes(routes, deps);
  AddRegistryRoutes(routes, deps);
  AddComplaintRoutes(routes, deps);
  AddComplaintReportRoutes(routes, deps);
  AddImportRoutes(routes, deps);
  AddScreeningRoutes(routes, deps);
  AddDedupRoutes(routes, deps);
  return routes;
}

http::Router BuildRouter(ApiDependencies& deps) {
  http::Router router;
  for (ApiRoute& route : AllRoutes(deps)) {
    http::Verb method = route.method;
    std::string pattern = route.pattern;
    router.Add(method, std::move(pattern), Authorize(std::move(route), deps.services));
  }
  return router;
}

}  // namespace tepat::api

#pragma once
// The API's route table: every endpoint, its access rule and handler, in one list (routes.cpp).
#include <filesystem>
#include <string>
#include <vector>

#include "api/api_route.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "service/services.hpp"

namespace tepat::service {
class ScreeningService;
}  // namespace tepat::service

namespace tepat::api {

/// Remembers whether the database answered recently, so /healthz does not hit it on every request.
class HealthProbe {
 public:
  explicit HealthProbe(store::Store& store) : store_(store) {}
  /// True when a ping succeeded within the last second (pings at most once a second). Thread-safe.
  bool DatabaseReachable();

 private:
  store::Store& store_;
  std::atomic<std::int64_t> checked_at_ms_{0};
  std::atomic<bool> reachable_{false};
  std::mutex ping_mutex_;
};

/// What the handlers need besides the services.
struct ApiDependencies {
  service::Services& services;
  http::Metrics& metrics;
  HealthProbe& health;
  std::string openapi_json;      ///< docs/openapi.yaml converted to JSON
  bool secure_cookies = false;   ///< set Secure on cookies (behind TLS)
  std::filesystem::path upload_dir = "var/jobs/uploads";  ///< where uploaded import files are stored
  service::ScreeningService* screening = nullptr;  ///< screening of proposed lists; null when not configured
};

/// The usual handler of a resource file: the request context and the dependencies.
using DepsHandler = http::Response (*)(ApiContext&, ApiDependencies&);
/// Appends the route `verb pattern` guarded by `access`, whose handler calls `handler` with `deps` (which must
/// outlive the router).
void AddDepsRoute(std::vector<ApiRoute>& routes, ApiDependencies& deps, http::Verb verb, const char* pattern,
                  const AccessRule& access, DepsHandler handler);

/// Every API route, in the order they are documented.
std::vector<ApiRoute> AllRoutes(ApiDependencies& deps);
/// A router whose handlers enforce each route's access rule before running it.
http::Router BuildRouter(ApiDependencies& deps);

// Per-resource route lists (one file each).
void AddSystemRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddAuthRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddRegionRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddAccountRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddAuditRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddNotificationRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddDiscussionRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddRegistryRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddComplaintRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
/// The officials' complaint dashboard and export (complaint_report_api.cpp).
void AddComplaintReportRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddImportRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddScreeningRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);
void AddDedupRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps);

}  // namespace tepat::api

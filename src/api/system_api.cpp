// System endpoints: health, metrics, the OpenAPI document.
#include "api/api_response.hpp"
#include "api/routes.hpp"

namespace tepat::api {

void AddSystemRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  routes.push_back({http::Verb::get, "/healthz", AccessRule::Public(), [&deps](ApiContext& ctx) {
                      bool ok = deps.health.DatabaseReachable();
                      boost::json::object body{{"status", ok ? "ok" : "unavailable"},
                                               {"database", ok ? "reachable" : "unreachable"}};
                      return JsonResponse(ctx, ok ? http::Status::ok : http::Status::service_unavailable, body);
                    }});
  routes.push_back({http::Verb::get, "/metrics", AccessRule::Public(), [&deps](ApiContext& ctx) {
                      return http::MakeResponse(ctx.http.request, http::Status::ok,
                                                "text/plain; version=0.0.4; charset=utf-8", deps.metrics.Render());
                    }});
  routes.push_back({http::Verb::get, "/api/openapi.json", AccessRule::Public(), [&deps](ApiContext& ctx) {
                      return http::MakeJsonResponse(ctx.http.request, http::Status::ok, deps.openapi_json);
                    }});
}

}  // namespace tepat::api

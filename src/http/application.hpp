#pragma once
// Application: everything that happens to one request between the socket and a route handler — request id,
// target limits, routing (404/405), static files, security headers, error shape, metrics and the access log.
#include <functional>
#include <memory>
#include <string>

#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/server_config.hpp"
#include "http/static_files.hpp"

namespace tepat::http {

/// One line of the access log. Holds no personal data: the route pattern, never the raw path or query.
struct AccessRecord {
  std::string request_id;
  std::string client_address;
  std::string method;
  std::string route;         ///< route pattern, "(static)" or "(unmatched)"
  unsigned status = 0;
  std::size_t response_bytes = 0;
  double seconds = 0;
};

/// Receives access records; called on server threads, concurrently.
using AccessLogSink = std::function<void(const AccessRecord&)>;

/// Turns requests into responses. Thread-safe once constructed (the router and static files are read-only).
class Application {
 public:
  /// `static_files` may be null (API only). `metrics` must outlive the application.
  Application(Router router, std::optional<StaticFiles> static_files, Metrics& metrics, AccessLogSink access_log,
              ServerConfig limits);

  /// Handles one request. Never throws: a handler's exception becomes a 500 with the JSON error shape.
  Response Handle(Request&& request, const std::string& client_address);
  /// Response for a failure found while reading a request (too large, malformed).
  Response ReadError(Status status, std::string_view code, std::string_view message);

  const Router& router() const { return router_; }

 private:
  Response Dispatch(const Request& request, RequestContext& context);
  Response ServeStatic(const Request& request, std::string_view path, const std::string& request_id);
  void Finish(Response& response, const RequestContext& context, const Request& request,
              std::chrono::steady_clock::time_point started);

  Router router_;
  std::optional<StaticFiles> static_files_;
  Metrics& metrics_;
  AccessLogSink access_log_;
  ServerConfig limits_;
};

}  // namespace tepat::http

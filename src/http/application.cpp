#include "http/application.hpp"

#include <chrono>
#include <exception>

#include "http/request_id.hpp"

namespace tepat::http {
namespace {

constexpr std::string_view kStaticRoute = "(static)";
constexpr std::string_view kUnmatchedRoute = "(unmatched)";

bool IsApiPath(std::string_view path) {
  return path == "/healthz" || path == "/metrics" || path == "/api" || path.rfind("/api/", 0) == 0;
}

void SetSecurityHeaders(Response& res) {
  res.set("X-Content-Type-Options", "nosniff");
  res.set("X-Frame-Options", "DENY");
  res.set("Referrer-Policy", "no-referrer");
  res.set("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
}

}  // namespace

Application::Application(Router router, std::optional<StaticFiles> static_files, Metrics& metrics,
                         AccessLogSink access_log, ServerConfig limits)
    : router_(std::move(router)),
      static_files_(std::move(static_files)),
      metrics_(metrics),
      access_log_(std::move(access_log)),
      limits_(std::move(limits)) {}

Response Application::Handle(Request&& request, const std::string& client_address) {
  auto started = std::chrono::steady_clock::now();
  std::string_view target = request.target();
  RequestContext context{request, {}, {}, NewRequestId(), client_address, std::string(kUnmatchedRoute), {}};
  Response response;
  if (target.size() > limits_.target_limit) {
    response = MakeErrorResponse(request, Status::uri_too_long, "uri_too_long",
                                 "The address is too long. Send long data in the request body.", context.request_id);
  } else if (target.empty() || target.front() != '/') {
    response = MakeErrorResponse(request, Status::bad_request, "bad_request", "The request target must start with '/'.",
                                 context.request_id);
  } else {
    std::size_t q = target.find('?');
    context.path = target.substr(0, q);
    context.query = q == std::string_view::npos ? std::string_view{} : target.substr(q + 1);
    response = Dispatch(request, context);
  }
  Finish(response, context, request, started);
  return response;
}

Response Application::Dispatch(const Request& request, RequestContext& context) {
  if (!IsApiPath(context.path)) {
    context.route_pattern = std::string(kStaticRoute);
    return ServeStatic(request, context.path, context.request_id);
  }
  RouteLookup lookup = router_.Find(request.method(), context.path);
  if (!lookup.route) {
    if (lookup.path_exists) {
      Response res = MakeErrorResponse(request, Status::method_not_allowed, "method_not_allowed",
                                       "This address does not accept that method.", context.request_id);
      res.set(beast_http::field::allow, lookup.allowed_methods);
      return res;
    }
    return MakeErrorResponse(request, Status::not_found, "not_found", "There is nothing at this address.",
                             context.request_id);
  }
  context.route_pattern = lookup.route->pattern;
  context.params = std::move(lookup.params);
  try {
    return lookup.route->handler(context);
  } catch (const std::exception&) {
    // The exception text may hold data from the request: it is not logged or returned.
    return MakeErrorResponse(request, Status::internal_server_error, "internal",
                             "Something went wrong on the server. Quote the request id when you report it.",
                             context.request_id);
  }
}

Response Application::ServeStatic(const Request& request, std::string_view path, const std::string& request_id) {
  if (request.method() != Verb::get && request.method() != Verb::head) {
    return MakeErrorResponse(request, Status::method_not_allowed, "method_not_allowed",
                             "This address does not accept that method.", request_id);
  }
  const StaticFile* file = static_files_ ? static_files_->Find(path) : nullptr;
  if (!file) {
    return MakeErrorResponse(request, Status::not_found, "not_found", "There is nothing at this address.", request_id);
  }
  if (request[beast_http::field::if_none_match] == file->etag) {
    Response res{Status::not_modified, request.version()};
    res.set(beast_http::field::etag, file->etag);
    res.keep_alive(request.keep_alive());
    return res;
  }
  Response res = MakeResponse(request, Status::ok, file->content_type, file->body);
  res.set(beast_http::field::etag, file->etag);
  res.set(beast_http::field::cache_control, file->immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (request.method() == Verb::head) {
    res.body().clear();
    res.content_length(file->body.size());
  }
  return res;
}

Response Application::ReadError(Status status, std::string_view code, std::string_view message) {
  Request dummy{Verb::get, "/", 11};
  dummy.keep_alive(false);
  std::string request_id = NewRequestId();
  Response res = MakeErrorResponse(dummy, status, code, message, request_id);
  res.set("X-Request-Id", request_id);
  SetSecurityHeaders(res);
  metrics_.Record("-", kUnmatchedRoute, static_cast<unsigned>(status), 0);
  if (access_log_) access_log_({request_id, "", "-", std::string(kUnmatchedRoute), static_cast<unsigned>(status),
                                res.body().size(), 0});
  return res;
}

void Application::Finish(Response& response, const RequestContext& context, const Request& request,
                         std::chrono::steady_clock::time_point started) {
  response.set("X-Request-Id", context.request_id);
  SetSecurityHeaders(response);
  if (context.route_pattern != kStaticRoute && response.count(beast_http::field::cache_control) == 0) {
    response.set(beast_http::field::cache_control, "no-store");
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::string method(request.method_string());
  auto status = static_cast<unsigned>(response.result_int());
  metrics_.Record(method, context.route_pattern, status, seconds);
  if (access_log_) {
    access_log_({context.request_id, context.client_address, std::move(method), context.route_pattern, status,
                 response.body().size(), seconds});
  }
}

}  // namespace tepat::http

#include "api/api_response.hpp"

namespace tepat::api {

http::Status HttpStatusFor(domain::ErrorCode code) {
  using domain::ErrorCode;
  switch (code) {
    case ErrorCode::kOk: return http::Status::ok;
    case ErrorCode::kInvalidArgument: return http::Status::bad_request;
    case ErrorCode::kNotFound: return http::Status::not_found;
    case ErrorCode::kAlreadyExists: return http::Status::conflict;
    case ErrorCode::kUnauthenticated: return http::Status::unauthorized;
    case ErrorCode::kPermissionDenied: return http::Status::forbidden;
    case ErrorCode::kFailedPrecondition: return http::Status::conflict;
    case ErrorCode::kTooManyRequests: return http::Status::too_many_requests;
    case ErrorCode::kUnavailable: return http::Status::service_unavailable;
    case ErrorCode::kInternal: return http::Status::internal_server_error;
  }
  return http::Status::internal_server_error;
}

http::Response ErrorResponse(const ApiContext& ctx, const domain::Status& status) {
  return ErrorResponse(ctx, HttpStatusFor(status.code()), domain::ErrorCodeName(status.code()), status.message());
}

http::Response ErrorResponse(const ApiContext& ctx, http::Status status, std::string_view code,
                             std::string_view message) {
  return http::MakeErrorResponse(ctx.http.request, status, code, message, ctx.http.request_id);
}

http::Response JsonResponse(const ApiContext& ctx, http::Status status, const boost::json::value& body) {
  return http::MakeJsonResponse(ctx.http.request, status, boost::json::serialize(body));
}

std::optional<boost::json::object> ParseJsonObject(const ApiContext& ctx, http::Response* error) {
  std::string_view type = ctx.http.Header("Content-Type");
  if (type.substr(0, type.find(';')) != "application/json") {
    *error = ErrorResponse(ctx, http::Status::unsupported_media_type, "unsupported_media_type",
                           "Send the body as JSON with Content-Type: application/json.");
    return std::nullopt;
  }
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(ctx.http.request.body(), ec);
  if (ec || !value.is_object()) {
    *error = ErrorResponse(ctx, http::Status::bad_request, "malformed_json",
                           "The body is not a valid JSON object. Check quotes, commas and braces.");
    return std::nullopt;
  }
  return std::move(value.as_object());
}

std::string StringField(const boost::json::object& object, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end() || !it->value().is_string()) return {};
  return std::string(it->value().as_string());
}

}  // namespace tepat::api

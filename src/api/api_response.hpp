#pragma once
// Helpers that turn service results into HTTP responses with the one JSON error shape.
#include <boost/json.hpp>

#include "api/api_route.hpp"
#include "domain/status.hpp"
#include "http/message.hpp"

namespace tepat::api {

/// HTTP status for a domain error code (the one error→status table).
http::Status HttpStatusFor(domain::ErrorCode code);
/// The JSON error response for a failed Status.
http::Response ErrorResponse(const ApiContext& ctx, const domain::Status& status);
/// A JSON error with an explicit HTTP status and code.
http::Response ErrorResponse(const ApiContext& ctx, http::Status status, std::string_view code,
                             std::string_view message);
/// A JSON body response.
http::Response JsonResponse(const ApiContext& ctx, http::Status status, const boost::json::value& body);

/// Parses the request body as a JSON object. On failure returns nullopt and sets `*error` to 415 (not JSON
/// content type) or 400 (malformed, or not an object).
std::optional<boost::json::object> ParseJsonObject(const ApiContext& ctx, http::Response* error);
/// A string member of `object`, or "" when absent or not a string.
std::string StringField(const boost::json::object& object, std::string_view key);

}  // namespace tepat::api

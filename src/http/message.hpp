#pragma once
// HTTP message types used across Tepat: Beast requests/responses with string bodies.
#include <boost/beast/http.hpp>
#include <string>
#include <string_view>

namespace tepat::http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Status = beast_http::status;
using Verb = beast_http::verb;

/// A response with `status`, the given content type and body; keep-alive and version copied from `req`.
Response MakeResponse(const Request& req, Status status, std::string content_type, std::string body);

/// A JSON response (content type application/json; charset=utf-8).
Response MakeJsonResponse(const Request& req, Status status, std::string json_body);

/// The one error shape of Tepat: {"error":{"code","message","request_id"}}. `code` is a stable lower-case word;
/// `message` is for people and must not contain personal data.
Response MakeErrorResponse(const Request& req, Status status, std::string_view code, std::string_view message,
                           std::string_view request_id);

/// Escapes `text` as the inside of a JSON string (quotes, backslashes, control characters).
std::string JsonEscape(std::string_view text);

}  // namespace tepat::http

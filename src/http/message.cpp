#include "http/message.hpp"

#include <cstdio>

namespace tepat::http {

Response MakeResponse(const Request& req, Status status, std::string content_type, std::string body) {
  Response res{status, req.version()};
  res.set(beast_http::field::content_type, content_type);
  res.keep_alive(req.keep_alive());
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

Response MakeJsonResponse(const Request& req, Status status, std::string json_body) {
  return MakeResponse(req, status, "application/json; charset=utf-8", std::move(json_body));
}

Response MakeErrorResponse(const Request& req, Status status, std::string_view code, std::string_view message,
                           std::string_view request_id) {
  std::string body = R"({"error":{"code":")";
  body += JsonEscape(code);
  body += R"(","message":")";
  body += JsonEscape(message);
  body += R"(","request_id":")";
  body += JsonEscape(request_id);
  body += R"("}})";
  return MakeJsonResponse(req, status, std::move(body));
}

std::string JsonEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

}  // namespace tepat::http

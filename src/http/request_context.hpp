#pragma once
// RequestContext: what a handler gets besides the raw request: path parameters, query, request id, client address.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace tepat::http {

/// Values of `{name}` segments of the matched route pattern, percent-decoded.
using PathParams = std::map<std::string, std::string, std::less<>>;

/// Per-request data passed to a handler. Lives for the duration of one request; not shared between threads.
struct RequestContext {
  const Request& request;
  std::string_view path;         ///< target without the query, not decoded
  std::string_view query;        ///< the part after '?', or empty
  std::string request_id;        ///< random hex id, also sent back in X-Request-Id
  std::string client_address;    ///< peer IP address
  std::string route_pattern;     ///< the matched pattern, e.g. "/api/regions/{code}" (used in logs and metrics)
  PathParams params;

  /// A path parameter by name, or nullopt.
  std::optional<std::string> PathParam(std::string_view name) const;
  /// The first query parameter with this name, percent-decoded ('+' as space), or nullopt.
  std::optional<std::string> QueryParam(std::string_view name) const;
  /// A cookie value from the Cookie header, or nullopt.
  std::optional<std::string> Cookie(std::string_view name) const;
  /// A request header's value, or empty.
  std::string_view Header(std::string_view name) const;
};

/// Percent-decodes `text`; when `plus_as_space`, '+' becomes ' '. Invalid escapes are kept as they are.
std::string PercentDecode(std::string_view text, bool plus_as_space);

}  // namespace tepat::http

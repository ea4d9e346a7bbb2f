#pragma once
// Router: maps a method and a path pattern ("/api/regions/{code}") to a handler. Knows nothing of the domain.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"
#include "http/request_context.hpp"

namespace tepat::http {

/// A request handler. Runs on a server thread; may block briefly (database calls). Must not throw for
/// expected failures (return an error response instead); an escaping exception becomes a 500.
using Handler = std::function<Response(RequestContext&)>;

/// One registered route.
struct Route {
  Verb method;
  std::string pattern;            ///< e.g. "/api/regions/{code}"
  Handler handler;
  std::vector<std::string> segments;  ///< pattern split at '/', "{name}" for a parameter
};

/// Result of looking up a path.
struct RouteLookup {
  const Route* route = nullptr;   ///< the match, or nullptr
  bool path_exists = false;       ///< some route has this path with another method (→ 405)
  std::string allowed_methods;    ///< "GET, POST" when path_exists
  PathParams params;
};

/// Route table. Build it once at start-up, then only read it (Find is thread-safe after that).
class Router {
 public:
  /// Adds a route. Patterns are literal segments and "{name}" parameters; a literal beats a parameter.
  void Add(Verb method, std::string pattern, Handler handler);
  /// Finds the route for `method` and `path` (no query string).
  RouteLookup Find(Verb method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace tepat::http

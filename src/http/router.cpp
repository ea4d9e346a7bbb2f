#include "http/router.hpp"

namespace tepat::http {
namespace {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    std::size_t slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash);
  }
  return parts;
}

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Returns the number of literal segments matched (higher is more specific), or -1 when the route does not match.
int MatchSegments(const Route& route, const std::vector<std::string_view>& parts, PathParams* params) {
  if (route.segments.size() != parts.size()) return -1;
  int literals = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string& seg = route.segments[i];
    if (IsParam(seg)) {
      if (params) (*params)[seg.substr(1, seg.size() - 2)] = PercentDecode(parts[i], false);
    } else if (seg == parts[i]) {
      ++literals;
    } else {
      return -1;
    }
  }
  return literals;
}

}  // namespace

void Router::Add(Verb method, std::string pattern, Handler handler) {
  Route route{method, pattern, std::move(handler), {}};
  for (std::string_view part : SplitPath(pattern)) route.segments.emplace_back(part);
  routes_.push_back(std::move(route));
}

RouteLookup Router::Find(Verb method, std::string_view path) const {
  RouteLookup lookup;
  std::vector<std::string_view> parts = SplitPath(path);
  int best = -1;
  for (const Route& route : routes_) {
    int score = MatchSegments(route, parts, nullptr);
    if (score < 0) continue;
    if (route.method != method) {
      lookup.path_exists = true;
      if (!lookup.allowed_methods.empty()) lookup.allowed_methods += ", ";
      lookup.allowed_methods += std::string(beast_http::to_string(route.method));
      continue;
    }
    if (score > best) {
      best = score;
      lookup.route = &route;
    }
  }
  if (lookup.route) {
    lookup.params.clear();
    MatchSegments(*lookup.route, parts, &lookup.params);
  }
  return lookup;
}

}  // namespace tepat::http

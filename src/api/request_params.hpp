#pragma once
// Reading numeric path and query parameters with one error message each (ids and paging).
#include <cstdint>
#include <optional>

#include "api/api_route.hpp"
#include "http/message.hpp"

namespace tepat::api {

/// The positive integer in path parameter `name`; nullopt with `*error` set to a 400 naming it otherwise.
std::optional<std::int64_t> PathId(ApiContext& ctx, const char* name, http::Response* error);

/// `limit` (default `default_limit`) and `before` (default 0) from the query.
struct PageParams {
  int limit = 0;
  std::int64_t before = 0;
};
/// Reads ?limit and ?before; nullopt with a 400 in `*error` when either is not a whole number.
std::optional<PageParams> ReadPage(ApiContext& ctx, int default_limit, http::Response* error);

}  // namespace tepat::api

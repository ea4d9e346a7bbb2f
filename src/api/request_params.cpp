#include "api/request_params.hpp"

#include <charconv>
#include <string>

#include "api/api_response.hpp"

namespace tepat::api {
namespace {

template <typename Int>
std::optional<Int> ParseWhole(const std::string& text) {
  Int value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::int64_t> PathId(ApiContext& ctx, const char* name, http::Response* error) {
  auto id = ParseWhole<std::int64_t>(ctx.http.PathParam(name).value_or(""));
  if (!id || *id <= 0) {
    *error = ErrorResponse(ctx, domain::InvalidArgument(std::string(name) + ": use the number shown in the list"));
    return std::nullopt;
  }
  return id;
}

std::optional<PageParams> ReadPage(ApiContext& ctx, int default_limit, http::Response* error) {
  PageParams page{default_limit, 0};
  auto limit = ctx.http.QueryParam("limit");
  auto before = ctx.http.QueryParam("before");
  std::optional<int> parsed_limit = limit ? ParseWhole<int>(std::string(*limit)) : std::optional<int>(default_limit);
  std::optional<std::int64_t> parsed_before =
      before ? ParseWhole<std::int64_t>(std::string(*before)) : std::optional<std::int64_t>(0);
  if (!parsed_limit || !parsed_before) {
    *error = ErrorResponse(ctx, domain::InvalidArgument("limit, before: use whole numbers"));
    return std::nullopt;
  }
  page.limit = *parsed_limit;
  page.before = *parsed_before;
  return page;
}

}  // namespace tepat::api

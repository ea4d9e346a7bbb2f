#pragma once
// The filters of the officials' complaint list, dashboard and export from the query string (status, channel, region,
// topic, program, page, page_size, from, until, q), shared by complaint_api.cpp and complaint_report_api.cpp.
#include <cstdint>
#include <optional>
#include <string>

#include "api/api_route.hpp"
#include "service/complaint_service.hpp"

namespace tepat::api {

/// Page size of a complaint list when the query gives none.
inline constexpr int kDefaultComplaintPageSize = 20;

/// A whole number from text (the whole text), or nullopt.
std::optional<std::int64_t> ParseWholeNumber(const std::string& text);

/// The list filters from the query string: `from` and `until` are days ("2026-06-01", WIB midnight; `until` is the
/// last day included). Returns the first bad parameter as kInvalidArgument naming it.
domain::Result<service::ComplaintListRequest> ReadComplaintListRequest(ApiContext& ctx);

}  // namespace tepat::api

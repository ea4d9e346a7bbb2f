#include "api/complaint_list_request.hpp"

#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/working_days.hpp"

namespace tepat::api {
namespace {

/// A date "2026-06-01" as the UTC time of its midnight in WIB.
std::optional<domain::UnixSeconds> ParseDay(const std::string& text) {
  int year = 0, month = 0, day = 0;
  char dash1 = 0, dash2 = 0;
  if (std::sscanf(text.c_str(), "%4d%c%2d%c%2d", &year, &dash1, &month, &dash2, &day) != 5 || dash1 != '-' ||
      dash2 != '-') {
    return std::nullopt;
  }
  std::optional<domain::CivilDate> date = domain::CivilDate::FromYmd(year, month, day);
  if (!date) return std::nullopt;
  return domain::LocalMidnight(*date, domain::IndonesianTimeZone::kWib);
}

}  // namespace

std::optional<std::int64_t> ParseWholeNumber(const std::string& text) {
  try {
    std::size_t used = 0;
    const long long value = std::stoll(text, &used);
    if (used != text.size()) return std::nullopt;
    return value;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

domain::Result<service::ComplaintListRequest> ReadComplaintListRequest(ApiContext& ctx) {
  service::ComplaintListRequest request;
  request.page_size = kDefaultComplaintPageSize;
  auto param = [&](std::string_view name) { return ctx.http.QueryParam(name).value_or(""); };
  if (std::string s = param("status"); !s.empty()) {
    request.status = domain::ParseComplaintStatus(s);
    if (!request.status) {
      return domain::InvalidArgument("status: use BARU, DITERUSKAN, DITINDAKLANJUTI, SELESAI or TIDAK_ADA_RESPON");
    }
  }
  if (std::string s = param("channel"); !s.empty()) {
    request.channel = domain::ParseComplaintChannel(s);
    if (!request.channel) return domain::InvalidArgument("channel: use a channel code such as LISAN");
  }
  if (std::string s = param("region"); !s.empty()) {
    request.region = domain::RegionCode::Parse(s);
    if (!request.region) return domain::InvalidArgument("region: use an official region code like 35.10");
  }
  struct IntParam {
    std::string_view name;
    std::function<void(std::int64_t)> set;
  };
  for (const IntParam& p : std::vector<IntParam>{
           {"topic", [&](std::int64_t v) { request.topic_id = v; }},
           {"program", [&](std::int64_t v) { request.program_id = v; }},
           {"page", [&](std::int64_t v) { request.page = static_cast<int>(v); }},
           {"page_size", [&](std::int64_t v) { request.page_size = static_cast<int>(v); }}}) {
    std::string s = param(p.name);
    if (s.empty()) continue;
    std::optional<std::int64_t> value = ParseWholeNumber(s);
    if (!value || *value < 0 || *value > std::numeric_limits<int>::max()) {
      return domain::InvalidArgument(std::string(p.name) + ": use a whole number");
    }
    p.set(*value);
  }
  for (auto [name, target] : {std::pair{"from", &request.created_from}, std::pair{"until", &request.created_until}}) {
    std::string s = param(name);
    if (s.empty()) continue;
    *target = ParseDay(s);
    if (!*target) return domain::InvalidArgument(std::string(name) + ": use a date like 2026-06-01");
  }
  // "until" names the last day to include.
  if (request.created_until) *request.created_until += domain::kSecondsPerDay;
  request.search = param("q");
  return request;
}

}  // namespace tepat::api

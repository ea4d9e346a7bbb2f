// /api/complaints/dashboard and /api/complaints/export (issue 5 item 8): the officials' dashboard and the export
// of their filtered list. Both take the list's filters (complaint_list_request.hpp); the service adds the scope.
#include "api/api_response.hpp"
#include "api/complaint_list_request.hpp"
#include "api/routes.hpp"
#include "domain/complaint_metrics.hpp"

namespace tepat::api {
namespace {

using domain::Role;

boost::json::value OptionalNumber(const std::optional<std::int64_t>& value) {
  if (!value) return nullptr;
  return *value;
}

boost::json::value OptionalShare(const std::optional<double>& value) {
  if (!value) return nullptr;
  return *value;
}

std::string NameOf(const std::map<std::string, std::string>& names, const std::string& key) {
  auto found = names.find(key);
  return found == names.end() ? "" : found->second;
}

std::string NameOf(const std::map<std::int64_t, std::string>& names, std::int64_t key) {
  auto found = names.find(key);
  return found == names.end() ? "" : found->second;
}

std::string DottedCode(const std::string& compact) {
  std::optional<domain::RegionCode> code = domain::RegionCode::Parse(compact);
  return code ? code->Dotted() : compact;
}

boost::json::object DashboardJson(const service::ComplaintDashboardReport& report) {
  const domain::ComplaintDashboard& board = report.figures;
  boost::json::array by_status;
  for (domain::ComplaintStatus status : domain::AllComplaintStatuses()) {
    auto found = board.by_status.find(status);
    by_status.push_back(boost::json::object{{"status", domain::ComplaintStatusCode(status)},
                                            {"label", domain::ComplaintStatusLabel(status)},
                                            {"count", found == board.by_status.end() ? 0 : found->second}});
  }
  boost::json::array by_topic;
  for (const auto& [id, count] : board.by_topic) {
    by_topic.push_back(
        boost::json::object{{"id", id}, {"name", NameOf(report.topic_names, id)}, {"count", count}});
  }
  boost::json::array by_region;
  for (const auto& [code, count] : board.by_region) {
    by_region.push_back(boost::json::object{
        {"region", DottedCode(code)}, {"name", NameOf(report.region_names, code)}, {"count", count}});
  }
  boost::json::array by_program;
  for (const auto& [id, count] : board.by_program) {
    by_program.push_back(boost::json::object{{"id", OptionalNumber(id)},
                                             {"name", id ? NameOf(report.program_names, *id) : ""},
                                             {"count", count}});
  }
  boost::json::array pemda;
  for (const auto& [code, figures] : board.by_pemda) {
    pemda.push_back(boost::json::object{{"region", DottedCode(code)},
                                        {"name", NameOf(report.region_names, code)},
                                        {"complaints", figures.complaints},
                                        {"forwarded", figures.forwarded},
                                        {"marked_no_response", figures.marked_no_response},
                                        {"no_response_share", figures.NoResponseShare()},
                                        {"first_response_late", figures.first_response_late}});
  }
  return boost::json::object{
      {"computed_at", report.computed_at},
      {"total", board.total},
      {"by_status", std::move(by_status)},
      {"by_topic", std::move(by_topic)},
      {"by_region", std::move(by_region)},
      {"by_program", std::move(by_program)},
      {"first_response",
       boost::json::object{{"target_working_seconds", domain::kFirstResponseTargetSeconds},
                           {"answered", board.answered},
                           {"answered_on_time", board.answered_on_time},
                           {"unanswered_late", board.unanswered_late},
                           {"share_within_target", OptionalShare(board.ShareWithinAim())},
                           {"median_working_seconds", OptionalNumber(board.median_first_response_working_seconds)}}},
      {"resolution",
       boost::json::object{{"resolved", board.resolved},
                           {"median_working_seconds", OptionalNumber(board.median_resolution_working_seconds)}}},
      {"pemda", std::move(pemda)}};
}

http::Response Dashboard(ApiContext& ctx, ApiDependencies& deps) {
  domain::Result<service::ComplaintListRequest> request = ReadComplaintListRequest(ctx);
  if (!request.ok()) return ErrorResponse(ctx, request.status());
  auto report = deps.services.complaint_reports().Dashboard(ctx.actor, *request);
  if (!report.ok()) return ErrorResponse(ctx, report.status());
  return JsonResponse(ctx, http::Status::ok, DashboardJson(*report));
}

http::Response Export(ApiContext& ctx, ApiDependencies& deps) {
  domain::Result<service::ComplaintListRequest> request = ReadComplaintListRequest(ctx);
  if (!request.ok()) return ErrorResponse(ctx, request.status());
  std::optional<service::ComplaintExportFormat> format =
      service::ParseComplaintExportFormat(ctx.http.QueryParam("format").value_or("csv"));
  if (!format) return ErrorResponse(ctx, domain::InvalidArgument("format: use csv or xlsx"));
  auto file = deps.services.complaint_reports().Export(ctx.actor, *request, *format);
  if (!file.ok()) return ErrorResponse(ctx, file.status());
  http::Response res =
      http::MakeResponse(ctx.http.request, http::Status::ok, file->content_type, std::move(file->bytes));
  res.set(boost::beast::http::field::content_disposition, "attachment; filename=\"" + file->file_name + "\"");
  res.set(boost::beast::http::field::cache_control, "private, no-store");
  return res;
}

}  // namespace

void AddComplaintReportRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const AccessRule officials =
      AccessRule::Roles({Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda, Role::kOperatorDesa});
  routes.push_back({http::Verb::get, "/api/complaints/dashboard", officials,
                    [&deps](ApiContext& ctx) { return Dashboard(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/complaints/export", officials,
                    [&deps](ApiContext& ctx) { return Export(ctx, deps); }});
}

}  // namespace tepat::api

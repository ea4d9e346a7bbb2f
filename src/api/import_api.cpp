// /api/imports: operators and admins upload registry files, follow the import job's progress, cancel it, and
// download its error report and DTKS difference report; /api/import-templates: the templates to fill in.
// Operators see and touch only the jobs they started (and their rows are limited to their regions by the import
// itself); admins see every job.

#include "api/api_response.hpp"
#include "api/file_transfer.hpp"
#include "api/job_view.hpp"
#include "api/routes.hpp"
#include "ingest/error_report.hpp"
#include "ingest/template_writer.hpp"
#include "service/crypto.hpp"
#include "service/import_service.hpp"

namespace tepat::api {
namespace {

constexpr int kDefaultPage = 50;
constexpr int kMaxPage = 200;
constexpr std::size_t kUploadNameBytes = 16;
constexpr std::size_t kMaxOriginalName = 200;
constexpr int kDefaultSummaryIssues = 20;
constexpr int kMaxSummaryIssues = 100;
constexpr const char* kCsvType = kCsvContentType;
constexpr const char* kXlsxType = kXlsxContentType;

const AccessRule& ImportRule() {
  static const AccessRule kRule = AccessRule::Roles({domain::Role::kAdmin, domain::Role::kOperator});
  return kRule;
}

bool IsAdmin(const ApiContext& ctx) { return ctx.auth && ctx.auth->account.role == domain::Role::kAdmin; }

// The template kind from the path ({kind}) or, for uploads, the query (?kind=).
std::optional<ingest::TemplateKind> KindParam(const ApiContext& ctx) {
  std::optional<std::string> kind = ctx.http.PathParam("kind");
  if (!kind) kind = ctx.http.QueryParam("kind");
  return ingest::ParseTemplateKind(kind.value_or(""));
}

// csv (default) or xlsx from ?format=; nullopt for anything else.
std::optional<ingest::ReportFormat> FormatParam(const ApiContext& ctx) {
  const std::string format = ctx.http.QueryParam("format").value_or("csv");
  if (format == "csv") return ingest::ReportFormat::kCsv;
  if (format == "xlsx") return ingest::ReportFormat::kXlsx;
  return std::nullopt;
}

http::Response BadFormat(const ApiContext& ctx) {
  return ErrorResponse(ctx, domain::InvalidArgument("format: use csv or xlsx"));
}

// The import job named by {id}, when the caller may see it; otherwise the error response to send.
domain::Result<store::Job> VisibleImportJob(const ApiContext& ctx, ApiDependencies& deps) {
  std::int64_t id = 0;
  try {
    id = std::stoll(ctx.http.PathParam("id").value_or(""));
  } catch (const std::exception&) {
    return domain::InvalidArgument("id: use the number of an import job");
  }
  auto job = deps.services.store().GetJob(id);
  if (!job.ok()) return job.status();
  const bool visible = job->has_value() && service::ImportKindOfJob((*job)->kind) &&
                       (IsAdmin(ctx) || (*job)->created_by == ctx.auth->account.id);
  if (!visible) return domain::NotFound("there is no import job " + std::to_string(id) + " of yours");
  return std::move(job->value());
}

http::Response Upload(ApiContext& ctx, ApiDependencies& deps) {
  std::optional<ingest::TemplateKind> kind = KindParam(ctx);
  if (!kind) return ErrorResponse(ctx, domain::InvalidArgument("kind: use dukcapil, dtks, programs or recipients"));
  auto stored_file = StoreUploadedBody(ctx, deps.upload_dir, ".upload");
  if (!stored_file.ok()) return ErrorResponse(ctx, stored_file.status());
  const std::filesystem::path& path = *stored_file;
  std::error_code ec;
  store::Job job;
  job.kind = service::ImportJobKind(*kind);
  job.file_name = path.string();
  job.created_by = ctx.auth->account.id;
  std::string original = ctx.http.QueryParam("filename").value_or("");
  if (original.size() > kMaxOriginalName) original.resize(kMaxOriginalName);
  job.params = boost::json::serialize(boost::json::object{{"original_name", original}});
  if (!ctx.auth->account.scopes.empty()) job.scope_region = ctx.auth->account.scopes.front().Dotted();
  auto id = deps.services.jobs().Submit(job);
  if (!id.ok()) {
    std::filesystem::remove(path, ec);
    return ErrorResponse(ctx, id.status());
  }
  (void)deps.services.auditor().Record(ctx.actor, "import.upload", {"job", std::to_string(*id)},
                                       domain::AuditOutcome::kSuccess, job.kind);
  auto stored = deps.services.store().GetJob(*id);
  if (!stored.ok() || !stored->has_value()) return ErrorResponse(ctx, stored.status());
  return JsonResponse(ctx, http::Status::accepted, JobJson(stored->value(), deps.services.clock().Now()));
}

http::Response List(ApiContext& ctx, ApiDependencies& deps) {
  store::JobQuery query;
  query.limit = kDefaultPage;
  query.kind_prefix = "import.";
  try {
    if (auto text = ctx.http.QueryParam("limit")) query.limit = std::clamp(std::stoi(*text), 1, kMaxPage);
    if (auto text = ctx.http.QueryParam("before")) query.before_id = std::stoll(*text);
  } catch (const std::exception&) {
    return ErrorResponse(ctx, domain::InvalidArgument("limit, before: use whole numbers"));
  }
  if (!IsAdmin(ctx)) query.created_by = ctx.auth->account.id;
  auto jobs = deps.services.store().ListJobs(query);
  if (!jobs.ok()) return ErrorResponse(ctx, jobs.status());
  const domain::UnixSeconds now = deps.services.clock().Now();
  boost::json::array out;
  for (const store::Job& job : *jobs) out.push_back(JobJson(job, now));
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"jobs", std::move(out)}});
}

http::Response Get(ApiContext& ctx, ApiDependencies& deps) {
  auto job = VisibleImportJob(ctx, deps);
  if (!job.ok()) return ErrorResponse(ctx, job.status());
  return JsonResponse(ctx, http::Status::ok, JobJson(*job, deps.services.clock().Now()));
}

http::Response Cancel(ApiContext& ctx, ApiDependencies& deps) {
  auto job = VisibleImportJob(ctx, deps);
  if (!job.ok()) return ErrorResponse(ctx, job.status());
  if (auto cancelled = deps.services.store().RequestJobCancel(job->id, deps.services.clock().Now()); !cancelled.ok()) {
    return ErrorResponse(ctx, cancelled);
  }
  (void)deps.services.auditor().Record(ctx.actor, "import.cancel", {"job", std::to_string(job->id)},
                                       domain::AuditOutcome::kSuccess);
  auto now = deps.services.store().GetJob(job->id);
  if (!now.ok() || !now->has_value()) return ErrorResponse(ctx, now.status());
  return JsonResponse(ctx, http::Status::ok, JobJson(now->value(), deps.services.clock().Now()));
}

// {"issues": [{"row","column","value","severity","reason","reason_en"}...], "more": bool}: the first ?limit= issues
// of the report, for the summary on the import page. Values are masked as in the report file.
http::Response ErrorSummary(ApiContext& ctx, const store::Job& job) {
  int limit = kDefaultSummaryIssues;
  try {
    if (auto text = ctx.http.QueryParam("limit")) limit = std::clamp(std::stoi(*text), 1, kMaxSummaryIssues);
  } catch (const std::exception&) {
    return ErrorResponse(ctx, domain::InvalidArgument("limit: use a whole number"));
  }
  auto head = ingest::ReadErrorReportHead(job.error_report_path, static_cast<std::size_t>(limit));
  if (!head.ok()) return ErrorResponse(ctx, head.status());
  boost::json::array issues;
  for (const ingest::RowIssue& issue : head->issues) {
    issues.push_back(boost::json::object{{"row", issue.row},
                                         {"column", issue.column},
                                         {"value", issue.value},
                                         {"severity", issue.severity == ingest::Severity::kWarning ? "warning" : "error"},
                                         {"reason", issue.reason_id},
                                         {"reason_en", issue.reason_en}});
  }
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"issues", std::move(issues)}, {"more", head->more}});
}

http::Response ErrorReport(ApiContext& ctx, ApiDependencies& deps) {
  const bool summary = ctx.http.QueryParam("format").value_or("") == "json";
  std::optional<ingest::ReportFormat> format = FormatParam(ctx);
  if (!format && !summary) return ErrorResponse(ctx, domain::InvalidArgument("format: use csv, xlsx or json"));
  auto job = VisibleImportJob(ctx, deps);
  if (!job.ok()) return ErrorResponse(ctx, job.status());
  if (job->error_report_path.empty()) {
    return ErrorResponse(ctx, domain::NotFound("this import has no error report (no row had a problem, or it has "
                                               "not finished yet)"));
  }
  (void)deps.services.auditor().Record(ctx.actor, "import.error_report", {"job", std::to_string(job->id)},
                                       domain::AuditOutcome::kSuccess, summary ? "json" : "");
  if (summary) return ErrorSummary(ctx, *job);
  std::filesystem::path path(job->error_report_path);
  const bool xlsx = *format == ingest::ReportFormat::kXlsx;
  if (xlsx) path.replace_filename(service::kErrorReportXlsx);
  return FileAttachmentResponse(ctx, path, xlsx ? kXlsxType : kCsvType,
                      "import-" + std::to_string(job->id) + "-errors" + (xlsx ? ".xlsx" : ".csv"));
}

http::Response DtksDiff(ApiContext& ctx, ApiDependencies& deps) {
  auto job = VisibleImportJob(ctx, deps);
  if (!job.ok()) return ErrorResponse(ctx, job.status());
  if (job->result_path.empty()) {
    return ErrorResponse(ctx, domain::NotFound("this import has no DTKS difference report (only a finished DTKS "
                                               "import has one)"));
  }
  (void)deps.services.auditor().Record(ctx.actor, "import.dtks_diff", {"job", std::to_string(job->id)},
                                       domain::AuditOutcome::kSuccess);
  return FileAttachmentResponse(ctx, job->result_path, kCsvType, "import-" + std::to_string(job->id) + "-dtks-diff.csv");
}

http::Response Template(ApiContext& ctx, ApiDependencies& deps) {
  std::optional<ingest::TemplateKind> kind = KindParam(ctx);
  if (!kind) return ErrorResponse(ctx, domain::InvalidArgument("kind: use dukcapil, dtks, programs or recipients"));
  std::optional<ingest::ReportFormat> format = FormatParam(ctx);
  if (!format) return BadFormat(ctx);
  std::error_code ec;
  std::filesystem::create_directories(deps.upload_dir, ec);
  const std::filesystem::path path = deps.upload_dir / ("template-" + service::RandomHex(kUploadNameBytes));
  if (auto written = ingest::WriteTemplate(*kind, *format, path); !written.ok()) return ErrorResponse(ctx, written);
  http::Response res = FileAttachmentResponse(ctx, path, *format == ingest::ReportFormat::kXlsx ? kXlsxType : kCsvType,
                                    ingest::TemplateFileName(*kind, *format));
  std::filesystem::remove(path, ec);
  return res;
}

}  // namespace

void AddImportRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const auto add = [&](http::Verb verb, const char* pattern, DepsHandler handler) {
    AddDepsRoute(routes, deps, verb, pattern, ImportRule(), handler);
  };
  add(http::Verb::get, "/api/import-templates/{kind}", Template);
  add(http::Verb::get, "/api/imports", List);
  add(http::Verb::post, "/api/imports", Upload);
  add(http::Verb::get, "/api/imports/{id}", Get);
  add(http::Verb::post, "/api/imports/{id}/cancel", Cancel);
  add(http::Verb::get, "/api/imports/{id}/errors", ErrorReport);
  add(http::Verb::get, "/api/imports/{id}/dtks-diff", DtksDiff);
}

}  // namespace tepat::api

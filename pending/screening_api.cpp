// /api/screenings: screen a proposed list (upload, or a list uploaded before) as a background job, follow its
// progress, cancel it, page through the result rows with filters, download the result as CSV or XLSX.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/api_response.hpp"
#include "api/routes.hpp"
#include "domain/nik.hpp"
#include "service/crypto.hpp"
#include "service/screening_job.hpp"

namespace tepat::api {
namespace {

namespace fs = std::filesystem;
using domain::Role;

constexpr int kDefaultRows = 50;
constexpr int kMaxRows = 500;
constexpr int kRunsListed = 50;
constexpr std::size_t kUploadNameBytes = 16;
constexpr std::size_t kMaxListNameLength = 120;
constexpr const char* kUploadDir = "var/uploads";

AccessRule ScreeningAccess() {
  return AccessRule::Roles({Role::kAdmin, Role::kOperator, Role::kSupervisorKabupaten});
}

bool Covers(const ApiContext& ctx, const std::string& region) {
  if (!ctx.auth) return false;
  if (region.empty()) return ctx.auth->account.role == Role::kAdmin;
  const auto code = domain::RegionCode::Parse(region);
  return code && domain::AccountCoversRegion(ctx.auth->account, *code);
}

// A masked identity number for lists on screen ("3510********0003"); "" stays "".
std::string Masked(const std::string& number) { return number.empty() ? number : domain::MaskNik(number); }

boost::json::object RunJson(const store::ScreeningRun& run, const store::Job& job) {
  return {{"id", job.id},
          {"program_code", run.program_code},
          {"period", run.period},
          {"list_name", run.list_name},
          {"status", store::JobStatusCode(job.status)},
          {"rows_total", job.rows_total},
          {"rows_done", job.rows_done},
          {"message", job.message},
          {"lolos", run.lolos},
          {"perlu_verifikasi", run.perlu_verifikasi},
          {"ditolak", run.ditolak},
          {"rows", run.rows_total},
          {"data_version", run.data_version},
          {"created_at", run.created_at}};
}

boost::json::array Lines(const std::string& text) {
  boost::json::array out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

boost::json::object RowJson(const store::ScreeningRowRecord& row) {
  boost::json::array reasons;
  std::size_t start = 1;
  while (start < row.reasons.size()) {
    const std::size_t end = row.reasons.find(',', start);
    if (end == std::string::npos || end == start) break;
    reasons.emplace_back(row.reasons.substr(start, end - start));
    start = end + 1;
  }
  boost::json::array candidates;
  for (const auto& line : Lines(row.candidates)) {
    const std::string text(line.as_string());
    const std::size_t a = text.find(';');
    const std::size_t b = text.rfind(';');
    if (a == std::string::npos || a == b) continue;
    candidates.push_back({{"nik", Masked(text.substr(0, a))},
                          {"name", text.substr(a + 1, b - a - 1)},
                          {"probability", std::stod(text.substr(b + 1))}});
  }
  return {{"line", row.line},        {"nik", Masked(row.nik)},      {"kk", Masked(row.kk)},
          {"name", row.name},        {"desa", row.desa},            {"verdict", row.verdict},
          {"reasons", reasons},      {"details", Lines(row.details)}, {"candidates", candidates}};
}

// The job and run of path parameter {id}, checked against the caller's regions. On failure sets `*error`.
struct Screening {
  store::Job job;
  store::ScreeningRun run;
};
std::optional<Screening> Load(ApiContext& ctx, ApiDependencies& deps, http::Response* error) {
  std::int64_t id = 0;
  try {
    id = std::stoll(ctx.http.PathParam("id").value_or(""));
  } catch (const std::exception&) {
    *error = ErrorResponse(ctx, domain::InvalidArgument("id: use the screening's number"));
    return std::nullopt;
  }
  const auto not_found = [&] {
    *error = ErrorResponse(ctx, domain::NotFound("screening " + std::to_string(id) + " does not exist"));
    return std::nullopt;
  };
  auto job = deps.services.store().GetJob(id);
  if (!job.ok()) {
    *error = ErrorResponse(ctx, job.status());
    return std::nullopt;
  }
  if (!job->has_value() || (*job)->kind != service::kScreeningJobKind) return not_found();
  if (!Covers(ctx, (*job)->scope_region)) return not_found();  // not in the caller's regions: as if absent
  auto run = deps.screening.RunOfJob(id);
  if (!run.ok()) {
    *error = ErrorResponse(ctx, run.status());
    return std::nullopt;
  }
  return Screening{std::move(job.value()).value(), std::move(run).value()};
}

// Queues a screening of `list_path` after checking the program and the caller's regions.
http::Response Submit(ApiContext& ctx, ApiDependencies& deps, const fs::path& list_path, const std::string& list_name,
                      const std::string& program_code, const std::string& period) {
  auto program = deps.services.store().FindProgram(program_code);
  if (!program.ok()) return ErrorResponse(ctx, program.status());
  if (!program->has_value()) {
    return ErrorResponse(ctx, domain::NotFound("program \"" + program_code + "\" is not in the registry"));
  }
  const domain::RegionCode& region = (*program)->region;
  if (!Covers(ctx, region.Dotted())) {
    return ErrorResponse(ctx, domain::PermissionDenied("the program's region is outside your regions"));
  }
  service::ScreeningRequest request{list_path, list_name, program_code, period, region.Dotted(), ctx.actor.Id()};
  auto id = service::SubmitScreening(deps.jobs, deps.screening, request);
  if (!id.ok()) return ErrorResponse(ctx, id.status());
  (void)deps.services.auditor().Record(ctx.actor, "screening.start", {"screening", std::to_string(*id)},
                                       domain::AuditOutcome::kSuccess, program_code + " " + period);
  auto job = deps.services.store().GetJob(*id);
  auto run = deps.screening.RunOfJob(*id);
  if (!job.ok() || !job->has_value() || !run.ok()) return ErrorResponse(ctx, domain::Internal("queued job vanished"));
  return JsonResponse(ctx, http::Status::accepted, boost::json::object{{"screening", RunJson(*run, **job)}});
}

http::Response Upload(ApiContext& ctx, ApiDependencies& deps) {
  const std::string program = ctx.http.QueryParam("program").value_or("");
  const std::string period = ctx.http.QueryParam("period").value_or("");
  std::string name = ctx.http.QueryParam("name").value_or("daftar.csv");
  if (name.size() > kMaxListNameLength) name.resize(kMaxListNameLength);
  const std::string& body = ctx.http.request.body();
  if (body.empty()) return ErrorResponse(ctx, domain::InvalidArgument("body: send the list file (CSV or XLSX)"));
  std::error_code ec;
  fs::create_directories(kUploadDir, ec);
  const fs::path path = fs::path(kUploadDir) / ("screening-" + service::RandomHex(kUploadNameBytes) + ".list");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!out) return ErrorResponse(ctx, domain::Unavailable("the upload could not be stored; try again"));
  }
  return Submit(ctx, deps, path, name, program, period);
}

http::Response Repeat(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto earlier = Load(ctx, deps, &error);
  if (!earlier) return error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  std::string program = StringField(*body, "program");
  std::string period = StringField(*body, "period");
  if (program.empty()) program = earlier->run.program_code;
  if (period.empty()) period = earlier->run.period;
  return Submit(ctx, deps, earlier->job.file_name, earlier->run.list_name, program, period);
}

http::Response List(ApiContext& ctx, ApiDependencies& deps) {
  auto runs = deps.services.store().ListScreeningRuns(kRunsListed, 0);
  if (!runs.ok()) return ErrorResponse(ctx, runs.status());
  boost::json::array out;
  for (const store::ScreeningRun& run : *runs) {
    auto job = deps.services.store().GetJob(run.job_id);
    if (!job.ok() || !job->has_value() || !Covers(ctx, (*job)->scope_region)) continue;
    out.push_back(RunJson(run, **job));
  }
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"screenings", std::move(out)}});
}

http::Response Get(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  boost::json::object out = RunJson(screening->run, screening->job);
  out["settings"] = screening->run.settings;
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"screening", std::move(out)}});
}

http::Response Cancel(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  if (auto cancelled = deps.services.store().RequestJobCancel(screening->job.id, deps.services.clock().Now());
      !cancelled.ok()) {
    return ErrorResponse(ctx, cancelled);
  }
  return Get(ctx, deps);
}

http::Response Rows(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  store::ScreeningRowQuery query;
  query.limit = kDefaultRows;
  query.verdict = ctx.http.QueryParam("verdict").value_or("");
  query.reason = ctx.http.QueryParam("reason").value_or("");
  try {
    if (auto text = ctx.http.QueryParam("limit")) query.limit = std::clamp(std::stoi(*text), 1, kMaxRows);
    if (auto text = ctx.http.QueryParam("offset")) query.offset = std::max(std::stoi(*text), 0);
  } catch (const std::exception&) {
    return ErrorResponse(ctx, domain::InvalidArgument("limit, offset: use whole numbers"));
  }
  if (!query.verdict.empty() && !match::ParseVerdict(query.verdict)) {
    return ErrorResponse(ctx, domain::InvalidArgument("verdict: use LOLOS, PERLU_VERIFIKASI or DITOLAK"));
  }
  if (!query.reason.empty() && !match::ParseScreeningReason(query.reason)) {
    return ErrorResponse(ctx, domain::InvalidArgument("reason: use a reason code such as MENINGGAL"));
  }
  auto page = deps.services.store().ListScreeningRows(screening->run.id, query);
  if (!page.ok()) return ErrorResponse(ctx, page.status());
  if (auto audited = deps.services.auditor().Record(ctx.actor, "screening.rows",
                                                    {"screening", std::to_string(screening->job.id)},
                                                    domain::AuditOutcome::kSuccess);
      !audited.ok()) {
    return ErrorResponse(ctx, audited);
  }
  boost::json::array rows;
  for (const auto& row : page->rows) rows.push_back(RowJson(row));
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"rows", std::move(rows)}, {"total", page->total}});
}

http::Response Download(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  if (screening->job.status != store::JobStatus::kSucceeded) {
    return ErrorResponse(ctx, domain::FailedPrecondition("the screening has not finished; download it when it has"));
  }
  const bool xlsx = ctx.http.QueryParam("format").value_or("csv") == "xlsx";
  std::vector<store::ScreeningRowRecord> rows;
  store::ScreeningRowQuery query;
  query.limit = kMaxRows;
  for (query.offset = 0;; query.offset += kMaxRows) {
    auto page = deps.services.store().ListScreeningRows(screening->run.id, query);
    if (!page.ok()) return ErrorResponse(ctx, page.status());
    rows.insert(rows.end(), page->rows.begin(), page->rows.end());
    if (static_cast<int>(page->rows.size()) < kMaxRows) break;
  }
  const fs::path file = fs::temp_directory_path() / ("tepat-screening-" + service::RandomHex(kUploadNameBytes) +
                                                     (xlsx ? ".xlsx" : ".csv"));
  if (auto written = service::WriteScreeningReport(rows, file); !written.ok()) return ErrorResponse(ctx, written);
  std::stringstream bytes;
  bytes << std::ifstream(file, std::ios::binary).rdbuf();
  fs::remove(file);
  if (auto audited = deps.services.auditor().Record(ctx.actor, "screening.download",
                                                    {"screening", std::to_string(screening->job.id)},
                                                    domain::AuditOutcome::kSuccess, xlsx ? "xlsx" : "csv");
      !audited.ok()) {
    return ErrorResponse(ctx, audited);
  }
  http::Response response = http::MakeResponse(
      ctx.http.request, http::Status::ok,
      xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      bytes.str());
  response.set(boost::beast::http::field::content_disposition,
               "attachment; filename=\"hasil-pemadanan-" + std::to_string(screening->job.id) +
                   (xlsx ? ".xlsx\"" : ".csv\""));
  return response;
}

}  // namespace

void AddScreeningRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const auto add = [&](http::Verb verb, const char* pattern, http::Response (*handler)(ApiContext&, ApiDependencies&)) {
    routes.push_back({verb, pattern, ScreeningAccess(), [&deps, handler](ApiContext& ctx) { return handler(ctx, deps); }});
  };
  add(http::Verb::get, "/api/screenings", List);
  add(http::Verb::post, "/api/screenings", Upload);
  add(http::Verb::get, "/api/screenings/{id}", Get);
  add(http::Verb::post, "/api/screenings/{id}/repeat", Repeat);
  add(http::Verb::post, "/api/screenings/{id}/cancel", Cancel);
  add(http::Verb::get, "/api/screenings/{id}/rows", Rows);
  add(http::Verb::get, "/api/screenings/{id}/download", Download);
}

}  // namespace tepat::api

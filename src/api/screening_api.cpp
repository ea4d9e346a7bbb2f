// /api/screenings: screen an uploaded proposed list (or the list of an earlier screening) for a program and
// period as a background job, follow its progress, cancel it, page through the result rows with filters and
// download the result as CSV or XLSX. A screening belongs to its region (the program's, or the caller's region
// inside it): only accounts covering that region see it. NIK and KK numbers are masked for roles whose registry
// access is masked; every read of result rows and every download is audited. No NIK ever travels in a URL.
#include <filesystem>

#include "api/api_response.hpp"
#include "api/file_transfer.hpp"
#include "api/job_view.hpp"
#include "api/request_params.hpp"
#include "api/routes.hpp"
#include "domain/registry_access.hpp"
#include "match/screening_rules.hpp"
#include "service/crypto.hpp"
#include "service/screening_job.hpp"

namespace tepat::api {
namespace {

namespace fs = std::filesystem;
using domain::Role;

constexpr int kDefaultRows = 50;
constexpr int kMaxRows = 500;
constexpr int kDefaultRuns = 50;
constexpr int kMaxRuns = 200;
constexpr std::size_t kMaxListNameLength = 120;
constexpr std::size_t kTempNameBytes = 16;
constexpr char kCandidateSeparator = ';';

const AccessRule& ScreeningRule() {
  static const AccessRule kRule =
      AccessRule::Roles({Role::kAdmin, Role::kOperator, Role::kSupervisorKabupaten, Role::kOperatorDesa});
  return kRule;
}

domain::RegistryAccess AccessOf(const ApiContext& ctx) { return domain::RegistryAccessFor(ctx.auth->account.role); }

// True when the caller may see a screening of `region` (dotted or compact; "" = national: admins only).
bool Covers(const ApiContext& ctx, const std::string& region) {
  if (region.empty()) return ctx.auth->account.role == Role::kAdmin;
  const auto code = domain::RegionCode::Parse(region);
  return code && domain::AccountCoversRegion(ctx.auth->account, *code);
}

service::ScreeningService* Screening(ApiDependencies& deps) { return deps.screening; }

http::Response NotConfigured(const ApiContext& ctx) {
  return ErrorResponse(ctx, domain::Unavailable("screening is not configured on this server (screening settings "
                                                "were not loaded); ask the administrator"));
}

// Splits "a\nb" into lines, and ",A,B," (reason codes) into codes.
std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// The row as the caller may see it: NIK and KK (also those of fuzzy candidates) masked unless the role has full
// registry access.
store::ScreeningRowRecord Shown(store::ScreeningRowRecord row, domain::RegistryAccess access) {
  row.nik = row.nik.empty() ? row.nik : domain::ShowIdNumber(row.nik, access);
  row.kk = row.kk.empty() ? row.kk : domain::ShowIdNumber(row.kk, access);
  std::string candidates;
  for (const std::string& line : Split(row.candidates, '\n')) {
    const std::size_t cut = line.find(kCandidateSeparator);
    if (!candidates.empty()) candidates += '\n';
    candidates += cut == std::string::npos ? line : domain::ShowIdNumber(line.substr(0, cut), access) + line.substr(cut);
  }
  row.candidates = std::move(candidates);
  return row;
}

boost::json::object RowJson(const store::ScreeningRowRecord& row) {
  boost::json::array reasons;
  for (const std::string& code : Split(row.reasons, ',')) reasons.emplace_back(code);
  boost::json::array details;
  for (const std::string& line : Split(row.details, '\n')) details.emplace_back(line);
  boost::json::array candidates;
  for (const std::string& line : Split(row.candidates, '\n')) {
    const std::size_t first = line.find(kCandidateSeparator);
    const std::size_t last = line.rfind(kCandidateSeparator);
    if (first == std::string::npos || first == last) continue;
    double probability = 0;
    try {
      probability = std::stod(line.substr(last + 1));
    } catch (const std::exception&) {
      continue;
    }
    candidates.push_back(boost::json::object{{"nik", line.substr(0, first)},
                                             {"name", line.substr(first + 1, last - first - 1)},
                                             {"probability", probability}});
  }
  return {{"line", row.line},          {"nik", row.nik},       {"kk", row.kk},
          {"name", row.name},          {"desa", row.desa},     {"verdict", row.verdict},
          {"reasons", std::move(reasons)}, {"details", std::move(details)}, {"candidates", std::move(candidates)}};
}

// The job's progress and timing (JobJson) with the run's program, period, list, counts and data version.
boost::json::object RunJson(const store::ScreeningRun& run, const store::Job& job, domain::UnixSeconds now) {
  boost::json::object out = JobJson(job, now);
  out["program_code"] = run.program_code;
  out["period"] = run.period;
  out["list_name"] = run.list_name;
  out["region"] = job.scope_region;
  out["lolos"] = run.lolos;
  out["perlu_verifikasi"] = run.perlu_verifikasi;
  out["ditolak"] = run.ditolak;
  out["rows"] = run.rows_total;
  out["data_version"] = run.data_version;
  return out;
}

struct LoadedScreening {
  store::Job job;
  store::ScreeningRun run;
};

// The screening of path parameter {id} when screening is configured and the caller may see it; otherwise the error
// answer in `*error`.
std::optional<LoadedScreening> Load(ApiContext& ctx, ApiDependencies& deps, http::Response* error) {
  if (!Screening(deps)) {
    *error = NotConfigured(ctx);
    return std::nullopt;
  }
  auto id = PathId(ctx, "id", error);
  if (!id) return std::nullopt;
  auto job = deps.services.store().GetJob(*id);
  if (!job.ok()) {
    *error = ErrorResponse(ctx, job.status());
    return std::nullopt;
  }
  // Outside the caller's regions it is as if absent.
  if (!job->has_value() || (*job)->kind != service::kScreeningJobKind || !Covers(ctx, (*job)->scope_region)) {
    *error = ErrorResponse(ctx, domain::NotFound("there is no screening " + std::to_string(*id) + " in your regions"));
    return std::nullopt;
  }
  auto run = Screening(deps)->RunOfJob(*id);
  if (!run.ok()) {
    *error = ErrorResponse(ctx, run.status());
    return std::nullopt;
  }
  return LoadedScreening{std::move(job.value()).value(), std::move(run).value()};
}

// The screening area for `program_code`: `requested` (a region inside the program's, covered by the caller) or,
// when empty, the program's region if the caller covers it, else the caller's first region inside it.
domain::Result<std::string> ScreeningArea(const ApiContext& ctx, ApiDependencies& deps,
                                          const std::string& program_code, const std::string& requested) {
  auto program = deps.services.store().FindProgram(program_code);
  if (!program.ok()) return program.status();
  if (!program->has_value()) {
    return domain::NotFound("program: \"" + program_code + "\" is not in the registry; pick a listed program");
  }
  const domain::RegionCode& program_region = (*program)->region;
  if (!requested.empty()) {
    const auto area = domain::RegionCode::Parse(requested);
    if (!area || !program_region.Contains(*area)) {
      return domain::InvalidArgument("region: give a region code inside the program's region " +
                                     program_region.Dotted());
    }
    if (!domain::AccountCoversRegion(ctx.auth->account, *area)) {
      return domain::PermissionDenied("region: " + area->Dotted() + " is outside your regions");
    }
    return area->Dotted();
  }
  if (domain::AccountCoversRegion(ctx.auth->account, program_region)) return program_region.Dotted();
  for (const domain::RegionCode& scope : ctx.auth->account.scopes) {
    if (program_region.Contains(scope)) return scope.Dotted();
  }
  return domain::PermissionDenied("program: the region of " + program_code + " (" + program_region.Dotted() +
                                  ") is outside your regions");
}

// Queues the screening of `list_path` and answers 202 with the new screening.
http::Response Submit(ApiContext& ctx, ApiDependencies& deps, const fs::path& list_path, std::string list_name,
                      const std::string& program_code, const std::string& period, const std::string& region) {
  if (program_code.empty() || period.empty()) {
    return ErrorResponse(ctx, domain::InvalidArgument("program, period: give both (e.g. BST-3510-2024 and 2024-01)"));
  }
  auto area = ScreeningArea(ctx, deps, program_code, region);
  if (!area.ok()) return ErrorResponse(ctx, area.status());
  if (list_name.size() > kMaxListNameLength) list_name.resize(kMaxListNameLength);
  const service::ScreeningRequest request{list_path, list_name, program_code, period, *area, ctx.auth->account.id};
  auto id = service::SubmitScreening(deps.services.jobs(), *Screening(deps), request);
  if (!id.ok()) return ErrorResponse(ctx, id.status());
  (void)deps.services.auditor().Record(ctx.actor, "screening.start", {"screening", std::to_string(*id)},
                                       domain::AuditOutcome::kSuccess, program_code + " " + period + " " + *area);
  auto job = deps.services.store().GetJob(*id);
  if (!job.ok() || !job->has_value()) return ErrorResponse(ctx, job.status());
  auto run = Screening(deps)->RunOfJob(*id);
  if (!run.ok()) return ErrorResponse(ctx, run.status());
  return JsonResponse(ctx, http::Status::accepted,
                      boost::json::object{{"screening", RunJson(*run, **job, deps.services.clock().Now())}});
}

http::Response Upload(ApiContext& ctx, ApiDependencies& deps) {
  if (!Screening(deps)) return NotConfigured(ctx);
  const std::string program = ctx.http.QueryParam("program").value_or("");
  const std::string period = ctx.http.QueryParam("period").value_or("");
  if (program.empty() || period.empty()) {
    return ErrorResponse(ctx, domain::InvalidArgument("program, period: give both (e.g. BST-3510-2024 and 2024-01)"));
  }
  auto path = StoreUploadedBody(ctx, deps.upload_dir, ".list");
  if (!path.ok()) return ErrorResponse(ctx, path.status());
  http::Response res = Submit(ctx, deps, *path, ctx.http.QueryParam("filename").value_or("daftar.csv"), program,
                              period, ctx.http.QueryParam("region").value_or(""));
  if (res.result() != http::Status::accepted) {
    std::error_code ignored;
    fs::remove(*path, ignored);
  }
  return res;
}

http::Response Repeat(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto earlier = Load(ctx, deps, &error);
  if (!earlier) return error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  std::string program = StringField(*body, "program");
  std::string period = StringField(*body, "period");
  std::string region = StringField(*body, "region");
  if (program.empty()) program = earlier->run.program_code;
  if (period.empty()) period = earlier->run.period;
  if (region.empty() && program == earlier->run.program_code) region = earlier->job.scope_region;
  if (!fs::exists(earlier->job.file_name)) {
    return ErrorResponse(ctx, domain::NotFound("the list of this screening is no longer on the server; upload it again"));
  }
  return Submit(ctx, deps, earlier->job.file_name, earlier->run.list_name, program, period, region);
}

http::Response List(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto page = ReadPage(ctx, kDefaultRuns, &error);
  if (!page) return error;
  auto runs = deps.services.store().ListScreeningRuns(std::clamp(page->limit, 1, kMaxRuns), page->before);
  if (!runs.ok()) return ErrorResponse(ctx, runs.status());
  const domain::UnixSeconds now = deps.services.clock().Now();
  boost::json::array out;
  for (const store::ScreeningRun& run : *runs) {
    auto job = deps.services.store().GetJob(run.job_id);
    if (!job.ok()) return ErrorResponse(ctx, job.status());
    if (!job->has_value() || !Covers(ctx, (*job)->scope_region)) continue;
    out.push_back(RunJson(run, **job, now));
  }
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"screenings", std::move(out)}});
}

http::Response Get(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  boost::json::object out = RunJson(screening->run, screening->job, deps.services.clock().Now());
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
  (void)deps.services.auditor().Record(ctx.actor, "screening.cancel", {"screening", std::to_string(screening->job.id)},
                                       domain::AuditOutcome::kSuccess);
  return Get(ctx, deps);
}

// Reads ?verdict, ?reason, ?limit, ?offset; nullopt with a 400 in `*error` naming the bad one.
std::optional<store::ScreeningRowQuery> RowQuery(ApiContext& ctx, http::Response* error) {
  store::ScreeningRowQuery query;
  query.limit = kDefaultRows;
  const std::string verdict = ctx.http.QueryParam("verdict").value_or("");
  const std::string reason = ctx.http.QueryParam("reason").value_or("");
  if (!verdict.empty()) {
    const auto parsed = match::ParseVerdict(verdict);
    if (!parsed) {
      *error = ErrorResponse(ctx, domain::InvalidArgument("verdict: use LOLOS, PERLU_VERIFIKASI or DITOLAK"));
      return std::nullopt;
    }
    query.verdict = match::VerdictCode(*parsed);
  }
  if (!reason.empty()) {
    const auto parsed = match::ParseScreeningReason(reason);
    if (!parsed) {
      *error = ErrorResponse(ctx, domain::InvalidArgument("reason: use a reason code such as MENINGGAL"));
      return std::nullopt;
    }
    query.reason = match::ScreeningReasonCode(*parsed);
  }
  try {
    if (auto text = ctx.http.QueryParam("limit")) query.limit = std::clamp(std::stoi(std::string(*text)), 1, kMaxRows);
    if (auto text = ctx.http.QueryParam("offset")) query.offset = std::max(std::stoi(std::string(*text)), 0);
  } catch (const std::exception&) {
    *error = ErrorResponse(ctx, domain::InvalidArgument("limit, offset: use whole numbers"));
    return std::nullopt;
  }
  return query;
}

// Audits a read of screening `id`'s results; the read is refused when the audit cannot be written.
domain::Status AuditRead(ApiContext& ctx, ApiDependencies& deps, const char* action, std::int64_t id,
                         const std::string& detail) {
  return deps.services.auditor().Record(ctx.actor, action, {"screening", std::to_string(id)},
                                        domain::AuditOutcome::kSuccess, detail);
}

http::Response Rows(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  auto query = RowQuery(ctx, &error);
  if (!query) return error;
  auto page = deps.services.store().ListScreeningRows(screening->run.id, *query);
  if (!page.ok()) return ErrorResponse(ctx, page.status());
  const domain::RegistryAccess access = AccessOf(ctx);
  if (auto audited = AuditRead(ctx, deps, "screening.rows", screening->job.id,
                               std::string("access ") + domain::RegistryAccessName(access));
      !audited.ok()) {
    return ErrorResponse(ctx, audited);
  }
  boost::json::array rows;
  for (const auto& row : page->rows) rows.push_back(RowJson(Shown(row, access)));
  return JsonResponse(ctx, http::Status::ok,
                      boost::json::object{{"rows", std::move(rows)}, {"total", page->total}, {"offset", query->offset}});
}

http::Response Download(ApiContext& ctx, ApiDependencies& deps) {
  const std::string format = ctx.http.QueryParam("format").value_or("csv");
  if (format != "csv" && format != "xlsx") return ErrorResponse(ctx, domain::InvalidArgument("format: use csv or xlsx"));
  const bool xlsx = format == "xlsx";
  http::Response error;
  auto screening = Load(ctx, deps, &error);
  if (!screening) return error;
  if (screening->job.status != store::JobStatus::kSucceeded) {
    return ErrorResponse(ctx, domain::FailedPrecondition("the screening has not finished; download it when it has"));
  }
  const domain::RegistryAccess access = AccessOf(ctx);
  std::vector<store::ScreeningRowRecord> rows;
  store::ScreeningRowQuery query;
  query.limit = kMaxRows;
  for (query.offset = 0;; query.offset += kMaxRows) {
    auto page = deps.services.store().ListScreeningRows(screening->run.id, query);
    if (!page.ok()) return ErrorResponse(ctx, page.status());
    for (auto& row : page->rows) rows.push_back(Shown(std::move(row), access));
    if (static_cast<int>(page->rows.size()) < kMaxRows) break;
  }
  std::error_code ec;
  fs::create_directories(deps.upload_dir, ec);
  const fs::path file = deps.upload_dir / ("screening-" + service::RandomHex(kTempNameBytes) + "." + format);
  if (auto written = service::WriteScreeningReport(rows, file); !written.ok()) return ErrorResponse(ctx, written);
  if (auto audited = AuditRead(ctx, deps, "screening.download", screening->job.id,
                               format + " access " + domain::RegistryAccessName(access));
      !audited.ok()) {
    fs::remove(file, ec);
    return ErrorResponse(ctx, audited);
  }
  http::Response res = FileAttachmentResponse(ctx, file, xlsx ? kXlsxContentType : kCsvContentType,
                                              "hasil-pemadanan-" + std::to_string(screening->job.id) + "." + format);
  fs::remove(file, ec);
  return res;
}

}  // namespace

void AddScreeningRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  const auto add = [&](http::Verb verb, const char* pattern, DepsHandler handler) {
    AddDepsRoute(routes, deps, verb, pattern, ScreeningRule(), handler);
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

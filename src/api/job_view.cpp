#include "api/job_view.hpp"

#include "api/json_views.hpp"
#include "service/job_timing.hpp"

namespace tepat::api {
namespace {

boost::json::value TimeOrNull(domain::UnixSeconds at) {
  if (at == 0) return nullptr;
  return boost::json::value(IsoUtc(at));
}

// The name the uploader gave the file, kept in the job's params ({"original_name": ...}); "" when absent.
std::string OriginalName(const store::Job& job) {
  boost::system::error_code ec;
  boost::json::value params = boost::json::parse(job.params, ec);
  if (ec || !params.is_object()) return "";
  const boost::json::value* name = params.as_object().if_contains("original_name");
  return name && name->is_string() ? std::string(name->as_string()) : "";
}

}  // namespace

boost::json::object JobJson(const store::Job& job, domain::UnixSeconds now) {
  const service::JobTiming timing = service::TimingOf(job, now);
  boost::json::object out{
      {"id", job.id},
      {"kind", job.kind},
      {"status", store::JobStatusCode(job.status)},
      {"rows_total", job.rows_total},
      {"rows_done", job.rows_done},
      {"rows_errors", job.rows_errors},
      {"created_at", TimeOrNull(job.created_at)},
      {"started_at", TimeOrNull(job.started_at)},
      {"finished_at", TimeOrNull(job.finished_at)},
      {"elapsed_seconds", timing.elapsed},
      {"cancel_requested", job.cancel_requested},
      {"message", job.message},
      {"has_error_report", !job.error_report_path.empty()},
      {"has_result", !job.result_path.empty()},
      {"original_name", OriginalName(job)},
  };
  if (timing.remaining) {
    out["remaining_seconds"] = *timing.remaining;
  } else {
    out["remaining_seconds"] = nullptr;
  }
  return out;
}

}  // namespace tepat::api

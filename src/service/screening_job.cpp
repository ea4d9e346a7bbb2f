#include "service/screening_job.hpp"

#include <algorithm>
#include <atomic>

#include "fmt/format.h"
#include "match/screening_rules.hpp"

namespace tepat::service {
namespace {

constexpr std::string_view kScreeningStage = "screening";

// Rows listed as broken (their reasons include DATA_TIDAK_LENGKAP).
std::int64_t BrokenRows(const ScreeningReport& report) {
  const std::string code = fmt::format(",{},", match::ScreeningReasonCode(match::ScreeningReason::kRowIncomplete));
  return std::count_if(report.rows.begin(), report.rows.end(),
                       [&](const store::ScreeningRowRecord& row) { return row.reasons.find(code) != std::string::npos; });
}

store::JobOutcome RunScreeningJob(ScreeningService& screening, JobContext& ctx) {
  const store::Job& job = ctx.job();
  auto run = screening.RunOfJob(job.id);
  if (!run.ok()) return store::JobOutcome::Failed(run.status().message());
  std::atomic<bool> stop{false};
  match::Progress progress;
  progress.cancel = &stop;
  progress.report = [&](std::string_view stage, uint64_t done, uint64_t total) {
    store::JobProgress now = ctx.progress();
    if (stage == kScreeningStage) {
      now.rows_total = static_cast<std::int64_t>(total);
      now.rows_done = static_cast<std::int64_t>(done);
    }
    if (ctx.Report(now)) stop = true;
  };
  auto report = screening.ScreenFileWithin(job.file_name, run->program_code, run->period, job.scope_region, progress);
  if (stop || ctx.StopRequested()) {
    return store::JobOutcome::Cancelled("screening cancelled before it finished; nothing was stored, start it again");
  }
  if (!report.ok()) return store::JobOutcome::Failed(report.status().message());
  if (auto stored = screening.CompleteRun(run->id, *report); !stored.ok()) {
    return store::JobOutcome::Failed(stored.message());
  }
  const auto rows = static_cast<std::int64_t>(report->rows.size());
  ctx.Report({rows, rows, BrokenRows(*report)}, true);
  return store::JobOutcome::Succeeded(fmt::format("LOLOS {}, PERLU_VERIFIKASI {}, DITOLAK {}", report->lolos,
                                                  report->perlu_verifikasi, report->ditolak));
}

}  // namespace

domain::Result<std::int64_t> SubmitScreening(JobRunner& runner, ScreeningService& screening,
                                             const ScreeningRequest& request) {
  if (request.program_code.empty() || request.period.empty()) {
    return domain::InvalidArgument("program and period are required (e.g. program BST-3510-2024, period 2024-01)");
  }
  if (request.list_path.empty()) return domain::InvalidArgument("list: upload the proposed list (CSV or XLSX)");
  store::Job job;
  job.kind = kScreeningJobKind;
  job.file_name = request.list_path.string();
  job.params = fmt::format("{{\"program\": {}, \"period\": {}, \"original_name\": {}}}", JsonQuoted(request.program_code),
                           JsonQuoted(request.period), JsonQuoted(request.list_name));
  job.scope_region = request.region;
  job.created_by = request.created_by;
  if (!runner.Handles(kScreeningJobKind)) {
    return domain::FailedPrecondition("screening jobs are not set up on this server (no \"screen\" handler)");
  }
  auto id = screening.CreateJobAndRun(job, request.program_code, request.period, request.list_name);
  if (!id.ok()) return id.status();
  runner.Wake();
  return id;
}

void RegisterScreeningJob(JobRunner& runner, ScreeningService& screening) {
  runner.Register(kScreeningJobKind, [&screening](JobContext& ctx) { return RunScreeningJob(screening, ctx); });
}

}  // namespace tepat::service

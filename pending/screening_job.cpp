#include "service/screening_job.hpp"

#include <atomic>

#include "fmt/format.h"

namespace tepat::service {

domain::Result<std::int64_t> SubmitScreening(JobRunner& runner, ScreeningService& screening,
                                             const ScreeningRequest& request) {
  if (request.program_code.empty() || request.period.empty()) {
    return domain::InvalidArgument("program and period are required (e.g. program BST-3510-2024, period 2024-01)");
  }
  store::Job job;
  job.kind = kScreeningJobKind;
  job.file_name = request.list_path.string();
  job.params = fmt::format("{{\"program\": {}, \"period\": {}}}", JsonQuoted(request.program_code),
                           JsonQuoted(request.period));
  job.scope_region = request.scope_region;
  job.created_by = request.created_by;
  auto id = runner.Submit(job);
  if (!id.ok()) return id.status();
  auto run = screening.CreateRun(*id, request.program_code, request.period, request.list_name, request.created_by);
  if (!run.ok()) return run.status();
  return id;
}

JobHandler ScreeningJobHandler(ScreeningService& screening) {
  return [&screening](JobContext& ctx) -> store::JobOutcome {
    const store::Job& job = ctx.job();
    auto run = screening.RunOfJob(job.id);
    if (!run.ok()) return store::JobOutcome::Failed(run.status().message());
    std::atomic<bool> stop{false};
    match::Progress progress;
    progress.cancel = &stop;
    progress.report = [&](std::string_view, uint64_t done, uint64_t total) {
      if (ctx.Report({static_cast<std::int64_t>(total), static_cast<std::int64_t>(done), 0})) stop = true;
    };
    auto report = screening.ScreenFile(job.file_name, run->program_code, run->period, progress);
    if (stop || ctx.StopRequested()) return store::JobOutcome::Cancelled("screening cancelled; start it again to redo");
    if (!report.ok()) return store::JobOutcome::Failed(report.status().message());
    if (auto stored = screening.CompleteRun(run->id, *report); !stored.ok()) {
      return store::JobOutcome::Failed(stored.message());
    }
    const auto result = ctx.WorkDir() / kScreeningResultFile;
    if (auto written = WriteScreeningReport(report->rows, result); !written.ok()) {
      return store::JobOutcome::Failed(written.message());
    }
    const auto rows = static_cast<std::int64_t>(report->rows.size());
    ctx.Report({rows, rows, 0}, true);
    store::JobOutcome outcome = store::JobOutcome::Succeeded(fmt::format(
        "LOLOS {}, PERLU_VERIFIKASI {}, DITOLAK {}", report->lolos, report->perlu_verifikasi, report->ditolak));
    outcome.result_path = result.string();
    return outcome;
  };
}

}  // namespace tepat::service

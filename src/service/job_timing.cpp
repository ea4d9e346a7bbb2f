#include "service/job_timing.hpp"

#include <algorithm>

namespace tepat::service {

JobTiming TimingOf(domain::UnixSeconds started_at, const store::JobProgress& progress, domain::UnixSeconds now) {
  JobTiming timing;
  if (started_at == 0) return timing;
  timing.elapsed = std::max<std::int64_t>(0, now - started_at);
  if (progress.rows_done > 0 && progress.rows_total >= progress.rows_done) {
    const double per_row = static_cast<double>(timing.elapsed) / static_cast<double>(progress.rows_done);
    timing.remaining = static_cast<std::int64_t>(per_row * static_cast<double>(progress.rows_total - progress.rows_done) + 0.5);
  }
  return timing;
}

JobTiming TimingOf(const store::Job& job, domain::UnixSeconds now) {
  if (store::IsFinished(job.status)) {
    JobTiming timing;
    if (job.started_at != 0) timing.elapsed = std::max<std::int64_t>(0, job.finished_at - job.started_at);
    return timing;
  }
  return TimingOf(job.started_at, {job.rows_total, job.rows_done, job.rows_errors}, now);
}

}  // namespace tepat::service

#include "service/dedup_timing.hpp"

#include <algorithm>

namespace tepat::service {

JobTiming DedupRunTiming(const store::DedupRun& run, domain::UnixSeconds stage_started_at, domain::UnixSeconds now) {
  JobTiming timing;
  if (run.started_at == 0) return timing;
  const domain::UnixSeconds until = store::IsFinished(run.status) ? run.finished_at : now;
  timing.elapsed = std::max<std::int64_t>(0, until - run.started_at);
  if (store::IsFinished(run.status) || stage_started_at == 0) return timing;
  timing.remaining = TimingOf(stage_started_at, {run.progress.total, run.progress.done, 0}, now).remaining;
  return timing;
}

}  // namespace tepat::service

#pragma once
// DedupRunTiming: elapsed and estimated remaining time of a registry dedup run, from its stored progress.
#include "service/job_timing.hpp"
#include "store/dedup_types.hpp"

namespace tepat::service {

/// Timing of `run` at `now`: elapsed since it started (up to finished_at once finished; 0 while queued); remaining
/// is the estimate for the current stage, from its units left at the rate since `stage_started_at` (0: unknown),
/// nullopt while unknown or once finished. A run's stages count different units (records, blocking rules, pairs),
/// so no estimate spans stages. Pure.
JobTiming DedupRunTiming(const store::DedupRun& run, domain::UnixSeconds stage_started_at, domain::UnixSeconds now);

}  // namespace tepat::service

#pragma once
// JobTiming: elapsed and estimated remaining time of a job, from its stored progress.
#include <cstdint>
#include <optional>

#include "store/job_types.hpp"

namespace tepat::service {

/// Times of one job at a moment, in seconds.
struct JobTiming {
  std::int64_t elapsed = 0;                ///< since it started (0 while queued); up to finished_at when finished
  std::optional<std::int64_t> remaining;   ///< estimate from the rate so far; nullopt while unknown or finished
};

/// Timing of `job` at `now`: remaining = elapsed * (total - done) / done once some rows are done and the total is
/// known. Pure.
JobTiming TimingOf(const store::Job& job, domain::UnixSeconds now);

/// The same from a start time and progress (for a caller that holds progress not yet stored, e.g. the CLI bar).
JobTiming TimingOf(domain::UnixSeconds started_at, const store::JobProgress& progress, domain::UnixSeconds now);

}  // namespace tepat::service

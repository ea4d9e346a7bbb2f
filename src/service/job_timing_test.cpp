#include "service/job_timing.hpp"

#include <gtest/gtest.h>

namespace tepat::service {
namespace {

constexpr domain::UnixSeconds kStart = 1'700'000'000;

struct TimingCase {
  const char* name;
  store::JobStatus status;
  std::int64_t total;
  std::int64_t done;
  domain::UnixSeconds started_at;
  domain::UnixSeconds finished_at;
  domain::UnixSeconds now;
  std::int64_t elapsed;
  std::optional<std::int64_t> remaining;
};

class JobTimingTest : public ::testing::TestWithParam<TimingCase> {};

TEST_P(JobTimingTest, ElapsedAndRemainingFollowTheRateSoFar) {
  const TimingCase& c = GetParam();
  store::Job job;
  job.status = c.status;
  job.rows_total = c.total;
  job.rows_done = c.done;
  job.started_at = c.started_at;
  job.finished_at = c.finished_at;
  JobTiming timing = TimingOf(job, c.now);
  EXPECT_EQ(timing.elapsed, c.elapsed);
  EXPECT_EQ(timing.remaining, c.remaining);
}

using store::JobStatus;
INSTANTIATE_TEST_SUITE_P(
    Cases, JobTimingTest,
    ::testing::Values(TimingCase{"Queued", JobStatus::kQueued, 100, 0, 0, 0, kStart + 5, 0, std::nullopt},
                      TimingCase{"NothingDoneYet", JobStatus::kRunning, 100, 0, kStart, 0, kStart + 5, 5, std::nullopt},
                      TimingCase{"TotalUnknown", JobStatus::kRunning, 0, 50, kStart, 0, kStart + 5, 5, std::nullopt},
                      TimingCase{"QuarterDone", JobStatus::kRunning, 100, 25, kStart, 0, kStart + 10, 10, 30},
                      TimingCase{"AllDone", JobStatus::kRunning, 100, 100, kStart, 0, kStart + 10, 10, 0},
                      TimingCase{"Finished", JobStatus::kSucceeded, 100, 100, kStart, kStart + 7, kStart + 99, 7,
                                 std::nullopt}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace tepat::service

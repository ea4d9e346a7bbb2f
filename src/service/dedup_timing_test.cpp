#include "service/dedup_timing.hpp"

#include <gtest/gtest.h>

namespace tepat::service {
namespace {

constexpr domain::UnixSeconds kStart = 1'700'000'000;

store::DedupRun Running(std::int64_t done, std::int64_t total) {
  store::DedupRun run;
  run.status = store::DedupRunStatus::kRunning;
  run.started_at = kStart;
  run.progress = {"comparing", done, total};
  return run;
}

TEST(DedupRunTimingTest, QueuedHasNoTime) {
  const JobTiming timing = DedupRunTiming(store::DedupRun{}, 0, kStart + 10);
  EXPECT_EQ(timing.elapsed, 0);
  EXPECT_FALSE(timing.remaining.has_value());
}

TEST(DedupRunTimingTest, RemainingComesFromTheRateOfTheCurrentStage) {
  // Started 100 s ago; the comparing stage began 20 s ago and did a quarter of its pairs: 60 s left, not 300.
  const JobTiming timing = DedupRunTiming(Running(250, 1000), kStart + 80, kStart + 100);
  EXPECT_EQ(timing.elapsed, 100);
  ASSERT_TRUE(timing.remaining.has_value());
  EXPECT_EQ(*timing.remaining, 60);
}

TEST(DedupRunTimingTest, UnknownUntilTheStageHasDoneSomething) {
  EXPECT_FALSE(DedupRunTiming(Running(0, 1000), kStart + 5, kStart + 10).remaining.has_value());
  EXPECT_FALSE(DedupRunTiming(Running(40, 0), kStart + 5, kStart + 10).remaining.has_value());
  EXPECT_FALSE(DedupRunTiming(Running(40, 100), 0, kStart + 10).remaining.has_value()) << "stage start unknown";
}

TEST(DedupRunTimingTest, FinishedRunsKeepTheirDurationAndNoEstimate) {
  store::DedupRun run = Running(10, 20);
  run.status = store::DedupRunStatus::kCancelled;
  run.finished_at = kStart + 42;
  const JobTiming timing = DedupRunTiming(run, kStart + 5, kStart + 1000);
  EXPECT_EQ(timing.elapsed, 42);
  EXPECT_FALSE(timing.remaining.has_value());
}

}  // namespace
}  // namespace tepat::service

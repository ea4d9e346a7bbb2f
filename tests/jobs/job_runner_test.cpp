// JobRunner on both engines: background run, progress, cancel, stale jobs at start-up, unknown kinds, failures,
// foreground runs and stopping with running jobs.
#include "service/job_runner.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/test_databases.hpp"

namespace tepat::service {
namespace {

using store::Job;
using store::JobOutcome;
using store::JobProgress;
using store::JobStatus;
using test_support::TestEngine;

constexpr domain::UnixSeconds kT0 = 1'700'000'000;
constexpr auto kWaitLimit = std::chrono::seconds(30);  // a bound on waiting, not a timing assertion

class JobRunnerTest : public ::testing::TestWithParam<TestEngine> {
 protected:
  void SetUp() override {
    auto opened = test_support::OpenMigratedTestStore(GetParam());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
    work_dir_ = std::filesystem::temp_directory_path() /
                ("tepat-jobs-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  }
  void TearDown() override { std::filesystem::remove_all(work_dir_); }

  JobRunnerConfig Config() {
    JobRunnerConfig config;
    config.poll_interval = std::chrono::milliseconds(20);
    config.progress_interval = std::chrono::milliseconds(0);
    config.work_dir = work_dir_;
    return config;
  }
  store::Store& store() { return *db_.store; }
  Job Get(std::int64_t id) { return store().GetJob(id).value().value(); }
  Job WaitFinished(std::int64_t id) {
    const auto limit = std::chrono::steady_clock::now() + kWaitLimit;
    while (std::chrono::steady_clock::now() < limit) {
      Job job = Get(id);
      if (store::IsFinished(job.status)) return job;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ADD_FAILURE() << "job " << id << " did not finish";
    return Get(id);
  }
  static Job Kind(const std::string& kind) {
    Job job;
    job.kind = kind;
    job.params = "{}";
    return job;
  }

  test_support::TestStore db_;
  ManualClock clock_{kT0};
  std::filesystem::path work_dir_;
};

// Counts to `total` in steps of 10, writing a result file; the progress reports are the job's heartbeat.
store::JobOutcome CountingHandler(JobContext& ctx) {
  constexpr std::int64_t kTotal = 30;
  for (std::int64_t done = 10; done <= kTotal; done += 10) {
    if (ctx.Report({kTotal, done, 1})) return JobOutcome::Cancelled("stopped");
  }
  std::filesystem::path result = ctx.WorkDir() / "result.txt";
  std::ofstream(result) << "counted\n";
  JobOutcome outcome = JobOutcome::Succeeded("counted to 30");
  outcome.result_path = result.string();
  return outcome;
}

TEST_P(JobRunnerTest, RunsAQueuedJobInTheBackgroundAndStoresItsOutcome) {
  JobRunner runner(store(), clock_, Config());
  runner.Register("test.count", CountingHandler);
  ASSERT_TRUE(runner.Start().ok());
  auto id = runner.Submit(Kind("test.count"));
  ASSERT_TRUE(id.ok()) << id.status().message();
  Job job = WaitFinished(*id);
  EXPECT_EQ(job.status, JobStatus::kSucceeded);
  EXPECT_EQ(job.message, "counted to 30");
  EXPECT_EQ(job.rows_total, 30);
  EXPECT_EQ(job.rows_done, 30);
  EXPECT_EQ(job.rows_errors, 1);
  EXPECT_EQ(job.started_at, kT0);
  EXPECT_TRUE(std::filesystem::exists(job.result_path));
  EXPECT_EQ(std::filesystem::path(job.result_path).parent_path(), work_dir_ / std::to_string(*id));
}

TEST_P(JobRunnerTest, AJobOfAKindWithoutHandlerIsRefusedOrLeftQueued) {
  JobRunner runner(store(), clock_, Config());
  runner.Register("test.count", CountingHandler);
  EXPECT_EQ(runner.Submit(Kind("screen")).status().code(), domain::ErrorCode::kInvalidArgument);
  const std::int64_t foreign = store().CreateJob(Kind("screen")).value();  // queued by another process
  ASSERT_TRUE(runner.Start().ok());
  const std::int64_t mine = runner.Submit(Kind("test.count")).value();
  EXPECT_EQ(WaitFinished(mine).status, JobStatus::kSucceeded);
  EXPECT_EQ(Get(foreign).status, JobStatus::kQueued);
  EXPECT_EQ(runner.RunNow(foreign).status().code(), domain::ErrorCode::kInvalidArgument);
}

TEST_P(JobRunnerTest, CancelRequestedByAnOperatorStopsTheHandlerAtItsNextReport) {
  std::atomic<bool> started{false};
  JobRunner runner(store(), clock_, Config());
  runner.Register("test.forever", [&](JobContext& ctx) {
    for (std::int64_t done = 1;; ++done) {
      started = true;
      if (ctx.Report({0, done, 0}, true)) return JobOutcome::Cancelled("cancelled after " + std::to_string(done));
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  ASSERT_TRUE(runner.Start().ok());
  const std::int64_t id = runner.Submit(Kind("test.forever")).value();
  while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_TRUE(store().RequestJobCancel(id, kT0 + 1).ok());
  Job job = WaitFinished(id);
  EXPECT_EQ(job.status, JobStatus::kCancelled);
  EXPECT_EQ(job.message.rfind("cancelled after ", 0), 0u);
  EXPECT_TRUE(job.cancel_requested);
}

TEST_P(JobRunnerTest, StartFailsJobsWhoseProcessDied) {
  const std::int64_t dead = store().CreateJob(Kind("test.count")).value();
  ASSERT_TRUE(store().ClaimJob(dead, kT0).ok());  // claimed by a process that was then killed
  clock_.Advance(3600);
  JobRunner runner(store(), clock_, Config());
  runner.Register("test.count", CountingHandler);
  ASSERT_TRUE(runner.Start().ok());
  Job job = Get(dead);
  EXPECT_EQ(job.status, JobStatus::kFailed);
  EXPECT_NE(job.message.find("start the job again"), std::string::npos);
}

TEST_P(JobRunnerTest, AHandlerThatThrowsFailsItsJobWithTheReason) {
  JobRunner runner(store(), clock_, Config());
  runner.Register("test.throw", [](JobContext&) -> JobOutcome { throw std::runtime_error("disk full"); });
  const std::int64_t id = store().CreateJob(Kind("test.throw")).value();
  auto job = runner.RunNow(id);
  ASSERT_TRUE(job.ok()) << job.status().message();
  EXPECT_EQ(job->status, JobStatus::kFailed);
  EXPECT_NE(job->message.find("disk full"), std::string::npos);
}

TEST_P(JobRunnerTest, RunNowRunsOnTheCallersThreadAndTellsTheObserver) {
  std::vector<std::int64_t> seen;
  JobRunnerConfig config = Config();
  config.on_progress = [&](const Job&, const JobProgress& progress) { seen.push_back(progress.rows_done); };
  JobRunner runner(store(), clock_, config);
  runner.Register("test.count", CountingHandler);
  const std::int64_t id = store().CreateJob(Kind("test.count")).value();
  auto job = runner.RunNow(id);
  ASSERT_TRUE(job.ok()) << job.status().message();
  EXPECT_EQ(job->status, JobStatus::kSucceeded);
  EXPECT_EQ(seen.front(), 10);
  EXPECT_EQ(seen.back(), 30);
  EXPECT_EQ(runner.RunNow(id).status().code(), domain::ErrorCode::kFailedPrecondition);  // not queued any more
}

TEST_P(JobRunnerTest, StoppingTheRunnerFailsTheRunningJobSoItCanBeStartedAgain) {
  std::atomic<bool> started{false};
  JobRunner runner(store(), clock_, Config());
  runner.Register("test.forever", [&](JobContext& ctx) {
    started = true;
    while (!ctx.Report({0, 1, 0})) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return JobOutcome::Cancelled("stopped");
  });
  ASSERT_TRUE(runner.Start().ok());
  const std::int64_t id = runner.Submit(Kind("test.forever")).value();
  while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  runner.Stop();
  Job job = Get(id);
  EXPECT_EQ(job.status, JobStatus::kFailed);
  EXPECT_NE(job.message.find("server stopped"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, JobRunnerTest, ::testing::ValuesIn(test_support::AllTestEngines()),
                         [](const auto& info) { return std::string(test_support::TestEngineName(info.param)); });

}  // namespace
}  // namespace tepat::service

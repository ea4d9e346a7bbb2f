// Registry deduplication as a background job of kind "dedup" on both engines: progress reaches the job (units of
// the stage) and the run (the stage), an operator's cancel stops a working run, one run at a time, and a run whose
// job died reads as failed.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "app/dedup_config.hpp"
#include "app/demo_people.hpp"
#include "service/crypto.hpp"
#include "service/services.hpp"
#include "support/test_databases.hpp"

namespace tepat::service {
namespace {

constexpr domain::UnixSeconds kT0 = 1'700'000'000;
constexpr auto kWaitLimit = std::chrono::minutes(3);  // a bound on waiting, not a timing assertion
constexpr int kSamplePeople = 94;

/// One stored progress report of a job, as JobRunnerConfig::on_progress saw it.
struct Report {
  std::int64_t job_id = 0;
  store::JobProgress progress;
};

class DedupJobTest : public ::testing::TestWithParam<test_support::TestEngine> {
 protected:
  void SetUp() override {
    auto opened = test_support::OpenMigratedTestStore(GetParam());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
    auto applied = store().ApplyPeople(app::DemoPeopleWithDuplicates(), store::ChangeSource{});
    ASSERT_TRUE(applied.ok()) << applied.status().message();
    work_dir_ = std::filesystem::temp_directory_path() / ("tepat-dedup-jobs-" + RandomHex(8));
    JobRunnerConfig jobs;
    jobs.poll_interval = std::chrono::milliseconds(20);
    jobs.progress_interval = std::chrono::milliseconds(0);
    jobs.work_dir = work_dir_;
    jobs.on_progress = [this](const store::Job& job, const store::JobProgress& progress) { OnProgress(job, progress); };
    services_ = std::make_unique<Services>(store(), clock_, HashCost::kFastForTests, AuthConfig{}, CommunityConfig{},
                                           ComplaintConfig{}, jobs);
    auto config = app::ReadDedupConfig(app::kDefaultDedupSettingsPath);
    ASSERT_TRUE(config.ok()) << config.status().message();
    settings_text_ = config->settings_text;
    services_->dedup().Configure(std::move(config).value());
  }
  void TearDown() override {
    services_.reset();
    std::filesystem::remove_all(work_dir_);
  }

  store::Store& store() { return *db_.store; }
  DedupService& dedup() { return services_->dedup(); }

  // Runs on the job's thread. The first report of a dedup job cancels its run when cancel_first_report_ is set.
  void OnProgress(const store::Job& job, const store::JobProgress& progress) {
    if (job.kind != kDedupJobKind) return;
    const std::int64_t run_id = std::stoll(job.params);
    auto run = dedup().GetRun(Actor::System(), run_id);
    const bool estimated = run.ok() && dedup().Timing(*run, clock_.Now()).remaining.has_value();
    bool cancel = false;
    {
      std::lock_guard lock(mutex_);
      reports_.push_back({job.id, progress});
      remaining_estimated_ = remaining_estimated_ || estimated;
      cancel = cancel_first_report_ && !cancelled_;
      if (cancel) cancelled_ = true;
    }
    if (cancel) EXPECT_TRUE(dedup().Cancel(Actor::System(), run_id).ok());
  }

  store::DedupRun WaitFinished(std::int64_t run_id) {
    const auto limit = std::chrono::steady_clock::now() + kWaitLimit;
    while (std::chrono::steady_clock::now() < limit) {
      auto run = dedup().GetRun(Actor::System(), run_id);
      EXPECT_TRUE(run.ok()) << run.status().message();
      if (!run.ok() || store::IsFinished(run->status)) return run.ok() ? *run : store::DedupRun{};
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "dedup run " << run_id << " did not finish";
    return {};
  }

  // The run is marked finished by the job's handler; the job itself a moment later, when the handler returns.
  store::Job WaitJobFinished(const store::DedupRun& run) {
    const auto limit = std::chrono::steady_clock::now() + kWaitLimit;
    while (std::chrono::steady_clock::now() < limit) {
      const store::Job job = JobOf(run);
      if (job.id == 0 || store::IsFinished(job.status)) return job;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "the job of dedup run " << run.id << " did not finish";
    return {};
  }

  store::Job JobOf(const store::DedupRun& run) {
    auto job = dedup().JobOfRun(run.id);
    EXPECT_TRUE(job.ok() && job->has_value()) << "run " << run.id << " has a job";
    return job.ok() && job->has_value() ? **job : store::Job{};
  }

  test_support::TestStore db_;
  ManualClock clock_{kT0};
  std::filesystem::path work_dir_;
  std::unique_ptr<Services> services_;
  std::string settings_text_;
  std::mutex mutex_;
  std::vector<Report> reports_;
  bool cancel_first_report_ = false;
  bool cancelled_ = false;
  bool remaining_estimated_ = false;
  std::mutex stages_mutex_;
  std::vector<std::pair<std::string, std::int64_t>> stages_;  // (stage, total) as the progress observer saw them
};

TEST_P(DedupJobTest, ARunIsAJobWhoseProgressCountsTheUnitsOfEachStage) {
  // The observer writes into the fixture, which outlives the job's thread (joined in TearDown): the run reads as
  // finished before its job thread has returned, so locals of this body could be gone when it reports last.
  dedup().SetProgressObserver([this](std::string_view stage, std::int64_t, std::int64_t total) {
    std::lock_guard lock(stages_mutex_);
    stages_.emplace_back(std::string(stage), total);
  });
  ASSERT_TRUE(services_->jobs().Start().ok());
  auto queued = dedup().Start(Actor::System(), std::nullopt);
  ASSERT_TRUE(queued.ok()) << queued.status().message();
  EXPECT_EQ(JobOf(*queued).params, std::to_string(queued->id));

  const store::DedupRun run = WaitFinished(queued->id);
  ASSERT_EQ(run.status, store::DedupRunStatus::kSucceeded) << run.message;
  EXPECT_EQ(run.counts.records, kSamplePeople);
  EXPECT_GE(run.counts.clusters, 3);
  EXPECT_EQ(run.settings_text, settings_text_);
  EXPECT_EQ(run.settings_digest, Sha256Hex(settings_text_));
  EXPECT_NE(run.data_version.find("people=" + std::to_string(kSamplePeople)), std::string::npos);
  EXPECT_FALSE(run.progress.stage.empty());
  EXPECT_NE(run.started_at, 0);
  EXPECT_FALSE(dedup().Timing(run, clock_.Now()).remaining.has_value()) << "no estimate once finished";

  const store::Job job = WaitJobFinished(run);
  EXPECT_EQ(job.status, store::JobStatus::kSucceeded);
  EXPECT_NE(job.message.find("clusters"), std::string::npos) << job.message;
  std::lock_guard lock(mutex_);
  const bool pairs_counted = std::any_of(reports_.begin(), reports_.end(), [&](const Report& r) {
    return r.job_id == job.id && r.progress.rows_total > 0 && r.progress.rows_done > 0;
  });
  EXPECT_TRUE(pairs_counted) << "the job's stored progress counts done of a known total";
  EXPECT_TRUE(remaining_estimated_) << "while it worked, the run had a remaining-time estimate";
  std::lock_guard stages_lock(stages_mutex_);
  const bool compared = std::any_of(stages_.begin(), stages_.end(), [](const auto& s) {
    return s.first == "comparing" && s.second > 0;
  });
  EXPECT_TRUE(compared) << "the observer (the command line's bar) sees the pairs of the comparing stage";
}

TEST_P(DedupJobTest, CancelStopsAWorkingRunThroughItsJob) {
  cancel_first_report_ = true;
  ASSERT_TRUE(services_->jobs().Start().ok());
  auto queued = dedup().Start(Actor::System(), std::nullopt);
  ASSERT_TRUE(queued.ok()) << queued.status().message();
  const store::DedupRun run = WaitFinished(queued->id);
  {
    std::lock_guard lock(mutex_);
    EXPECT_TRUE(cancelled_) << "the cancel came while the run worked";
  }
  EXPECT_EQ(run.status, store::DedupRunStatus::kCancelled) << run.message;
  EXPECT_TRUE(run.cancel_requested);
  EXPECT_NE(run.started_at, 0) << "it had started";
  EXPECT_EQ(WaitJobFinished(run).status, store::JobStatus::kCancelled);
  auto queue = dedup().ListQueue(Actor::System(), store::DedupClusterFilter{.status = store::DedupClusterStatus::kOpen});
  ASSERT_TRUE(queue.ok()) << queue.status().message();
  EXPECT_EQ(queue->total, 0) << "a cancelled run stores no clusters";
}

TEST_P(DedupJobTest, OneRunAtATimeAndAQueuedRunCancelsAtOnce) {
  auto first = dedup().Start(Actor::System(), std::nullopt);  // the runner is not started: it stays queued
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(dedup().Start(Actor::System(), std::nullopt).status().code(), domain::ErrorCode::kFailedPrecondition);
  auto cancelled = dedup().Cancel(Actor::System(), first->id);
  ASSERT_TRUE(cancelled.ok()) << cancelled.status().message();
  EXPECT_EQ(cancelled->status, store::DedupRunStatus::kCancelled);
  EXPECT_EQ(JobOf(*first).status, store::JobStatus::kCancelled);
  EXPECT_TRUE(dedup().Start(Actor::System(), std::nullopt).ok()) << "the slot is free again";
}

TEST_P(DedupJobTest, ARunWhoseJobDiedReadsAsFailed) {
  auto queued = dedup().Start(Actor::System(), std::nullopt);
  ASSERT_TRUE(queued.ok()) << queued.status().message();
  ASSERT_TRUE(store().ClaimJob(JobOf(*queued).id, kT0).ok());
  ASSERT_EQ(store().FailStaleJobs(kT0 + 1, kT0 + 2).value(), 1);  // its process died
  auto run = dedup().GetRun(Actor::System(), queued->id);
  ASSERT_TRUE(run.ok()) << run.status().message();
  EXPECT_EQ(run->status, store::DedupRunStatus::kFailed);
  EXPECT_FALSE(run->message.empty());
  EXPECT_TRUE(dedup().Start(Actor::System(), std::nullopt).ok()) << "a dead run does not block the next";
}

INSTANTIATE_TEST_SUITE_P(Engines, DedupJobTest, ::testing::ValuesIn(test_support::AllTestEngines()),
                         [](const auto& info) { return std::string(test_support::TestEngineName(info.param)); });

}  // namespace
}  // namespace tepat::service

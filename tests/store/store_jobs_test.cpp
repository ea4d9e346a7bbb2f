// Shared store suite: background jobs — queue, claim, progress (heartbeat), cancel, finish, stale detection.
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using store::Job;
using store::JobOutcome;
using store::JobProgress;
using store::JobQuery;
using store::JobStatus;

constexpr domain::UnixSeconds kT0 = 1'700'000'000;
constexpr std::int64_t kAccount = 0;

class JobStoreTest : public StoreTest {
 protected:
  std::int64_t Queue(const std::string& kind) {
    Job job;
    job.kind = "import." + kind;
    job.params = R"({"round":"2024-1"})";
    job.scope_region = "35.10";
    job.file_name = "upload-" + kind + ".csv";
    job.created_at = kT0;
    job.created_by = kAccount;
    auto id = store().CreateJob(job);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? *id : 0;
  }
  Job Get(std::int64_t id) { return store().GetJob(id).value().value(); }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(JobStoreTest);

TEST_P(JobStoreTest, JobRunsFromQueuedToSucceededWithProgress) {
  const std::int64_t id = Queue("dukcapil");
  EXPECT_EQ(Get(id).status, JobStatus::kQueued);
  EXPECT_EQ(Get(id).file_name, "upload-dukcapil.csv");
  ASSERT_TRUE(store().ClaimJob(id, kT0 + 1).ok());
  EXPECT_EQ(store().ClaimJob(id, kT0 + 1).code(), domain::ErrorCode::kFailedPrecondition);

  auto cancel = store().ReportJobProgress(id, JobProgress{.rows_total = 100, .rows_done = 40, .rows_errors = 2},
                                             kT0 + 5);
  ASSERT_TRUE(cancel.ok()) << cancel.status().message();
  EXPECT_FALSE(*cancel);
  Job running = Get(id);
  EXPECT_EQ(running.status, JobStatus::kRunning);
  EXPECT_EQ(running.started_at, kT0 + 1);
  EXPECT_EQ(running.heartbeat_at, kT0 + 5);
  EXPECT_EQ(running.rows_done, 40);
  EXPECT_EQ(running.rows_errors, 2);
  EXPECT_EQ(running.rows_total, 100);

  ASSERT_TRUE(store().FinishJob(id, JobOutcome{JobStatus::kSucceeded, "", "var/errors/job-1.csv", "var/jobs/diff-1.csv"}, kT0 + 9).ok());
  Job done = Get(id);
  EXPECT_EQ(done.status, JobStatus::kSucceeded);
  EXPECT_EQ(done.finished_at, kT0 + 9);
  EXPECT_EQ(done.error_report_path, "var/errors/job-1.csv");
  EXPECT_EQ(done.result_path, "var/jobs/diff-1.csv");
  EXPECT_EQ(done.params, R"({"round":"2024-1"})");
  EXPECT_EQ(done.scope_region, "35.10");
  EXPECT_EQ(done.kind, "import.dukcapil");
  EXPECT_EQ(store().FinishJob(id, JobOutcome{JobStatus::kFailed, "late"}, kT0 + 10).code(),
            domain::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store().HeartbeatJob(id, kT0 + 10).code(), domain::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store().FinishJob(id, JobOutcome{JobStatus::kRunning}, kT0).code(),
            domain::ErrorCode::kInvalidArgument);
}

TEST_P(JobStoreTest, CancellingARunningJobIsSeenByItsNextProgressReport) {
  const std::int64_t id = Queue("dtks");
  ASSERT_TRUE(store().ClaimJob(id, kT0).ok());
  EXPECT_FALSE(store().IsJobCancelRequested(id).value());
  ASSERT_TRUE(store().RequestJobCancel(id, kT0 + 1).ok());
  EXPECT_TRUE(store().IsJobCancelRequested(id).value());
  EXPECT_TRUE(store().ReportJobProgress(id, JobProgress{.rows_done = 10}, kT0 + 2).value());
  ASSERT_TRUE(store().FinishJob(id, JobOutcome{JobStatus::kCancelled, "cancelled by the operator"}, kT0 + 3).ok());
  EXPECT_EQ(Get(id).status, JobStatus::kCancelled);
  EXPECT_TRUE(store().RequestJobCancel(id, kT0 + 4).ok());  // finished: nothing left to do
}

TEST_P(JobStoreTest, CancellingAQueuedJobEndsItAtOnce) {
  const std::int64_t id = Queue("programs");
  ASSERT_TRUE(store().RequestJobCancel(id, kT0 + 1).ok());
  EXPECT_EQ(Get(id).status, JobStatus::kCancelled);
  EXPECT_EQ(Get(id).finished_at, kT0 + 1);
  EXPECT_EQ(store().ClaimJob(id, kT0 + 2).code(), domain::ErrorCode::kFailedPrecondition);
}

TEST_P(JobStoreTest, ClaimNextTakesTheOldestQueuedJobOfAKindItRuns) {
  const std::vector<std::string> kinds = {"import.dukcapil", "import.recipients"};
  EXPECT_FALSE(store().ClaimNextJob(kinds, kT0).value().has_value());
  const std::int64_t other = Queue("dtks");
  const std::int64_t first = Queue("dukcapil");
  const std::int64_t second = Queue("recipients");
  auto claimed = store().ClaimNextJob(kinds, kT0 + 1);
  ASSERT_TRUE(claimed.ok() && claimed->has_value());
  EXPECT_EQ((*claimed)->id, first);
  EXPECT_EQ((*claimed)->status, JobStatus::kRunning);
  EXPECT_EQ(store().ClaimNextJob(kinds, kT0 + 2).value()->id, second);
  EXPECT_FALSE(store().ClaimNextJob(kinds, kT0 + 3).value().has_value());
  EXPECT_EQ(Get(other).status, JobStatus::kQueued);

  auto listed = store().ListJobs(JobQuery{.limit = 10});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ((*listed)[0].id, second);
  EXPECT_EQ(store().ListJobs(JobQuery{.limit = 10, .before_id = second}).value().size(), 2u);
  EXPECT_EQ(store().ListJobs(JobQuery{.limit = 10, .kind_prefix = "import.d"}).value().size(), 2u);
  EXPECT_EQ(store().ListJobs(JobQuery{.limit = 10, .kind_prefix = "screen"}).value().size(), 0u);
  EXPECT_EQ(store().ListJobs(JobQuery{.limit = 10, .created_by = 77}).value().size(), 0u);
}

TEST_P(JobStoreTest, JobWhoseProcessDiedIsMarkedFailedByItsStaleHeartbeat) {
  const std::int64_t dead = Queue("dukcapil");
  const std::int64_t alive = Queue("dtks");
  const std::int64_t queued = Queue("programs");
  ASSERT_TRUE(store().ClaimJob(dead, kT0).ok());
  ASSERT_TRUE(store().ClaimJob(alive, kT0).ok());
  ASSERT_TRUE(store().HeartbeatJob(dead, kT0 + 10).ok());
  ASSERT_TRUE(store().HeartbeatJob(alive, kT0 + 100).ok());

  EXPECT_EQ(store().FailStaleJobs(kT0 + 5, kT0 + 110).value(), 0);
  EXPECT_EQ(store().FailStaleJobs(kT0 + 50, kT0 + 110).value(), 1);
  const Job failed = Get(dead);
  EXPECT_EQ(failed.status, JobStatus::kFailed);
  EXPECT_EQ(failed.finished_at, kT0 + 110);
  EXPECT_NE(failed.message.find("stopped"), std::string::npos);
  EXPECT_EQ(Get(alive).status, JobStatus::kRunning);
  EXPECT_EQ(Get(queued).status, JobStatus::kQueued);
  // The worker, if it was only slow, learns that its job is over.
  EXPECT_EQ(store().ReportJobProgress(dead, JobProgress{}, kT0 + 111).status().code(),
            domain::ErrorCode::kFailedPrecondition);
}

TEST_P(JobStoreTest, UnknownJobIsNotFound) {
  const std::int64_t unknown = 999;
  EXPECT_FALSE(store().GetJob(unknown).value().has_value());
  EXPECT_EQ(store().ClaimJob(unknown, kT0).code(), domain::ErrorCode::kNotFound);
  EXPECT_EQ(store().HeartbeatJob(unknown, kT0).code(), domain::ErrorCode::kNotFound);
  EXPECT_EQ(store().RequestJobCancel(unknown, kT0).code(), domain::ErrorCode::kNotFound);
  EXPECT_EQ(store().IsJobCancelRequested(unknown).status().code(), domain::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace tepat::store_test

// Shared store suite: import jobs — queue, claim, progress (heartbeat), cancel, finish, stale detection.
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using store::ImportJob;
using store::ImportJobStatus;
using store::ImportProgress;

constexpr domain::UnixSeconds kT0 = 1'700'000'000;
constexpr std::int64_t kAccount = 0;

class JobStoreTest : public StoreTest {
 protected:
  std::int64_t Queue(const std::string& kind) {
    ImportJob job;
    job.kind = kind;
    job.file_name = "upload-" + kind + ".csv";
    job.created_at = kT0;
    job.created_by = kAccount;
    auto id = store().CreateImportJob(job);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? *id : 0;
  }
  ImportJob Job(std::int64_t id) { return store().GetImportJob(id).value().value(); }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(JobStoreTest);

TEST_P(JobStoreTest, JobRunsFromQueuedToSucceededWithProgress) {
  const std::int64_t id = Queue("dukcapil");
  EXPECT_EQ(Job(id).status, ImportJobStatus::kQueued);
  EXPECT_EQ(Job(id).file_name, "upload-dukcapil.csv");
  ASSERT_TRUE(store().ClaimImportJob(id, kT0 + 1).ok());
  EXPECT_EQ(store().ClaimImportJob(id, kT0 + 1).code(), domain::ErrorCode::kFailedPrecondition);

  auto cancel = store().ReportImportProgress(id, ImportProgress{.rows_total = 100, .rows_done = 40, .rows_errors = 2},
                                             kT0 + 5);
  ASSERT_TRUE(cancel.ok()) << cancel.status().message();
  EXPECT_FALSE(*cancel);
  ImportJob running = Job(id);
  EXPECT_EQ(running.status, ImportJobStatus::kRunning);
  EXPECT_EQ(running.started_at, kT0 + 1);
  EXPECT_EQ(running.heartbeat_at, kT0 + 5);
  EXPECT_EQ(running.rows_done, 40);
  EXPECT_EQ(running.rows_errors, 2);
  EXPECT_EQ(running.rows_total, 100);

  ASSERT_TRUE(store().FinishImportJob(id, ImportJobStatus::kSucceeded, "", "var/errors/job-1.csv", kT0 + 9).ok());
  ImportJob done = Job(id);
  EXPECT_EQ(done.status, ImportJobStatus::kSucceeded);
  EXPECT_EQ(done.finished_at, kT0 + 9);
  EXPECT_EQ(done.error_report_path, "var/errors/job-1.csv");
  EXPECT_EQ(store().FinishImportJob(id, ImportJobStatus::kFailed, "late", "", kT0 + 10).code(),
            domain::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store().HeartbeatImportJob(id, kT0 + 10).code(), domain::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store().FinishImportJob(id, ImportJobStatus::kRunning, "", "", kT0).code(),
            domain::ErrorCode::kInvalidArgument);
}

TEST_P(JobStoreTest, CancellingARunningJobIsSeenByItsNextProgressReport) {
  const std::int64_t id = Queue("dtks");
  ASSERT_TRUE(store().ClaimImportJob(id, kT0).ok());
  EXPECT_FALSE(store().IsImportCancelRequested(id).value());
  ASSERT_TRUE(store().RequestImportCancel(id, kT0 + 1).ok());
  EXPECT_TRUE(store().IsImportCancelRequested(id).value());
  EXPECT_TRUE(store().ReportImportProgress(id, ImportProgress{.rows_done = 10}, kT0 + 2).value());
  ASSERT_TRUE(store().FinishImportJob(id, ImportJobStatus::kCancelled, "cancelled by the operator", "", kT0 + 3).ok());
  EXPECT_EQ(Job(id).status, ImportJobStatus::kCancelled);
  EXPECT_TRUE(store().RequestImportCancel(id, kT0 + 4).ok());  // finished: nothing left to do
}

TEST_P(JobStoreTest, CancellingAQueuedJobEndsItAtOnce) {
  const std::int64_t id = Queue("programs");
  ASSERT_TRUE(store().RequestImportCancel(id, kT0 + 1).ok());
  EXPECT_EQ(Job(id).status, ImportJobStatus::kCancelled);
  EXPECT_EQ(Job(id).finished_at, kT0 + 1);
  EXPECT_EQ(store().ClaimImportJob(id, kT0 + 2).code(), domain::ErrorCode::kFailedPrecondition);
}

TEST_P(JobStoreTest, ClaimNextTakesTheOldestQueuedJob) {
  EXPECT_FALSE(store().ClaimNextImportJob(kT0).value().has_value());
  const std::int64_t first = Queue("dukcapil");
  const std::int64_t second = Queue("recipients");
  auto claimed = store().ClaimNextImportJob(kT0 + 1);
  ASSERT_TRUE(claimed.ok() && claimed->has_value());
  EXPECT_EQ((*claimed)->id, first);
  EXPECT_EQ((*claimed)->status, ImportJobStatus::kRunning);
  EXPECT_EQ(store().ClaimNextImportJob(kT0 + 2).value()->id, second);
  EXPECT_FALSE(store().ClaimNextImportJob(kT0 + 3).value().has_value());

  auto listed = store().ListImportJobs(10, 0);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].id, second);
  EXPECT_EQ(store().ListImportJobs(10, second).value().size(), 1u);
}

TEST_P(JobStoreTest, JobWhoseProcessDiedIsMarkedFailedByItsStaleHeartbeat) {
  const std::int64_t dead = Queue("dukcapil");
  const std::int64_t alive = Queue("dtks");
  const std::int64_t queued = Queue("programs");
  ASSERT_TRUE(store().ClaimImportJob(dead, kT0).ok());
  ASSERT_TRUE(store().ClaimImportJob(alive, kT0).ok());
  ASSERT_TRUE(store().HeartbeatImportJob(dead, kT0 + 10).ok());
  ASSERT_TRUE(store().HeartbeatImportJob(alive, kT0 + 100).ok());

  EXPECT_EQ(store().FailStaleImportJobs(kT0 + 5, kT0 + 110).value(), 0);
  EXPECT_EQ(store().FailStaleImportJobs(kT0 + 50, kT0 + 110).value(), 1);
  const ImportJob failed = Job(dead);
  EXPECT_EQ(failed.status, ImportJobStatus::kFailed);
  EXPECT_EQ(failed.finished_at, kT0 + 110);
  EXPECT_NE(failed.message.find("stopped"), std::string::npos);
  EXPECT_EQ(Job(alive).status, ImportJobStatus::kRunning);
  EXPECT_EQ(Job(queued).status, ImportJobStatus::kQueued);
  // The worker, if it was only slow, learns that its job is over.
  EXPECT_EQ(store().ReportImportProgress(dead, ImportProgress{}, kT0 + 111).status().code(),
            domain::ErrorCode::kFailedPrecondition);
}

TEST_P(JobStoreTest, UnknownJobIsNotFound) {
  const std::int64_t unknown = 999;
  EXPECT_FALSE(store().GetImportJob(unknown).value().has_value());
  EXPECT_EQ(store().ClaimImportJob(unknown, kT0).code(), domain::ErrorCode::kNotFound);
  EXPECT_EQ(store().HeartbeatImportJob(unknown, kT0).code(), domain::ErrorCode::kNotFound);
  EXPECT_EQ(store().RequestImportCancel(unknown, kT0).code(), domain::ErrorCode::kNotFound);
  EXPECT_EQ(store().IsImportCancelRequested(unknown).status().code(), domain::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace tepat::store_test

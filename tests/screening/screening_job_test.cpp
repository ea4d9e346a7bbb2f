// The screening job on JobRunner, on both engines: progress in list rows, the stored run (settings, data version,
// rows, counts), bad rows listed with reasons, an empty list, a region inside the program's, cancel, and a job
// whose program is unknown.
#include <gtest/gtest.h>

#include "screening/screening_fixture.hpp"
#include "service/job_runner.hpp"
#include "service/screening_job.hpp"

namespace tepat::store_test {
namespace {

class ScreeningJobTest : public ScreeningServiceTest {
 protected:
  void SetUp() override {
    ScreeningServiceTest::SetUp();
    config_.progress_interval = std::chrono::milliseconds(0);
    config_.work_dir = dir_ / "jobs";
    config_.on_progress = [this](const store::Job&, const store::JobProgress& progress) {
      reports_.push_back(progress);
      if (cancel_on_first_report_) (void)store().RequestJobCancel(progress_job_, clock_.Now());
    };
  }

  // Queues a screening of `list` and runs it on this thread; returns the finished job.
  store::Job Screen(const std::string& list, const std::string& program = "BST", const std::string& region = "") {
    service::JobRunner runner(store(), clock_, config_);
    service::RegisterScreeningJob(runner, *service_);
    const service::ScreeningRequest request{WriteList(list), "usulan.csv", program, "2024-01", region, 0};
    auto id = service::SubmitScreening(runner, *service_, request);
    EXPECT_TRUE(id.ok()) << id.status().message();
    progress_job_ = *id;
    auto job = runner.RunNow(*id);
    EXPECT_TRUE(job.ok()) << job.status().message();
    return *job;
  }

  store::ScreeningRun Run(std::int64_t job_id) { return store().GetScreeningRunOfJob(job_id).value().value(); }

  service::JobRunnerConfig config_;
  std::vector<store::JobProgress> reports_;
  bool cancel_on_first_report_ = false;
  std::int64_t progress_job_ = 0;
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(ScreeningJobTest);

TEST_P(ScreeningJobTest, ScreensTheListWithProgressAndStoresTheRun) {
  SeedRegistry();
  const store::Job job = Screen("NIK,NAMA,KODE_DESA\n" + Line(0, "Warga Nomor 0") + Line(1, "Warga Nomor 1") +
                                "1234,Orang Lain,35.10.01.2001,EXTRA\n" + Line(5, "Warga Nomor 5"));
  ASSERT_EQ(job.status, store::JobStatus::kSucceeded) << job.message;
  EXPECT_EQ(job.kind, service::kScreeningJobKind);
  EXPECT_EQ(job.rows_total, 4);
  EXPECT_EQ(job.rows_done, 4);
  EXPECT_EQ(job.rows_errors, 1);  // the broken row
  ASSERT_FALSE(reports_.empty());
  EXPECT_EQ(reports_.back().rows_done, reports_.back().rows_total);
  EXPECT_NE(job.message.find("LOLOS"), std::string::npos);

  const store::ScreeningRun run = Run(job.id);
  EXPECT_EQ(run.program_code, "BST");
  EXPECT_EQ(run.period, "2024-01");
  EXPECT_EQ(run.list_name, "usulan.csv");
  EXPECT_EQ(run.rows_total, 4);
  EXPECT_EQ(run.lolos + run.perlu_verifikasi + run.ditolak, 4);
  EXPECT_EQ(run.data_version, store().RegistryDataVersion().value());
  EXPECT_NE(run.settings.find("\"rules\""), std::string::npos);
  auto broken = store().ListScreeningRows(run.id, store::ScreeningRowQuery{"", "DATA_TIDAK_LENGKAP", 10, 0});
  ASSERT_TRUE(broken.ok());
  ASSERT_EQ(broken->total, 1);
  EXPECT_EQ(broken->rows[0].line, 4);
  EXPECT_NE(broken->rows[0].details.find("baris 4"), std::string::npos);
  auto dead = store().ListScreeningRows(run.id, store::ScreeningRowQuery{"DITOLAK", "MENINGGAL", 10, 0});
  ASSERT_TRUE(dead.ok());
  EXPECT_EQ(dead->total, 1);
}

TEST_P(ScreeningJobTest, EmptyListAndEmptyRegistryGiveEmptyResults) {
  ASSERT_TRUE(store().ApplyPrograms({TestProgram("BST")}, {}).ok());
  const store::Job empty = Screen("NIK,NAMA\n");
  ASSERT_EQ(empty.status, store::JobStatus::kSucceeded) << empty.message;
  EXPECT_EQ(Run(empty.id).rows_total, 0);
  const store::Job unfound = Screen("NIK,NAMA\n" + TestPerson(0).nik + ",Warga\n");
  ASSERT_EQ(unfound.status, store::JobStatus::kSucceeded) << unfound.message;
  EXPECT_EQ(Run(unfound.id).rows_total, 1);
}

TEST_P(ScreeningJobTest, ARegionInsideTheProgramsMarksRowsOutsideIt) {
  SeedRegistry();
  const std::string list = "NIK,NAMA,KODE_DESA\n" + Line(0, "Warga Nomor 0");
  const store::Job whole = Screen(list);
  ASSERT_EQ(whole.status, store::JobStatus::kSucceeded) << whole.message;
  const store::Job narrowed = Screen(list, "BST", "35.10.02");
  ASSERT_EQ(narrowed.status, store::JobStatus::kSucceeded) << narrowed.message;
  auto outside = [&](const store::Job& job) {
    return store().ListScreeningRows(Run(job.id).id, store::ScreeningRowQuery{"", "DI_LUAR_WILAYAH", 10, 0})->total;
  };
  EXPECT_EQ(outside(whole), 0);
  EXPECT_EQ(outside(narrowed), 1);
  const store::Job elsewhere = Screen(list, "BST", "32.73");
  EXPECT_EQ(elsewhere.status, store::JobStatus::kFailed);
  EXPECT_NE(elsewhere.message.find("region"), std::string::npos) << elsewhere.message;
}

TEST_P(ScreeningJobTest, CancelStopsTheJobAndStoresNoRows) {
  SeedRegistry();
  cancel_on_first_report_ = true;
  const store::Job job = Screen("NIK,NAMA,KODE_DESA\n" + Line(0, "Warga Nomor 0") + Line(1, "Warga Nomor 1"));
  EXPECT_EQ(job.status, store::JobStatus::kCancelled) << job.message;
  const store::ScreeningRun run = Run(job.id);
  EXPECT_EQ(run.rows_total, 0);
  EXPECT_TRUE(run.data_version.empty());
}

TEST_P(ScreeningJobTest, UnknownProgramFailsTheJobWithItsName) {
  SeedRegistry();
  const store::Job job = Screen("NIK,NAMA\n", "NOPE");
  EXPECT_EQ(job.status, store::JobStatus::kFailed);
  EXPECT_NE(job.message.find("NOPE"), std::string::npos) << job.message;
}

TEST_P(ScreeningJobTest, SubmitRefusesAMissingProgramOrPeriod) {
  service::JobRunner runner(store(), clock_, config_);
  service::RegisterScreeningJob(runner, *service_);
  const service::ScreeningRequest no_period{WriteList("NIK\n"), "x.csv", "BST", "", "", 0};
  EXPECT_EQ(service::SubmitScreening(runner, *service_, no_period).status().code(), domain::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace tepat::store_test

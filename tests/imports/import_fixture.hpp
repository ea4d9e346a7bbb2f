#pragma once
// Shared by the import suites: a migrated store per engine, a job runner with the import handlers, small valid
// registry files and helpers to run one import job.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "domain/region_directory.hpp"
#include "ingest/ingest_testing.hpp"
#include "service/import_service.hpp"
#include "service/job_runner.hpp"
#include "support/test_databases.hpp"

namespace tepat::import_test {

using test_support::TestEngine;

using TempFolder = ingest::testing::TempDir;
using ingest::testing::ReadFile;
using ingest::testing::WriteFile;

/// NIK of the i-th man born 12/03/1985 in kecamatan 35.10.01 (i in 1..9999).
inline std::string Nik(int i) {
  char text[20];
  std::snprintf(text, sizeof text, "351001120385%04d", i);
  return text;
}

/// A dukcapil CSV with `n` valid people in desa 35.10.01.2001, address "JL. MAWAR <i>", alive.
inline std::string DukcapilFile(int n) {
  std::string text = "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA,ALAMAT\n";
  for (int i = 1; i <= n; ++i) {
    text += Nik(i) + ",3510010101200001,ORANG " + std::to_string(i) + ",12/03/1985,L,3510012001,JL. MAWAR " +
            std::to_string(i) + "\n";
  }
  return text;
}

/// Runs import jobs of one engine's scratch store in the foreground.
class ImportTest : public ::testing::TestWithParam<TestEngine> {
 protected:
  void SetUp() override {
    auto opened = test_support::OpenMigratedTestStore(GetParam());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db_ = std::move(opened).value();
    for (const char* code : {"351001", "351002"}) regions_.Add(code);
  }

  store::Store& store() { return *db_.store; }

  /// Runs one import of `text` (written to a file) as `kind`, started by `account` (0 = CLI), in batches of
  /// `batch_size`; `observer` sees every progress report.
  store::Job RunImport(ingest::TemplateKind kind, const std::string& text, std::int64_t account = 0,
                       std::size_t batch_size = 10, service::JobProgressObserver observer = {}) {
    const std::filesystem::path file = folder_ / ("input-" + std::to_string(++files_) + ".csv");
    WriteFile(file, text);
    service::JobRunnerConfig config;
    config.work_dir = folder_ / "jobs";
    config.progress_interval = std::chrono::milliseconds(0);
    config.on_progress = std::move(observer);
    service::JobRunner runner(store(), clock_, config);
    service::ImportConfig import_config = import_config_;
    import_config.batch_size = batch_size;
    service::ImportService imports(store(), clock_, regions_, import_config);
    imports.RegisterHandlers(runner);
    store::Job job;
    job.kind = service::ImportJobKind(kind);
    job.file_name = file.string();
    job.created_by = account;
    auto id = store().CreateJob(job);
    EXPECT_TRUE(id.ok()) << id.status().message();
    auto done = runner.RunNow(id.value());
    EXPECT_TRUE(done.ok()) << done.status().message();
    return done.ok() ? *done : store::Job{};
  }

  domain::Person Person(int i) {
    auto found = store().FindPersonByNik(Nik(i));
    EXPECT_TRUE(found.ok() && found->has_value()) << "person " << i;
    return found.ok() && found->has_value() ? **found : domain::Person{};
  }

  test_support::TestStore db_;
  service::ImportConfig import_config_;  ///< RunImport's settings (its batch_size argument wins)
  domain::InMemoryRegionDirectory regions_;
  service::ManualClock clock_{1'790'000'000};  // 2026-09
  TempFolder folder_;
  int files_ = 0;
};

}  // namespace tepat::import_test

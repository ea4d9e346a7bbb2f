#pragma once
// Shared fixture of the screening suites: a ScreeningService on a scratch store (both engines) with fuzzy settings
// for three fields, a small seeded registry and list files in a temporary folder.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "service/clock.hpp"
#include "service/screening_service.hpp"
#include "store/registry_fixtures.hpp"
#include "store/store_fixture.hpp"

namespace tepat::store_test {

namespace fs = std::filesystem;

inline match::MatchSettings FuzzySettings() {
  match::MatchSettings settings;
  settings.id_column = "RECORD_ID";
  const auto field = [](std::string name, const char* column, match::NormalizeKind kind,
                        std::vector<match::LevelSpec> levels) {
    match::FieldSpec spec;
    spec.name = std::move(name);
    spec.column = column;
    spec.normalize = kind;
    spec.levels = std::move(levels);
    return spec;
  };
  settings.fields = {
      field("nama", "NAMA", match::NormalizeKind::kIndonesianName,
            {{match::LevelKind::kExact}, {match::LevelKind::kJaroWinkler, 0.9}}),
      field("lahir", "TANGGAL_LAHIR", match::NormalizeKind::kDate, {{match::LevelKind::kExact}}),
      field("desa", "KODE_DESA", match::NormalizeKind::kDigits, {{match::LevelKind::kExact}}),
  };
  settings.blocking = {{"desa", {{"desa", match::KeyTransform::kValue, 0}}}};
  settings.u_sample_pairs = 1000;
  return settings;
}

class ScreeningServiceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    dir_ = fs::temp_directory_path() / ("tepat-screening-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    service::ScreeningConfig config;
    config.match_settings = FuzzySettings();
    config.rules.defaults.decile_cap = 3;
    service_ = std::make_unique<service::ScreeningService>(store(), clock_, config);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void SeedRegistry() {
    std::vector<store::PersonUpdate> people = TestPeople(8);
    people[1].life_status = Patch<domain::LifeStatus>::Set(domain::LifeStatus::kDeceased);
    people[1].status_date = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2023, 5, 1));
    ASSERT_TRUE(store().ApplyPeople(people, {}).ok());
    ASSERT_TRUE(store().ApplyDtks({TestDtks(0, "2024-03", 2), TestDtks(4, "2024-03", 6)}, {}).ok());
    ASSERT_TRUE(store().ApplyPrograms({TestProgram("BST"), TestProgram("PKH")}, {}).ok());
    ASSERT_TRUE(store().ApplyRecipients({TestRecipient(5, "BST", "2024-01")}, {}).ok());
  }

  fs::path WriteList(const std::string& text) {
    const fs::path path = dir_ / "usulan.csv";
    std::ofstream(path) << text;
    return path;
  }

  static std::string Line(int i, const std::string& name) {
    return TestPerson(i).nik + "," + name + ",35.10.01.2001\n";
  }

  service::ManualClock clock_{1'700'000'000};
  std::unique_ptr<service::ScreeningService> service_;
  fs::path dir_;
};
}  // namespace tepat::store_test

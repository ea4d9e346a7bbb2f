// Shared store suite: bulk registry scans for screening, the registry data version, stored screening runs.
#include "registry_fixtures.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

class ScreeningStoreTest : public StoreTest {};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(ScreeningStoreTest);

TEST_P(ScreeningStoreTest, ScansEveryRowInPagesAndStopsOnVisitorFailure) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(7), {}).ok());
  ASSERT_TRUE(store().ApplyDtks({TestDtks(0, "2024-03", 2), TestDtks(1, "2024-03", 3)}, {}).ok());
  ASSERT_TRUE(store().ApplyPrograms({TestProgram("BST")}, {}).ok());
  ASSERT_TRUE(store().ApplyRecipients({TestRecipient(2, "BST", "2024-01")}, {}).ok());
  std::vector<std::string> niks;
  int pages = 0;
  auto people = store().ScanPeople(
      [&](const std::vector<domain::Person>& page) {
        ++pages;
        for (const auto& person : page) niks.push_back(person.nik);
        return domain::Status::Ok();
      },
      3);
  ASSERT_TRUE(people.ok()) << people.message();
  EXPECT_EQ(pages, 3);
  ASSERT_EQ(niks.size(), 7u);
  EXPECT_EQ(niks[0], TestPerson(0).nik);
  EXPECT_EQ(niks[6], TestPerson(6).nik);

  int deciles = 0;
  ASSERT_TRUE(store()
                  .ScanDtks(
                      [&](const std::vector<domain::DtksMembership>& page) {
                        for (const auto& entry : page) deciles += entry.decile;
                        return domain::Status::Ok();
                      },
                      1)
                  .ok());
  EXPECT_EQ(deciles, 5);
  std::vector<domain::RecipientRecord> aid;
  ASSERT_TRUE(store()
                  .ScanRecipients(
                      [&](const std::vector<domain::RecipientRecord>& page) {
                        aid.insert(aid.end(), page.begin(), page.end());
                        return domain::Status::Ok();
                      },
                      100)
                  .ok());
  ASSERT_EQ(aid.size(), 1u);
  EXPECT_EQ(aid[0].program_code, "BST");
  EXPECT_EQ(aid[0].nik, TestPerson(2).nik);

  auto stopped = store().ScanPeople(
      [](const std::vector<domain::Person>&) { return domain::FailedPrecondition("cancelled"); }, 2);
  EXPECT_EQ(stopped.code(), domain::ErrorCode::kFailedPrecondition);
}

TEST_P(ScreeningStoreTest, DataVersionChangesWithTheRegistry) {
  auto empty = store().RegistryDataVersion();
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(*empty, "people=0@0;dtks=0@0;recipients=0@0");
  ASSERT_TRUE(store().ApplyPeople(TestPeople(2), {}).ok());
  auto after = store().RegistryDataVersion();
  ASSERT_TRUE(after.ok());
  EXPECT_NE(*after, *empty);
  EXPECT_TRUE(after->starts_with("people=2@"));
}

TEST_P(ScreeningStoreTest, StoresARunWithRowsAndFiltersThem) {
  store::ScreeningRun run;
  run.job_id = 42;
  run.program_code = "BST";
  run.period = "2024-01";
  run.list_name = "usulan.csv";
  run.settings = R"({"decile_cap":4})";
  run.data_version = "people=2@1;dtks=0@0;recipients=0@0";
  run.rows_total = 601;
  run.lolos = 1;
  run.ditolak = 600;
  std::vector<store::ScreeningRowRecord> rows;
  rows.push_back({2, TestPerson(0).nik, "", "Warga", "3510012001", "LOLOS", ",TERDAFTAR_DTKS,", "TERDAFTAR_DTKS: desil 2",
                  ""});
  for (int i = 0; i < 600; ++i) {  // more than one insert batch
    rows.push_back({3 + i, "", "", "Orang " + std::to_string(i), "", "DITOLAK", ",TIDAK_TERDAFTAR_DTKS,MENINGGAL,",
                    "MENINGGAL: meninggal 2023-05-01", "3510010000000001;WARGA;0.97"});
  }
  auto id = store().CreateScreeningRun(run);
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(store().CreateScreeningRun(run).status().code(), domain::ErrorCode::kAlreadyExists);
  auto queued = store().GetScreeningRunOfJob(42);
  ASSERT_TRUE(queued.ok() && queued->has_value());
  EXPECT_EQ((*queued)->program_code, "BST");
  EXPECT_EQ((*queued)->settings, "");
  ASSERT_TRUE(store().CompleteScreeningRun(*id, run, {rows[0]}).ok());
  ASSERT_TRUE(store().CompleteScreeningRun(*id, run, rows).ok());  // a second attempt replaces the rows
  EXPECT_EQ(store().CompleteScreeningRun(*id + 100, run, rows).code(), domain::ErrorCode::kNotFound);
  auto listed = store().ListScreeningRuns(10, 0);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].list_name, "usulan.csv");
  auto stored = store().GetScreeningRunOfJob(42);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->id, *id);
  EXPECT_EQ((*stored)->settings, run.settings);
  EXPECT_EQ((*stored)->data_version, run.data_version);
  EXPECT_EQ((*stored)->ditolak, 600);
  EXPECT_GT((*stored)->created_at, 0);
  EXPECT_FALSE(store().GetScreeningRunOfJob(7).value().has_value());

  auto all = store().ListScreeningRows(*id, store::ScreeningRowQuery{"", "", 10, 0});
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(all->total, 601);
  ASSERT_EQ(all->rows.size(), 10u);
  EXPECT_EQ(all->rows[0].line, 2);
  EXPECT_EQ(all->rows[0].details, "TERDAFTAR_DTKS: desil 2");
  // TERDAFTAR_DTKS must not match TIDAK_TERDAFTAR_DTKS.
  auto in_dtks = store().ListScreeningRows(*id, store::ScreeningRowQuery{"", "TERDAFTAR_DTKS", 10, 0});
  ASSERT_TRUE(in_dtks.ok());
  EXPECT_EQ(in_dtks->total, 1);
  auto rejected = store().ListScreeningRows(*id, store::ScreeningRowQuery{"DITOLAK", "", 5, 598});
  ASSERT_TRUE(rejected.ok());
  EXPECT_EQ(rejected->total, 600);
  ASSERT_EQ(rejected->rows.size(), 2u);
  EXPECT_EQ(rejected->rows[1].line, 602);
  EXPECT_EQ(rejected->rows[1].candidates, "3510010000000001;WARGA;0.97");
}

}  // namespace
}  // namespace tepat::store_test

// Shared store suite: bulk registry scans for screening, the registry data version, stored screening runs.
#include "registry_fixtures.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

class ScreeningStoreTest : public StoreTest {};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(ScreeningStoreTest);

// Every row of a cell scan, as vectors of cells (the page's views copied out).
using ScannedRows = std::vector<std::vector<std::string>>;
using CellScan = domain::Status (store::Store::*)(const std::function<domain::Status(store::TextRowPage&)>&, int);

ScannedRows ScanAll(store::Store& store, CellScan scan, int page_size, int& pages) {
  ScannedRows rows;
  const domain::Status scanned = (store.*scan)(
      [&](store::TextRowPage& page) {
        ++pages;
        for (size_t row = 0; row < page.rows(); ++row) {
          std::vector<std::string> cells;
          for (size_t column = 0; column < page.columns(); ++column) cells.emplace_back(page.Cell(row, column));
          rows.push_back(std::move(cells));
        }
        return domain::Status::Ok();
      },
      page_size);
  EXPECT_TRUE(scanned.ok()) << scanned.message();
  return rows;
}

TEST_P(ScreeningStoreTest, ScansTheCellsOfEveryRowInPagesAndStopsOnVisitorFailure) {
  std::vector<store::PersonUpdate> people = TestPeople(7);
  people[5].birth_place = Patch<std::string>::Keep();           // stored NULL: read as ""
  people[5].life_status = Patch<domain::LifeStatus>::Keep();     // never set: read as ""
  people[6].life_status = Patch<domain::LifeStatus>::Set(domain::LifeStatus::kDeceased);
  people[6].status_date = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2023, 5, 1));
  ASSERT_TRUE(store().ApplyPeople(people, {}).ok());
  store::DtksUpdate household = TestDtks(1, "2024-03", 3);
  household.nik.reset();
  household.status = domain::DtksStatus::kInactive;
  ASSERT_TRUE(store().ApplyDtks({TestDtks(0, "2024-03", 2), household}, {}).ok());
  ASSERT_TRUE(store().ApplyPrograms({TestProgram("BST")}, {}).ok());
  store::RecipientUpdate without_kk = TestRecipient(3, "BST", "2024-02");
  without_kk.kk = Patch<std::string>::Keep();
  ASSERT_TRUE(store().ApplyRecipients({TestRecipient(2, "BST", "2024-01"), without_kk}, {}).ok());

  int pages = 0;
  const ScannedRows scanned_people = ScanAll(store(), &store::Store::ScanPeopleCells, 3, pages);
  EXPECT_EQ(pages, 3);
  ASSERT_EQ(scanned_people.size(), 7u);
  using namespace store::person_cells;
  const std::vector<std::string>& first = scanned_people[0];
  ASSERT_EQ(first.size(), kCount);
  EXPECT_FALSE(first[kId].empty());
  EXPECT_EQ(first[kNik], people[0].nik);
  EXPECT_EQ(first[kKk], people[0].kk);
  EXPECT_EQ(first[kName], people[0].name);
  EXPECT_EQ(first[kBirthPlace], "BANYUWANGI");
  EXPECT_EQ(first[kBirthDate], people[0].birth_date.Iso());
  EXPECT_EQ(first[kSex], "L");
  EXPECT_EQ(first[kDesa], "3510012001");
  EXPECT_EQ(first[kLifeStatus], "HIDUP");
  EXPECT_EQ(first[kStatusDate], "");
  EXPECT_EQ(scanned_people[1][kSex], "P");
  EXPECT_EQ(scanned_people[5][kBirthPlace], "");
  EXPECT_EQ(scanned_people[5][kLifeStatus], "");
  EXPECT_EQ(scanned_people[6][kLifeStatus], "MENINGGAL");
  EXPECT_EQ(scanned_people[6][kStatusDate], "2023-05-01");
  EXPECT_LT(std::stoll(scanned_people[5][kId]), std::stoll(scanned_people[6][kId]));  // in id order

  pages = 0;
  const ScannedRows dtks = ScanAll(store(), &store::Store::ScanDtksCells, 1, pages);
  ASSERT_EQ(dtks.size(), 2u);
  EXPECT_EQ(pages, 2);
  // The store chooses the insert order of a batch: tell the member entry from the household one by NIK.
  const bool member_first = !dtks[0][store::dtks_cells::kNik].empty();
  const std::vector<std::string>& member = dtks[member_first ? 0 : 1];
  const std::vector<std::string>& household_entry = dtks[member_first ? 1 : 0];
  EXPECT_EQ(member[store::dtks_cells::kRound], "2024-03");
  EXPECT_EQ(member[store::dtks_cells::kKk], people[0].kk);
  EXPECT_EQ(member[store::dtks_cells::kNik], people[0].nik);
  EXPECT_EQ(member[store::dtks_cells::kDecile], "2");
  EXPECT_EQ(member[store::dtks_cells::kStatus], "AKTIF");
  EXPECT_EQ(household_entry[store::dtks_cells::kNik], "");
  EXPECT_EQ(household_entry[store::dtks_cells::kKk], people[0].kk);
  EXPECT_EQ(household_entry[store::dtks_cells::kDecile], "3");
  EXPECT_EQ(household_entry[store::dtks_cells::kStatus], "NONAKTIF");

  pages = 0;
  const ScannedRows aid = ScanAll(store(), &store::Store::ScanRecipientCells, 100, pages);
  ASSERT_EQ(aid.size(), 2u);
  EXPECT_EQ(pages, 1);
  const bool january_first = aid[0][store::recipient_cells::kPeriod] == "2024-01";
  const std::vector<std::string>& january = aid[january_first ? 0 : 1];
  const std::vector<std::string>& february = aid[january_first ? 1 : 0];
  EXPECT_EQ(january[store::recipient_cells::kProgramCode], "BST");
  EXPECT_EQ(january[store::recipient_cells::kPeriod], "2024-01");
  EXPECT_EQ(january[store::recipient_cells::kNik], people[2].nik);
  EXPECT_EQ(january[store::recipient_cells::kKk], people[2].kk);
  EXPECT_EQ(february[store::recipient_cells::kPeriod], "2024-02");
  EXPECT_EQ(february[store::recipient_cells::kNik], people[3].nik);
  EXPECT_EQ(february[store::recipient_cells::kKk], "");

  auto stopped = store().ScanPeopleCells(
      [](store::TextRowPage&) { return domain::FailedPrecondition("cancelled"); }, 2);
  EXPECT_EQ(stopped.code(), domain::ErrorCode::kFailedPrecondition);
}

TEST_P(ScreeningStoreTest, DataVersionChangesWithTheRegistry) {
  auto empty = store().RegistryDataVersion();
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(*empty, "people_max_id=0@0;dtks_max_id=0@0;recipients_max_id=0@0");
  ASSERT_TRUE(store().ApplyPeople(TestPeople(2), {}).ok());
  auto after = store().RegistryDataVersion();
  ASSERT_TRUE(after.ok());
  EXPECT_NE(*after, *empty);
  EXPECT_TRUE(after->starts_with("people_max_id=2@"));
  ASSERT_TRUE(store().ApplyDtks({TestDtks(0, "2024-03", 2)}, {}).ok());
  auto with_dtks = store().RegistryDataVersion();
  ASSERT_TRUE(with_dtks.ok());
  EXPECT_NE(with_dtks->find(";dtks_max_id=1@"), std::string::npos) << *with_dtks;
  ASSERT_TRUE(store().ApplyPrograms({TestProgram("BST")}, {}).ok());
  ASSERT_TRUE(store().ApplyRecipients({TestRecipient(1, "BST", "2024-01")}, {}).ok());
  auto with_aid = store().RegistryDataVersion();
  ASSERT_TRUE(with_aid.ok());
  EXPECT_NE(with_aid->find(";recipients_max_id=1@"), std::string::npos) << *with_aid;
}

TEST_P(ScreeningStoreTest, StoresARunWithRowsAndFiltersThem) {
  store::ScreeningRun run;
  run.job_id = 42;
  run.program_code = "BST";
  run.period = "2024-01";
  run.list_name = "usulan.csv";
  run.settings = R"({"decile_cap":4})";
  run.data_version = "people_max_id=2@1;dtks_max_id=0@0;recipients_max_id=0@0";
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

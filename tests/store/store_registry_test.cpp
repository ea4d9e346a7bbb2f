// Shared store suite: the registry's batch apply (counts, idempotence, history, empty cells), look-ups and DTKS
// round differences, on every engine.
#include <algorithm>

#include "registry_fixtures.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using domain::FamilyRelation;
using domain::LifeStatus;
using store::ApplyCounts;
using store::ChangeRecord;
using store::ChangeSource;
using store::RegistryEntity;

constexpr std::int64_t kJob = 41;
constexpr std::int64_t kLaterJob = 42;
constexpr domain::UnixSeconds kAt = 1'700'000'000;

ChangeSource FromJob(std::int64_t job) { return ChangeSource{.job_id = job, .user_id = 0, .at = kAt}; }

class RegistryStoreTest : public StoreTest {
 protected:
  domain::Person Stored(int i) {
    auto found = store().FindPersonByNik(TestPerson(i).nik);
    EXPECT_TRUE(found.ok() && found->has_value()) << "person " << i;
    return found.ok() && found->has_value() ? **found : domain::Person{};
  }
  std::vector<ChangeRecord> History(int i) {
    return store().ListHistory(RegistryEntity::kPerson, Stored(i).id).value();
  }
  /// A bulk load of job kJob on SQLite; nullptr on PostgreSQL, which has none and writes ordinary batches (checked).
  std::unique_ptr<store::PeopleBulkLoad> BeginBulkLoad() {
    auto load = store().BeginPeopleBulkLoad(FromJob(kJob), 4);
    EXPECT_TRUE(load.ok()) << load.status().message();
    if (!load.ok()) return nullptr;
    if (IsPostgres()) {
      EXPECT_EQ(load->get(), nullptr) << "PostgreSQL writes ordinary batches";
      return nullptr;
    }
    EXPECT_NE(load->get(), nullptr);
    return std::move(load).value();
  }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(RegistryStoreTest);

TEST_P(RegistryStoreTest, FirstApplyInsertsAndReapplyChangesNothing) {
  const auto people = TestPeople(10);
  auto first = store().ApplyPeople(people, FromJob(kJob));
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->people, (ApplyCounts{.inserted = 10, .updated = 0, .unchanged = 0, .history_rows = 0}));
  EXPECT_EQ(first->households.inserted, 3);  // KKs of people 0-3, 4-7, 8-9
  EXPECT_EQ(store().CountPeople().value(), 10);

  auto again = store().ApplyPeople(people, FromJob(kLaterJob));
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->people, (ApplyCounts{.inserted = 0, .updated = 0, .unchanged = 10, .history_rows = 0}));
  EXPECT_EQ(again->households, (ApplyCounts{.inserted = 0, .updated = 0, .unchanged = 3, .history_rows = 0}));
  EXPECT_TRUE(History(3).empty());
}

// A bulk load begins only on an empty registry and only where the engine has one (SQLite); its rows read back as
// ApplyPeople's do, a NIK repeated in a later Apply is applied after the indexes are built, with history.
TEST_P(RegistryStoreTest, BulkLoadOnlyIntoAnEmptyRegistryAndItsRowsReadBack) {
  std::unique_ptr<store::PeopleBulkLoad> load = BeginBulkLoad();
  if (load == nullptr) return;
  auto concurrent = store().BeginPeopleBulkLoad(FromJob(kLaterJob), 4);
  ASSERT_TRUE(concurrent.ok()) << concurrent.status().message();
  EXPECT_EQ(concurrent->get(), nullptr) << "one bulk load at a time (two could write a NIK twice)";
  store::PeopleBulkLoad& bulk = *load;
  auto first = bulk.Apply(TestPeople(6));
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(*first, (ApplyCounts{.inserted = 6, .updated = 0, .unchanged = 0, .history_rows = 0}));
  auto again = TestPeople(10);
  again[2].name = "WARGA BARU";
  auto second = bulk.Apply(again);  // people 0-5 again (one changed), 6-9 new
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(*second, (ApplyCounts{.inserted = 4, .updated = 0, .unchanged = 0, .history_rows = 0}));
  auto held = bulk.Finish();
  ASSERT_TRUE(held.ok()) << held.status().message();
  EXPECT_EQ(*held, (ApplyCounts{.inserted = 0, .updated = 1, .unchanged = 5, .history_rows = 1}));
  EXPECT_FALSE(bulk.Apply(TestPeople(1)).ok()) << "a finished load takes no more rows";

  EXPECT_EQ(store().CountPeople().value(), 10);
  EXPECT_EQ(Stored(2).name, "WARGA BARU");
  ASSERT_EQ(History(2).size(), 1u);
  EXPECT_EQ(History(2)[0].field, "name");
  auto household = store().FindHousehold(TestPeople(10)[9].kk);
  ASSERT_TRUE(household.ok() && household->has_value());
  EXPECT_EQ((*household)->members.size(), 2u);  // KK of people 8-9
  auto not_empty = store().BeginPeopleBulkLoad(FromJob(kLaterJob), 4);
  ASSERT_TRUE(not_empty.ok()) << not_empty.status().message();
  EXPECT_EQ(not_empty->get(), nullptr);
  auto ordinary = store().ApplyPeople(TestPeople(10), FromJob(kLaterJob));  // needs the unique key index
  ASSERT_TRUE(ordinary.ok()) << ordinary.status().message();
  EXPECT_EQ(ordinary->people.unchanged, 9);
}

// One Apply may take several prepared batches (an import's waiting batches, one transaction): a NIK repeated in a
// later batch of the same transaction is replayed as in an ordinary batch (the later row wins, no history: the
// record is new), and households span the batches.
TEST_P(RegistryStoreTest, BulkLoadTakesSeveralBatchesInOneTransaction) {
  std::unique_ptr<store::PeopleBulkLoad> load = BeginBulkLoad();
  if (load == nullptr) return;
  const std::vector<store::PersonUpdate> people = TestPeople(6);
  store::PersonUpdate renamed = people[2];
  renamed.name = "WARGA BARU";
  std::vector<store::PeopleBatch> batches;
  batches.push_back(store::PeopleBatch::Of({people[0], people[1], people[2], people[3]}));
  batches.push_back(store::PeopleBatch::Of({renamed, people[4], people[5]}));
  auto applied = load->Apply(std::move(batches));
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(*applied, (ApplyCounts{.inserted = 6, .updated = 1, .unchanged = 0, .history_rows = 0}));
  auto finished = load->Finish();
  ASSERT_TRUE(finished.ok()) << finished.status().message();
  EXPECT_EQ(*finished, ApplyCounts{}) << "nothing was held back";
  EXPECT_EQ(store().CountPeople().value(), 6);
  EXPECT_EQ(Stored(2).name, "WARGA BARU");
  EXPECT_TRUE(History(2).empty());
  auto household = store().FindHousehold(people[5].kk);  // people 4-5: head 4
  ASSERT_TRUE(household.ok() && household->has_value());
  EXPECT_EQ((*household)->head_nik, people[4].nik);
  EXPECT_EQ((*household)->members.size(), 2u);
}

TEST_P(RegistryStoreTest, StoredPersonReadsBackEveryField) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(2), FromJob(kJob)).ok());
  const store::PersonUpdate want = TestPerson(1);
  const domain::Person got = Stored(1);
  EXPECT_GT(got.id, 0);
  EXPECT_EQ(got.nik, want.nik);
  EXPECT_EQ(got.kk, want.kk);
  EXPECT_EQ(got.name, want.name);
  EXPECT_EQ(got.birth_place, "BANYUWANGI");
  EXPECT_EQ(got.birth_date, want.birth_date);
  EXPECT_EQ(got.sex, domain::Sex::kFemale);
  EXPECT_EQ(got.religion, std::optional<std::string>("ISLAM"));
  EXPECT_EQ(got.relation, FamilyRelation::kChild);
  EXPECT_EQ(got.address, "DUSUN KRAJAN");
  EXPECT_EQ(got.rt, "001");
  EXPECT_EQ(got.rw, "002");
  EXPECT_EQ(got.desa, TestDesa());
  EXPECT_EQ(got.life.status, LifeStatus::kAlive);
  EXPECT_FALSE(got.life.since.has_value());
  EXPECT_FALSE(store().FindPersonByNik(TestPerson(7).nik).value().has_value());
}

TEST_P(RegistryStoreTest, UpdateWritesChangedFieldsOnlyWithOneHistoryRowEach) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(10), FromJob(kJob)).ok());
  auto people = TestPeople(10);
  people[3].name = "WARGA BARU";
  people[3].address = Patch<std::string>::Set("DUSUN KIDUL");
  auto applied = store().ApplyPeople(people, FromJob(kLaterJob));
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(applied->people, (ApplyCounts{.inserted = 0, .updated = 1, .unchanged = 9, .history_rows = 2}));

  const std::vector<ChangeRecord> history = History(3);
  ASSERT_EQ(history.size(), 2u);  // name and address; the derived search_name has no history of its own
  EXPECT_EQ(history[0].field, "name");
  EXPECT_EQ(history[0].old_value, std::optional<std::string>("WARGA NOMOR 3"));
  EXPECT_EQ(history[0].new_value, std::optional<std::string>("WARGA BARU"));
  EXPECT_EQ(history[1].field, "address");
  EXPECT_EQ(history[1].old_value, std::optional<std::string>("DUSUN KRAJAN"));
  EXPECT_EQ(history[1].new_value, std::optional<std::string>("DUSUN KIDUL"));
  for (const ChangeRecord& change : history) {
    EXPECT_EQ(change.entity, RegistryEntity::kPerson);
    EXPECT_EQ(change.entity_id, Stored(3).id);
    EXPECT_EQ(change.job_id, kLaterJob);
    EXPECT_EQ(change.at, kAt);
  }
  EXPECT_EQ(Stored(3).address, "DUSUN KIDUL");
  EXPECT_TRUE(History(2).empty());

  auto again = store().ApplyPeople(people, FromJob(kLaterJob));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->people.unchanged, 10);
  EXPECT_EQ(History(3).size(), 2u);
}

TEST_P(RegistryStoreTest, KeptFieldsNeverBlankStoredValuesAndClearDoes) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(1), FromJob(kJob)).ok());
  store::PersonUpdate sparse = TestPerson(0);
  sparse.birth_place = Patch<std::string>::Keep();
  sparse.religion = Patch<std::string>::Keep();
  sparse.relation = Patch<FamilyRelation>::Keep();
  sparse.address = Patch<std::string>::Keep();
  sparse.rt = Patch<std::string>::Keep();
  sparse.rw = Patch<std::string>::Keep();
  sparse.life_status = Patch<LifeStatus>::Keep();
  auto kept = store().ApplyPeople({sparse}, FromJob(kLaterJob));
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->people.unchanged, 1);
  const domain::Person after_keep = Stored(0);
  EXPECT_EQ(after_keep.birth_place, "BANYUWANGI");
  EXPECT_EQ(after_keep.religion, std::optional<std::string>("ISLAM"));
  EXPECT_EQ(after_keep.relation, FamilyRelation::kHead);
  EXPECT_EQ(after_keep.address, "DUSUN KRAJAN");

  sparse.religion = Patch<std::string>::Clear();
  auto cleared = store().ApplyPeople({sparse}, FromJob(kLaterJob));
  ASSERT_TRUE(cleared.ok());
  EXPECT_EQ(cleared->people.updated, 1);
  EXPECT_FALSE(Stored(0).religion.has_value());
  const auto history = History(0);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].field, "religion");
  EXPECT_FALSE(history[0].new_value.has_value());
}

TEST_P(RegistryStoreTest, DeceasedAndMovedUpdatesKeepDateSourceAndHistory) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(3), FromJob(kJob)).ok());
  std::vector<store::PersonUpdate> update = {TestPerson(1), TestPerson(2)};
  update[0].life_status = Patch<LifeStatus>::Set(LifeStatus::kDeceased);
  update[0].status_date = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2024, 5, 6));
  update[0].status_source = Patch<std::string>::Set("dukcapil");
  update[1].life_status = Patch<LifeStatus>::Set(LifeStatus::kMoved);
  auto applied = store().ApplyPeople(update, FromJob(kLaterJob));
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(applied->people, (ApplyCounts{.inserted = 0, .updated = 2, .unchanged = 0, .history_rows = 4}));

  const domain::Person deceased = Stored(1);
  EXPECT_EQ(deceased.life.status, LifeStatus::kDeceased);
  EXPECT_EQ(deceased.life.since, domain::CivilDate::FromYmd(2024, 5, 6));
  EXPECT_EQ(deceased.life.source, "dukcapil");
  EXPECT_EQ(Stored(2).life.status, LifeStatus::kMoved);
  const auto history = History(1);
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0].field, "life_status");
  EXPECT_EQ(history[0].old_value, std::optional<std::string>("HIDUP"));
  EXPECT_EQ(history[0].new_value, std::optional<std::string>("MENINGGAL"));
  EXPECT_EQ(history[1].field, "status_date");
  EXPECT_EQ(history[1].new_value, std::optional<std::string>("2024-05-06"));
}

TEST_P(RegistryStoreTest, LargeBatchSpansSeveralReadAndInsertStatements) {
  // More than two read chunks (500 keys) and insert statements (250 rows), plus single-row remainders.
  const int count = 1203;
  const auto people = TestPeople(count);
  auto first = store().ApplyPeople(people, FromJob(kJob));
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->people.inserted, count);
  EXPECT_EQ(store().CountPeople().value(), count);
  auto again = store().ApplyPeople(people, FromJob(kJob));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->people.unchanged, count);
  EXPECT_EQ(again->people.history_rows, 0);
}

TEST_P(RegistryStoreTest, MostlyNewBatchWithStoredAndRepeatedKeysLaterCountsAndRecordsEachOnce) {
  // The first 600 keys of the batch are new (SQLite then inserts the rest before reading them); among the rest are
  // 300 stored people (half of them changed) and a new key repeated with a change.
  const int stored_count = 300;
  std::vector<store::PersonUpdate> stored;
  for (int i = 0; i < stored_count; ++i) stored.push_back(TestPerson(1000 + i));
  ASSERT_TRUE(store().ApplyPeople(stored, FromJob(kJob)).ok());
  std::vector<store::PersonUpdate> batch = TestPeople(900);
  for (int i = 0; i < stored_count; ++i) {
    store::PersonUpdate again = TestPerson(1000 + i);
    if (i % 2 == 0) again.address = Patch<std::string>::Set("DUSUN BARU");
    batch.push_back(again);
  }
  store::PersonUpdate repeated = TestPerson(800);
  repeated.address = Patch<std::string>::Set("DUSUN TENGAH");
  batch.push_back(repeated);
  auto applied = store().ApplyPeople(batch, FromJob(kLaterJob));
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(applied->people, (ApplyCounts{.inserted = 900, .updated = 151, .unchanged = 150, .history_rows = 150}));
  EXPECT_EQ(store().CountPeople().value(), 900 + stored_count);
  EXPECT_EQ(Stored(800).address, "DUSUN TENGAH");
  EXPECT_TRUE(History(800).empty());
  EXPECT_EQ(Stored(1000).address, "DUSUN BARU");
  ASSERT_EQ(History(1000).size(), 1U);
  EXPECT_EQ(History(1000)[0].old_value, "DUSUN KRAJAN");
  EXPECT_EQ(Stored(1001).address, "DUSUN KRAJAN");
  EXPECT_TRUE(History(1001).empty());
  auto again = store().ApplyPeople(batch, FromJob(kLaterJob));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->people.inserted, 0);
  EXPECT_EQ(again->people.history_rows, 2);  // person 800: back to the first row's address, then to the repeat's
  EXPECT_EQ(Stored(800).address, "DUSUN TENGAH");
  EXPECT_EQ(store().CountPeople().value(), 900 + stored_count);
}

TEST_P(RegistryStoreTest, KeyRepeatedInOneBatchIsAppliedInOrder) {
  store::PersonUpdate later = TestPerson(0);
  later.address = Patch<std::string>::Set("DUSUN BARU");
  auto applied = store().ApplyPeople({TestPerson(0), later, later}, FromJob(kJob));
  ASSERT_TRUE(applied.ok());
  EXPECT_EQ(applied->people, (ApplyCounts{.inserted = 1, .updated = 1, .unchanged = 1, .history_rows = 0}));
  EXPECT_EQ(Stored(0).address, "DUSUN BARU");
}

TEST_P(RegistryStoreTest, HouseholdHasItsMembersAndHead) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(6), FromJob(kJob)).ok());
  auto found = store().FindHousehold(TestPerson(0).kk);
  ASSERT_TRUE(found.ok() && found->has_value());
  const store::HouseholdView& view = **found;
  EXPECT_EQ(view.household.kk, TestPerson(0).kk);
  EXPECT_EQ(view.household.desa, TestDesa());
  EXPECT_EQ(view.head_nik, TestPerson(0).nik);
  EXPECT_EQ(view.household.head_person_id, Stored(0).id);
  ASSERT_EQ(view.members.size(), 4u);
  EXPECT_EQ(view.members[0].nik, TestPerson(0).nik);
  EXPECT_EQ(view.household.member_ids.size(), 4u);
  EXPECT_EQ(store().FindHousehold(TestPerson(4).kk).value()->members.size(), 2u);
  EXPECT_FALSE(store().FindHousehold(TestNumber("351001", 123)).value().has_value());
}

TEST_P(RegistryStoreTest, SearchPeopleIsCaseInsensitiveScopedAndPaged) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(25), FromJob(kJob)).ok());
  const std::vector<domain::RegionCode> kabupaten = {*domain::RegionCode::Parse("35.10")};
  auto hits = store().SearchPeople("nomor 1", kabupaten, 100, 0);
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  EXPECT_EQ(hits->size(), 11u);  // 1 and 10-19
  EXPECT_TRUE(std::is_sorted(hits->begin(), hits->end(),
                             [](const auto& a, const auto& b) { return a.name < b.name; }));
  auto page = store().SearchPeople("nomor 1", kabupaten, 4, 8);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->size(), 3u);
  EXPECT_EQ(page->front().name, (*hits)[8].name);

  const std::vector<domain::RegionCode> elsewhere = {*domain::RegionCode::Parse("32"),
                                                     *domain::RegionCode::Parse("35.11")};
  EXPECT_TRUE(store().SearchPeople("nomor", elsewhere, 100, 0).value().empty());
  EXPECT_TRUE(store().SearchPeople("nomor%", kabupaten, 100, 0).value().empty());  // % matches itself
  auto none = store().SearchPeople("nomor", {}, 100, 0);
  EXPECT_EQ(none.status().code(), domain::ErrorCode::kInvalidArgument);
}

TEST_P(RegistryStoreTest, PeopleAndHouseholdsByInternalId) {
  ASSERT_TRUE(store().ApplyPeople(TestPeople(6), FromJob(kJob)).ok());
  const domain::Person stored = Stored(5);
  auto person = store().GetPerson(stored.id);
  ASSERT_TRUE(person.ok() && person->has_value());
  EXPECT_EQ((*person)->nik, stored.nik);
  EXPECT_FALSE(store().GetPerson(stored.id + 1000).value().has_value());

  const std::int64_t household_id = store().FindHousehold(TestPerson(4).kk).value()->household.id;
  auto household = store().GetHousehold(household_id);
  ASSERT_TRUE(household.ok() && household->has_value());
  EXPECT_EQ((*household)->household.kk, TestPerson(4).kk);
  EXPECT_EQ((*household)->head_nik, TestPerson(4).nik);
  EXPECT_EQ((*household)->members.size(), 2u);
  EXPECT_FALSE(store().GetHousehold(household_id + 1000).value().has_value());
}

TEST_P(RegistryStoreTest, SearchAllPeopleIgnoresRegions) {
  std::vector<store::PersonUpdate> people = TestPeople(3);
  people[2].desa = *domain::RegionCode::Parse("32.73.01.1001");
  ASSERT_TRUE(store().ApplyPeople(people, FromJob(kJob)).ok());
  auto all = store().SearchAllPeople("nomor", 100, 0);
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(all->size(), 3u);
  EXPECT_EQ(store().SearchAllPeople("nomor", 1, 2).value().size(), 1u);
  EXPECT_TRUE(store().SearchAllPeople("nomor%", 100, 0).value().empty());
}

TEST_P(RegistryStoreTest, DtksRoundDifferenceListsAddedRemovedAndChanged) {
  std::vector<store::DtksUpdate> earlier;
  for (int i = 0; i <= 5; ++i) earlier.push_back(TestDtks(i, "2024-03", 3));
  std::vector<store::DtksUpdate> later;
  for (int i = 1; i <= 9; ++i) later.push_back(TestDtks(i, "2024-09", 3));
  later[1].decile = 5;                                  // person 2
  later[3].status = domain::DtksStatus::kInactive;      // person 4
  ASSERT_TRUE(store().ApplyDtks(earlier, FromJob(kJob)).ok());
  auto applied = store().ApplyDtks(later, FromJob(kLaterJob));
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(applied->inserted, 9);
  EXPECT_EQ(store().ApplyDtks(later, FromJob(kLaterJob)).value().unchanged, 9);

  auto diff = store().DiffDtksRounds("2024-03", "2024-09");
  ASSERT_TRUE(diff.ok()) << diff.status().message();
  EXPECT_EQ(diff->added_households, std::vector<std::string>{TestPerson(8).kk});
  EXPECT_TRUE(diff->removed_households.empty());
  ASSERT_EQ(diff->added.size(), 4u);  // people 6-9
  EXPECT_EQ(diff->added[0].nik, TestPerson(6).nik);
  EXPECT_EQ(diff->added[0].new_decile, 3);
  EXPECT_FALSE(diff->added[0].old_decile.has_value());
  ASSERT_EQ(diff->removed.size(), 1u);
  EXPECT_EQ(diff->removed[0].nik, TestPerson(0).nik);
  ASSERT_EQ(diff->changed.size(), 2u);
  EXPECT_EQ(diff->changed[0].nik, TestPerson(2).nik);
  EXPECT_EQ(diff->changed[0].old_decile, 3);
  EXPECT_EQ(diff->changed[0].new_decile, 5);
  EXPECT_EQ(diff->changed[1].nik, TestPerson(4).nik);
  EXPECT_EQ(diff->changed[1].new_status, domain::DtksStatus::kInactive);

  auto of_person = store().ListDtksOfPerson(TestPerson(2).nik);
  ASSERT_TRUE(of_person.ok());
  ASSERT_EQ(of_person->size(), 2u);
  EXPECT_EQ((*of_person)[0].round, "2024-09");
  EXPECT_EQ((*of_person)[0].decile, 5);
  EXPECT_EQ(store().ListDtksOfHousehold(TestPerson(0).kk).value().size(), 7u);  // 4 + 3 entries
}

TEST_P(RegistryStoreTest, DtksCorrectionWithinARoundKeepsHistory) {
  ASSERT_TRUE(store().ApplyDtks({TestDtks(0, "2024-03", 2)}, FromJob(kJob)).ok());
  auto corrected = store().ApplyDtks({TestDtks(0, "2024-03", 4)}, FromJob(kLaterJob));
  ASSERT_TRUE(corrected.ok());
  EXPECT_EQ(corrected->updated, 1);
  EXPECT_EQ(corrected->history_rows, 1);
}

TEST_P(RegistryStoreTest, ProgramsApplyIdempotentlyAndClearTheEndDate) {
  auto first = store().ApplyPrograms({TestProgram("BST-3510-2024"), TestProgram("PKH-3510-2024")}, FromJob(kJob));
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->inserted, 2);
  EXPECT_EQ(store().ApplyPrograms({TestProgram("BST-3510-2024")}, FromJob(kJob)).value().unchanged, 1);

  store::ProgramUpdate open_ended = TestProgram("BST-3510-2024");
  open_ended.ends = Patch<domain::CivilDate>::Clear();
  auto changed = store().ApplyPrograms({open_ended}, FromJob(kLaterJob));
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->history_rows, 1);
  auto program = store().FindProgram("BST-3510-2024");
  ASSERT_TRUE(program.ok() && program->has_value());
  EXPECT_EQ((*program)->kind, domain::ProgramKind::kBst);
  EXPECT_EQ((*program)->agency, "Kementerian Sosial");
  EXPECT_EQ((*program)->region.compact(), "3510");
  EXPECT_FALSE((*program)->ends.has_value());
  const auto history = store().ListHistory(RegistryEntity::kProgram, (*program)->id).value();
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].field, "ends");
  EXPECT_EQ(history[0].old_value, std::optional<std::string>("2024-12-31"));
}

TEST_P(RegistryStoreTest, RecipientsRecordAidPerPeriodWithItsSource) {
  std::vector<store::RecipientUpdate> rows = {TestRecipient(0, "BST-3510-2024", "2024-01"),
                                              TestRecipient(0, "BST-3510-2024", "2024-02"),
                                              TestRecipient(1, "BST-3510-2024", "2024-01")};
  store::RecipientUpdate without_nik = TestRecipient(2, "BST-3510-2024", "2024-01");
  without_nik.nik.reset();
  rows.push_back(without_nik);
  auto first = store().ApplyRecipients(rows, FromJob(kJob));
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->inserted, 4);
  EXPECT_EQ(store().ApplyRecipients(rows, FromJob(kLaterJob)).value().unchanged, 4);

  rows[1].amount_rupiah = Patch<std::int64_t>::Set(600000);
  auto changed = store().ApplyRecipients(rows, FromJob(kLaterJob));
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->updated, 1);
  EXPECT_EQ(changed->history_rows, 1);

  auto aid = store().ListAidOfPerson(TestPerson(0).nik);
  ASSERT_TRUE(aid.ok()) << aid.status().message();
  ASSERT_EQ(aid->size(), 2u);
  EXPECT_EQ((*aid)[0].record.period, "2024-01");
  EXPECT_EQ((*aid)[0].record.amount_rupiah, 300000);
  EXPECT_EQ((*aid)[1].record.amount_rupiah, 600000);
  EXPECT_EQ((*aid)[1].record.received_on, domain::CivilDate::FromYmd(2024, 2, 15));
  EXPECT_EQ((*aid)[0].source_job_id, kJob);
  EXPECT_EQ((*aid)[0].record.stage, domain::RecipientStage::kRealised);
}

}  // namespace
}  // namespace tepat::store_test

// Shared store suite: a statement failing anywhere in a registry batch leaves nothing of that batch behind.
#include "registry_fixtures.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

constexpr std::int64_t kJob = 7;

class RegistryFaultStoreTest : public StoreTest {};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(RegistryFaultStoreTest);

TEST_P(RegistryFaultStoreTest, FailingInsertBatchWritesNoPersonAndNoHousehold) {
  // 600 people. SQLite: a read of the first 500 keys (1), then (none stored) the highest id (2), the other 100 keys
  // inserted first one by one (3-102), then the first 500 in 2 insert batches (103-104); PostgreSQL: 2 reads and
  // one COPY. Then the household statements (a read, then the inserts).
  const auto people = TestPeople(600);
  const std::vector<std::int64_t> statements =
      IsPostgres() ? std::vector<std::int64_t>{1, 2, 3, 4, 5} : std::vector<std::int64_t>{1, 2, 3, 4, 50, 104, 106};
  for (std::int64_t failing : statements) {
    sql_store().FailNthStatement(failing);
    auto failed = store().ApplyPeople(people, store::ChangeSource{.job_id = kJob});
    EXPECT_FALSE(failed.ok()) << "statement " << failing;
    EXPECT_NE(failed.status().message().find("injected fault"), std::string::npos) << failed.status().message();
    EXPECT_EQ(store().CountPeople().value(), 0) << "statement " << failing;
    EXPECT_FALSE(store().FindHousehold(TestPerson(0).kk).value().has_value()) << "statement " << failing;
  }
  sql_store().FailNthStatement(0);
  EXPECT_EQ(store().ApplyPeople(people, store::ChangeSource{.job_id = kJob}).value().people.inserted, 600);
}

TEST_P(RegistryFaultStoreTest, FailingInsertFirstStatementWritesNothingOfTheBatch) {
  // 1,200 people, 300 stored among the last keys. SQLite: read of the first 500 keys (1), the highest id (2), the
  // other 700 inserted first (2 batches: 3-4, 200 single rows: 5-204), the keys inserted read back by id (205),
  // read of the 300 it skipped (206), the first 500 inserted (207-208), 150 updates (209-358), history (359-),
  // then households. PostgreSQL: 3 reads, COPY, updates, history.
  std::vector<store::PersonUpdate> stored;
  for (int i = 900; i < 1200; ++i) stored.push_back(TestPerson(i));
  ASSERT_TRUE(store().ApplyPeople(stored, store::ChangeSource{.job_id = kJob}).ok());
  auto people = TestPeople(1200);
  for (int i = 900; i < 1200; i += 2) people[i].address = Patch<std::string>::Set("DUSUN BARU");
  const std::vector<std::int64_t> statements = IsPostgres() ? std::vector<std::int64_t>{1, 2, 3, 4, 5, 100, 155}
                                                            : std::vector<std::int64_t>{1, 2, 3, 5, 204, 205, 206,
                                                                                        207, 209, 358, 359};
  for (std::int64_t failing : statements) {
    sql_store().FailNthStatement(failing);
    auto failed = store().ApplyPeople(people, store::ChangeSource{.job_id = kJob + 1});
    EXPECT_FALSE(failed.ok()) << "statement " << failing;
    EXPECT_EQ(store().CountPeople().value(), 300) << "statement " << failing;
    EXPECT_FALSE(store().FindHousehold(TestPerson(0).kk).value().has_value()) << "statement " << failing;
    auto changed = store().FindPersonByNik(TestPerson(900).nik).value();
    ASSERT_TRUE(changed.has_value());
    EXPECT_EQ(changed->address, "DUSUN KRAJAN") << "statement " << failing;
    EXPECT_TRUE(store().ListHistory(store::RegistryEntity::kPerson, changed->id).value().empty());
  }
  sql_store().FailNthStatement(0);
  auto applied = store().ApplyPeople(people, store::ChangeSource{.job_id = kJob + 1});
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_EQ(applied->people.inserted, 900);
  EXPECT_EQ(applied->people.updated, 150);
  EXPECT_EQ(applied->people.history_rows, 150);
}

TEST_P(RegistryFaultStoreTest, FailingUpdateOrHistoryLeavesStoredValuesAndHistoryAsTheyWere) {
  auto people = TestPeople(300);
  ASSERT_TRUE(store().ApplyPeople(people, store::ChangeSource{.job_id = kJob}).ok());
  for (auto& person : people) person.address = Patch<std::string>::Set("DUSUN BARU");
  // 1 read, 300 updates (statements 2-301), history: one batch of 250 (302) and 50 single rows (303-352).
  for (std::int64_t failing : {2, 150, 301, 302, 303}) {
    sql_store().FailNthStatement(failing);
    auto failed = store().ApplyPeople(people, store::ChangeSource{.job_id = kJob + 1});
    EXPECT_FALSE(failed.ok()) << "statement " << failing;
    auto first = store().FindPersonByNik(TestPerson(0).nik).value();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->address, "DUSUN KRAJAN") << "statement " << failing;
    EXPECT_TRUE(store().ListHistory(store::RegistryEntity::kPerson, first->id).value().empty());
  }
}

TEST_P(RegistryFaultStoreTest, FailingDtksBatchWritesNothing) {
  std::vector<store::DtksUpdate> rows;
  for (int i = 0; i < 260; ++i) rows.push_back(TestDtks(i, "2024-03", 1 + i % 10));
  sql_store().FailNthStatement(IsPostgres() ? 2 : 3);  // the insert: a COPY on PostgreSQL, the 2nd INSERT on SQLite
  EXPECT_FALSE(store().ApplyDtks(rows, store::ChangeSource{.job_id = kJob}).ok());
  EXPECT_TRUE(store().ListDtksOfPerson(TestPerson(0).nik).value().empty());
  EXPECT_EQ(store().ApplyDtks(rows, store::ChangeSource{.job_id = kJob}).value().inserted, 260);
}

}  // namespace
}  // namespace tepat::store_test

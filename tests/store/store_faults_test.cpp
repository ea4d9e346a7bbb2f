// Shared store suite: fault injection ("fail the Nth statement") proves that a failing write leaves nothing behind.
#include "store/sql/sql_store.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using domain::Region;
using domain::RegionCode;

/// One province, `kabupaten` kabupaten under it, in order: enough rows for two full batches and single rows.
std::vector<Region> ManyRegions(int kabupaten) {
  std::vector<Region> regions = {Region{.code = *RegionCode::Parse("32"), .parent = std::nullopt, .name = "Jawa Barat"}};
  const int kecamatan_per_kabupaten = 99;
  for (int k = 1; k <= kabupaten; ++k) {
    char kab[8];
    std::snprintf(kab, sizeof kab, "32%02d", k);
    regions.push_back(Region{.code = *RegionCode::Parse(kab), .parent = RegionCode::Parse("32"),
                             .name = std::string("Kabupaten ") + kab});
    for (int c = 1; c <= kecamatan_per_kabupaten; ++c) {
      char kec[8];
      std::snprintf(kec, sizeof kec, "%s%02d", kab, c);
      regions.push_back(Region{.code = *RegionCode::Parse(kec), .parent = RegionCode::Parse(kab),
                               .name = std::string("Kecamatan ") + kec});
    }
  }
  return regions;
}

struct FaultCase {
  const char* description;
  std::int64_t failing_statement;  ///< counted from 1 after arming
};

class FaultStoreTest : public StoreTest {};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(FaultStoreTest);

TEST_P(FaultStoreTest, UpsertRegionsWritesNothingWhenAStatementFailsHalfway) {
  // 1 + 12 * 100 = 1201 rows: two batch statements of 500, then 201 single-row statements.
  const std::vector<Region> regions = ManyRegions(12);
  ASSERT_EQ(regions.size(), 1201u);
  const FaultCase cases[] = {{"first batch", 1}, {"second batch", 2}, {"a single row after the batches", 100},
                             {"the very last row", 203}};
  for (const FaultCase& c : cases) {
    sql_store().FailNthStatement(c.failing_statement);
    domain::Status failed = store().UpsertRegions(regions);
    EXPECT_FALSE(failed.ok()) << c.description;
    EXPECT_NE(failed.message().find("injected fault"), std::string::npos) << failed.message();
    EXPECT_EQ(store().CountRegions().value(), 0) << c.description;
  }
  sql_store().FailNthStatement(0);
  ASSERT_TRUE(store().UpsertRegions(regions).ok());
  EXPECT_EQ(store().CountRegions().value(), 1201);
}

TEST_P(FaultStoreTest, CreateAccountWritesNothingWhenAScopeInsertFails) {
  domain::Account account;
  account.email = "f@demo.tepat.id";
  account.role = domain::Role::kOperator;
  account.scopes = {*RegionCode::Parse("31"), *RegionCode::Parse("32")};
  account.password_hash = "x";
  sql_store().FailNthStatement(3);  // insert account, first scope, second scope
  EXPECT_FALSE(store().CreateAccount(account).ok());
  EXPECT_TRUE(store().ListAccounts().value().empty());
  ASSERT_TRUE(store().CreateAccount(account).ok()) << "the email is still free";
}

TEST_P(FaultStoreTest, DisableKeepsSessionsWhenItsSecondStatementFails) {
  domain::Account account;
  account.email = "g@demo.tepat.id";
  account.password_hash = "x";
  const std::int64_t id = store().CreateAccount(account).value();
  ASSERT_TRUE(store().CreateSession(domain::Session{.token_hash = "t", .account_id = id, .csrf_token = "c",
                                                    .created_at = 1, .last_seen_at = 1, .absolute_expiry = 9})
                  .ok());
  sql_store().FailNthStatement(2);  // update account, delete sessions
  EXPECT_FALSE(store().SetAccountDisabled(id, true).ok());
  EXPECT_FALSE(store().GetAccount(id).value()->disabled) << "the update was rolled back";
  EXPECT_TRUE(store().FindSession("t").value().has_value());
}

TEST_P(FaultStoreTest, FailedAuditAppendLeavesTheChainIntact) {
  domain::AuditEntry entry;
  entry.action = "auth.login";
  entry.actor_label = "system";
  ASSERT_TRUE(store().AppendAudit(entry).ok());
  sql_store().FailNthStatement(2);  // read last hash, insert
  EXPECT_FALSE(store().AppendAudit(entry).ok());
  auto next = store().AppendAudit(entry);
  ASSERT_TRUE(next.ok()) << next.status().message();
  EXPECT_EQ(next->id, 2);
  auto verified = store().VerifyAudit();
  ASSERT_TRUE(verified.ok());
  EXPECT_TRUE(verified->intact) << verified->reason;
  EXPECT_EQ(verified->rows_checked, 2);
}

TEST_P(FaultStoreTest, MigrationThatFailsIsNotRecordedAndRetries) {
  auto database = test_support::ScratchDatabase::Create(GetParam());
  ASSERT_TRUE(database.ok()) << database.status().message();
  auto opened = store::OpenStore(database.value()->url(), 2);
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  auto& fresh = dynamic_cast<store::sql::SqlStore&>(*opened.value());
  fresh.FailNthStatement(2);  // "applied?" check, then recording the migration
  EXPECT_FALSE(fresh.Migrate().ok());
  EXPECT_EQ(fresh.SchemaVersion().value(), 0);
  ASSERT_TRUE(fresh.Migrate().ok()) << "the failed migration was rolled back whole, DDL included";
  EXPECT_GE(fresh.SchemaVersion().value(), 1);
}

}  // namespace
}  // namespace tepat::store_test

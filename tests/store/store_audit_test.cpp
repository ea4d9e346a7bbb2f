// Shared store suite: the append-only, hash-chained audit log, on both engines.
#include <thread>

#include "store/audit_chain.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

domain::AuditEntry MakeEntry(const std::string& action, std::int64_t n) {
  domain::AuditEntry entry;
  entry.at = 1'700'000'000 + n;
  entry.actor_id = 1;
  entry.actor_label = "admin@demo.tepat.id";
  entry.action = action;
  entry.object_type = "account";
  entry.object_id = std::to_string(n);
  entry.client_address = "127.0.0.1";
  entry.outcome = n % 2 == 0 ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kDenied;
  entry.detail = "entry " + std::to_string(n);
  return entry;
}

class AuditStoreTest : public StoreTest {
 protected:
  void AppendN(int count) {
    for (int i = 1; i <= count; ++i) ASSERT_TRUE(store().AppendAudit(MakeEntry("account.create", i)).ok());
  }
  /// What an attacker with database access does first.
  void DropAppendOnlyTriggers() {
    const char* script = IsPostgres() ? "DROP TRIGGER audit_log_no_update ON audit_log; "
                                        "DROP TRIGGER audit_log_no_delete ON audit_log;"
                                      : "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";
    ASSERT_TRUE(sql_store().ExecScriptForTest(script).ok());
  }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(AuditStoreTest);

TEST_P(AuditStoreTest, AppendAssignsIdsAndChainsHashes) {
  std::string previous_hash;
  for (int i = 1; i <= 3; ++i) {
    auto stored = store().AppendAudit(MakeEntry("person.view", i));
    ASSERT_TRUE(stored.ok()) << stored.status().message();
    EXPECT_EQ(stored->id, i);
    EXPECT_EQ(stored->prev_hash, previous_hash);
    EXPECT_EQ(stored->hash, store::ComputeAuditHash(*stored));
    EXPECT_EQ(stored->hash.size(), 64u);
    previous_hash = stored->hash;
  }
}

TEST_P(AuditStoreTest, ListIsNewestFirstAndPagesByBeforeId) {
  AppendN(5);
  auto newest = store().ListAudit(2, 0);
  ASSERT_TRUE(newest.ok()) << newest.status().message();
  ASSERT_EQ(newest->size(), 2u);
  EXPECT_EQ((*newest)[0].id, 5);
  EXPECT_EQ((*newest)[1].id, 4);
  auto older = store().ListAudit(10, 4);
  ASSERT_TRUE(older.ok());
  ASSERT_EQ(older->size(), 3u);
  EXPECT_EQ((*older)[0].id, 3);
  EXPECT_EQ((*older)[2].id, 1);
  const domain::AuditEntry& first = (*older)[2];
  const domain::AuditEntry expected = MakeEntry("account.create", 1);
  EXPECT_EQ(first.at, expected.at);
  EXPECT_EQ(first.actor_label, expected.actor_label);
  EXPECT_EQ(first.object_id, expected.object_id);
  EXPECT_EQ(first.client_address, expected.client_address);
  EXPECT_EQ(first.outcome, domain::AuditOutcome::kDenied);
  EXPECT_EQ(first.detail, expected.detail);
  EXPECT_TRUE(store().ListAudit(0, 0).value().empty());
}

TEST_P(AuditStoreTest, VerifyOnIntactChain) {
  auto empty = store().VerifyAudit();
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->intact);
  EXPECT_EQ(empty->rows_checked, 0);
  AppendN(4);
  auto verified = store().VerifyAudit();
  ASSERT_TRUE(verified.ok()) << verified.status().message();
  EXPECT_TRUE(verified->intact) << verified->reason;
  EXPECT_EQ(verified->rows_checked, 4);
  EXPECT_EQ(verified->first_bad_id, 0);
}

TEST_P(AuditStoreTest, TriggersRefuseUpdateAndDelete) {
  AppendN(2);
  EXPECT_FALSE(sql_store().ExecScriptForTest("UPDATE audit_log SET detail = 'covered up' WHERE id = 1").ok());
  EXPECT_FALSE(sql_store().ExecScriptForTest("DELETE FROM audit_log WHERE id = 2").ok());
  EXPECT_TRUE(store().VerifyAudit().value().intact);
  EXPECT_EQ(store().ListAudit(10, 0).value().size(), 2u);
}

TEST_P(AuditStoreTest, VerifyNamesAChangedRow) {
  AppendN(4);
  DropAppendOnlyTriggers();
  ASSERT_TRUE(sql_store().ExecScriptForTest("UPDATE audit_log SET outcome = 'success' WHERE id = 3").ok());
  auto verified = store().VerifyAudit();
  ASSERT_TRUE(verified.ok()) << verified.status().message();
  EXPECT_FALSE(verified->intact);
  EXPECT_EQ(verified->first_bad_id, 3);
  EXPECT_NE(verified->reason.find("hash mismatch"), std::string::npos) << verified->reason;
}

TEST_P(AuditStoreTest, VerifyNamesTheRowAfterARemovedOne) {
  AppendN(4);
  DropAppendOnlyTriggers();
  ASSERT_TRUE(sql_store().ExecScriptForTest("DELETE FROM audit_log WHERE id = 2").ok());
  auto verified = store().VerifyAudit();
  ASSERT_TRUE(verified.ok()) << verified.status().message();
  EXPECT_FALSE(verified->intact);
  EXPECT_EQ(verified->first_bad_id, 3);
  EXPECT_NE(verified->reason.find("row 2 missing"), std::string::npos) << verified->reason;
}

TEST_P(AuditStoreTest, VerifyNamesARewrittenRowWhoseHashWasRecomputed) {
  AppendN(3);
  DropAppendOnlyTriggers();
  // The attacker changes row 2 and recomputes its own hash, but cannot fix row 3's prev_hash without also
  // rewriting row 3 (and so on up to the end).
  domain::AuditEntry forged = store().ListAudit(1, 3).value().front();
  forged.detail = "nothing happened";
  const std::string new_hash = store::ComputeAuditHash(forged);
  ASSERT_TRUE(sql_store()
                  .ExecScriptForTest("UPDATE audit_log SET detail = 'nothing happened', hash = '" + new_hash +
                                     "' WHERE id = 2")
                  .ok());
  auto verified = store().VerifyAudit();
  ASSERT_TRUE(verified.ok());
  EXPECT_FALSE(verified->intact);
  EXPECT_EQ(verified->first_bad_id, 3);
  EXPECT_NE(verified->reason.find("row 2"), std::string::npos) << verified->reason;
}

TEST_P(AuditStoreTest, ConcurrentAppendersKeepOneIntactChain) {
  constexpr int kThreads = 4;
  constexpr int kPerThread = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        if (!store().AppendAudit(MakeEntry("thread." + std::to_string(t), i)).ok()) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  auto verified = store().VerifyAudit();
  ASSERT_TRUE(verified.ok()) << verified.status().message();
  EXPECT_TRUE(verified->intact) << verified->reason;
  EXPECT_EQ(verified->rows_checked, kThreads * kPerThread);
  const store::PoolStats pool = store().Pool();
  EXPECT_EQ(pool.in_use, 0);
  EXPECT_LE(pool.open, kPoolSize);
}

}  // namespace
}  // namespace tepat::store_test

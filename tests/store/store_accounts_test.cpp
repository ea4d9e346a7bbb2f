// Shared store suite: accounts, scopes, sessions and login throttling, on both engines.
#include <algorithm>

#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using domain::ErrorCode;
using domain::RegionCode;

RegionCode Code(const char* text) { return *RegionCode::Parse(text); }

domain::Account MakeAccount(const std::string& email, domain::Role role, std::vector<RegionCode> scopes = {}) {
  domain::Account account;
  account.email = email;
  account.display_name = "Pengguna " + email;
  account.role = role;
  account.scopes = std::move(scopes);
  account.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  account.created_at = 1'700'000'000;
  return account;
}

domain::Session MakeSession(const std::string& token_hash, std::int64_t account_id, domain::UnixSeconds last_seen,
                            domain::UnixSeconds absolute_expiry) {
  return domain::Session{.token_hash = token_hash,
                         .account_id = account_id,
                         .csrf_token = "csrf-" + token_hash,
                         .created_at = last_seen,
                         .last_seen_at = last_seen,
                         .absolute_expiry = absolute_expiry};
}

class AccountStoreTest : public StoreTest {
 protected:
  std::int64_t Create(const domain::Account& account) {
    domain::Result<std::int64_t> id = store().CreateAccount(account);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? *id : 0;
  }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(AccountStoreTest);

TEST_P(AccountStoreTest, CreatedAccountReadsBackByIdAndEmailWithScopes) {
  const domain::Account wanted =
      MakeAccount("op@demo.tepat.id", domain::Role::kOperatorDesa, {Code("32.73.01"), Code("32.04")});
  const std::int64_t id = Create(wanted);
  ASSERT_GT(id, 0);

  for (auto found : {store().GetAccount(id), store().FindAccountByEmail("op@demo.tepat.id")}) {
    ASSERT_TRUE(found.ok()) << found.status().message();
    ASSERT_TRUE(found.value().has_value());
    const domain::Account& got = *found.value();
    EXPECT_EQ(got.id, id);
    EXPECT_EQ(got.email, wanted.email);
    EXPECT_EQ(got.display_name, wanted.display_name);
    EXPECT_EQ(got.role, domain::Role::kOperatorDesa);
    EXPECT_EQ(got.password_hash, wanted.password_hash);
    EXPECT_FALSE(got.disabled);
    EXPECT_EQ(got.created_at, wanted.created_at);
    EXPECT_EQ(got.scopes, (std::vector<RegionCode>{Code("32.04"), Code("32.73.01")}));
  }
}

TEST_P(AccountStoreTest, UnknownAccountIsAbsentNotAnError) {
  auto by_id = store().GetAccount(999);
  ASSERT_TRUE(by_id.ok());
  EXPECT_FALSE(by_id.value().has_value());
  auto by_email = store().FindAccountByEmail("nobody@demo.tepat.id");
  ASSERT_TRUE(by_email.ok());
  EXPECT_FALSE(by_email.value().has_value());
}

TEST_P(AccountStoreTest, DuplicateEmailIsAlreadyExistsAndLeavesNoTrace) {
  ASSERT_GT(Create(MakeAccount("a@demo.tepat.id", domain::Role::kAdmin)), 0);
  auto again = store().CreateAccount(MakeAccount("a@demo.tepat.id", domain::Role::kWarga, {Code("31")}));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(again.status().message().find("a@demo"), std::string::npos) << "no personal data in messages";
  auto all = store().ListAccounts();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().role, domain::Role::kAdmin);
}

TEST_P(AccountStoreTest, ListAccountsInIdOrderWithEachOnesScopes) {
  const std::int64_t first = Create(MakeAccount("b@demo.tepat.id", domain::Role::kPicKorwil, {Code("31")}));
  const std::int64_t second = Create(MakeAccount("a@demo.tepat.id", domain::Role::kAdmin));
  const std::int64_t third =
      Create(MakeAccount("c@demo.tepat.id", domain::Role::kSupervisorKabupaten, {Code("32.73"), Code("32.04")}));
  auto all = store().ListAccounts();
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, first);
  EXPECT_EQ((*all)[0].scopes, std::vector<RegionCode>{Code("31")});
  EXPECT_EQ((*all)[1].id, second);
  EXPECT_TRUE((*all)[1].scopes.empty());
  EXPECT_EQ((*all)[2].id, third);
  EXPECT_EQ((*all)[2].scopes, (std::vector<RegionCode>{Code("32.04"), Code("32.73")}));
}

TEST_P(AccountStoreTest, SetAccountScopesReplacesThem) {
  const std::int64_t id = Create(MakeAccount("s@demo.tepat.id", domain::Role::kAdminPemda, {Code("31")}));
  ASSERT_TRUE(store().SetAccountScopes(id, {Code("32.73"), Code("32.73.01.1001")}).ok());
  auto got = store().GetAccount(id);
  ASSERT_TRUE(got.ok() && got.value().has_value());
  EXPECT_EQ(got.value()->scopes, (std::vector<RegionCode>{Code("32.73"), Code("32.73.01.1001")}));
  EXPECT_EQ(store().SetAccountScopes(12345, {Code("31")}).code(), ErrorCode::kNotFound);
}

TEST_P(AccountStoreTest, SetPasswordHashChangesOnlyThatAccount) {
  const std::int64_t id = Create(MakeAccount("p@demo.tepat.id", domain::Role::kOperator, {Code("32")}));
  const std::int64_t other = Create(MakeAccount("q@demo.tepat.id", domain::Role::kOperator, {Code("32")}));
  ASSERT_TRUE(store().SetPasswordHash(id, "$argon2id$new").ok());
  EXPECT_EQ(store().GetAccount(id).value()->password_hash, "$argon2id$new");
  EXPECT_NE(store().GetAccount(other).value()->password_hash, "$argon2id$new");
  EXPECT_EQ(store().SetPasswordHash(12345, "x").code(), ErrorCode::kNotFound);
}

TEST_P(AccountStoreTest, DisablingDeletesEverySessionOfThatAccount) {
  const std::int64_t id = Create(MakeAccount("d@demo.tepat.id", domain::Role::kOperator, {Code("32")}));
  const std::int64_t other = Create(MakeAccount("e@demo.tepat.id", domain::Role::kOperator, {Code("32")}));
  ASSERT_TRUE(store().CreateSession(MakeSession("t1", id, 100, 1000)).ok());
  ASSERT_TRUE(store().CreateSession(MakeSession("t2", id, 100, 1000)).ok());
  ASSERT_TRUE(store().CreateSession(MakeSession("t3", other, 100, 1000)).ok());

  ASSERT_TRUE(store().SetAccountDisabled(id, true).ok());
  EXPECT_TRUE(store().GetAccount(id).value()->disabled);
  EXPECT_FALSE(store().FindSession("t1").value().has_value());
  EXPECT_FALSE(store().FindSession("t2").value().has_value());
  EXPECT_TRUE(store().FindSession("t3").value().has_value());

  ASSERT_TRUE(store().SetAccountDisabled(id, false).ok());
  EXPECT_FALSE(store().GetAccount(id).value()->disabled);
  EXPECT_EQ(store().SetAccountDisabled(12345, true).code(), ErrorCode::kNotFound);
}

TEST_P(AccountStoreTest, SessionRoundTripTouchAndDelete) {
  const std::int64_t id = Create(MakeAccount("w@demo.tepat.id", domain::Role::kWarga));
  const domain::Session session = MakeSession("abc123", id, 500, 9000);
  ASSERT_TRUE(store().CreateSession(session).ok());
  auto found = store().FindSession("abc123");
  ASSERT_TRUE(found.ok() && found.value().has_value());
  EXPECT_EQ(found.value()->account_id, id);
  EXPECT_EQ(found.value()->csrf_token, session.csrf_token);
  EXPECT_EQ(found.value()->created_at, 500);
  EXPECT_EQ(found.value()->absolute_expiry, 9000);

  ASSERT_TRUE(store().TouchSession("abc123", 777).ok());
  EXPECT_EQ(store().FindSession("abc123").value()->last_seen_at, 777);
  EXPECT_EQ(store().TouchSession("missing", 777).code(), ErrorCode::kNotFound);

  ASSERT_TRUE(store().DeleteSession("abc123").ok());
  EXPECT_FALSE(store().FindSession("abc123").value().has_value());
  EXPECT_TRUE(store().DeleteSession("abc123").ok()) << "deleting twice is harmless";
}

TEST_P(AccountStoreTest, SessionOfUnknownAccountIsRefused) {
  EXPECT_FALSE(store().CreateSession(MakeSession("orphan", 4242, 1, 2)).ok());
}

TEST_P(AccountStoreTest, DeleteExpiredSessionsRemovesIdleAndPastAbsoluteExpiry) {
  const std::int64_t id = Create(MakeAccount("x@demo.tepat.id", domain::Role::kWarga));
  ASSERT_TRUE(store().CreateSession(MakeSession("idle", id, /*last_seen=*/100, /*absolute_expiry=*/5000)).ok());
  ASSERT_TRUE(store().CreateSession(MakeSession("over", id, 900, 1000)).ok());
  ASSERT_TRUE(store().CreateSession(MakeSession("live", id, 900, 5000)).ok());
  ASSERT_TRUE(store().DeleteExpiredSessions(/*now=*/1000, /*idle_cutoff=*/200).ok());
  EXPECT_FALSE(store().FindSession("idle").value().has_value());
  EXPECT_FALSE(store().FindSession("over").value().has_value());
  EXPECT_TRUE(store().FindSession("live").value().has_value());
}

TEST_P(AccountStoreTest, DeleteSessionsOfAccountLeavesOthers) {
  const std::int64_t id = Create(MakeAccount("y@demo.tepat.id", domain::Role::kWarga));
  const std::int64_t other = Create(MakeAccount("z@demo.tepat.id", domain::Role::kWarga));
  ASSERT_TRUE(store().CreateSession(MakeSession("mine", id, 1, 99)).ok());
  ASSERT_TRUE(store().CreateSession(MakeSession("theirs", other, 1, 99)).ok());
  ASSERT_TRUE(store().DeleteSessionsOfAccount(id).ok());
  EXPECT_FALSE(store().FindSession("mine").value().has_value());
  EXPECT_TRUE(store().FindSession("theirs").value().has_value());
}

TEST_P(AccountStoreTest, LoginFailuresAreCountedPerKeySinceAndCleared) {
  for (domain::UnixSeconds at : {100, 200, 300}) ASSERT_TRUE(store().RecordLoginFailure("acct:7", at).ok());
  ASSERT_TRUE(store().RecordLoginFailure("ip:10.0.0.1", 250).ok());
  EXPECT_EQ(store().CountLoginFailures("acct:7", 200).value(), 2);
  EXPECT_EQ(store().CountLoginFailures("acct:7", 0).value(), 3);
  EXPECT_EQ(store().CountLoginFailures("ip:10.0.0.1", 0).value(), 1);
  ASSERT_TRUE(store().ClearLoginFailures("acct:7").ok());
  EXPECT_EQ(store().CountLoginFailures("acct:7", 0).value(), 0);
  EXPECT_EQ(store().CountLoginFailures("ip:10.0.0.1", 0).value(), 1);
}

}  // namespace
}  // namespace tepat::store_test

// Notifications and the email outbox in the store, on both engines.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace tepat::store_test {
namespace {

constexpr domain::UnixSeconds kT0 = 1'795'000'000;
constexpr std::int64_t kLease = 300;

class NotificationStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (HasFatalFailure()) return;
    domain::Account account;
    account.email = "warga@example.id";
    account.display_name = "Warga";
    account.password_hash = "x";
    account_ = store().CreateAccount(account).value();
    account.email = "other@example.id";
    other_ = store().CreateAccount(account).value();
  }

  domain::Notification Note(std::int64_t account, const std::string& title) {
    domain::Notification note;
    note.account_id = account;
    note.reference = "complaint:1";
    note.title = title;
    note.body = "b";
    note.created_at = kT0;
    return note;
  }
  domain::OutboxEmail Email(const std::string& to) {
    domain::OutboxEmail email;
    email.recipient = to;
    email.subject = "s";
    email.body = "b";
    email.created_at = kT0;
    return email;
  }

  std::int64_t account_ = 0;
  std::int64_t other_ = 0;
};

TEST_P(NotificationStoreTest, ListsNewestFirstCountsUnreadAndMarksReadPerAccount) {
  ASSERT_TRUE(store().AddNotifications({Note(account_, "one"), Note(account_, "two"), Note(other_, "theirs")}, {}).ok());
  auto listed = store().ListNotifications(account_, 10, 0);
  ASSERT_TRUE(listed.ok()) << listed.status().message();
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].title, "two");
  EXPECT_EQ((*listed)[1].title, "one");
  EXPECT_FALSE((*listed)[0].read_at.has_value());
  EXPECT_EQ(store().CountUnreadNotifications(account_).value(), 2);

  auto older = store().ListNotifications(account_, 10, (*listed)[0].id);
  ASSERT_EQ(older->size(), 1u);
  EXPECT_EQ((*older)[0].title, "one");

  const std::int64_t theirs = store().ListNotifications(other_, 1, 0).value()[0].id;
  EXPECT_EQ(store().MarkNotificationRead(account_, theirs, kT0 + 1).code(), domain::ErrorCode::kNotFound);
  ASSERT_TRUE(store().MarkNotificationRead(account_, (*listed)[0].id, kT0 + 1).ok());
  ASSERT_TRUE(store().MarkNotificationRead(account_, (*listed)[0].id, kT0 + 5).ok());  // again: time kept
  EXPECT_EQ(store().ListNotifications(account_, 1, 0).value()[0].read_at, kT0 + 1);
  EXPECT_EQ(store().CountUnreadNotifications(account_).value(), 1);
  EXPECT_EQ(store().MarkAllNotificationsRead(account_, kT0 + 2).value(), 1);
  EXPECT_EQ(store().CountUnreadNotifications(account_).value(), 0);
  EXPECT_EQ(store().CountUnreadNotifications(other_).value(), 1);
}

TEST_P(NotificationStoreTest, NotificationsAndEmailsAreStoredTogetherOrNotAtAll) {
  domain::Notification unknown_account = Note(999'999, "nobody");
  EXPECT_FALSE(store().AddNotifications({Note(account_, "kept?"), unknown_account}, {Email("a@b.c")}).ok());
  EXPECT_EQ(store().CountUnreadNotifications(account_).value(), 0);
  EXPECT_EQ(store().CountOutbox()->pending, 0);
}

TEST_P(NotificationStoreTest, ClaimedEmailsAreNotHandedOutTwiceUntilTheLeaseEnds) {
  ASSERT_TRUE(store().AddNotifications({}, {Email("a@b.c"), Email("d@e.f")}).ok());
  auto first = store().ClaimDueEmails(kT0, 10, kLease);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].recipient, "a@b.c");
  EXPECT_TRUE(store().ClaimDueEmails(kT0 + 1, 10, kLease)->empty());
  // The sender died: after the lease the emails are due again.
  EXPECT_EQ(store().ClaimDueEmails(kT0 + kLease, 10, kLease)->size(), 2u);
}

TEST_P(NotificationStoreTest, AFailedEmailWaitsForItsNextAttemptAndASentOneIsDone) {
  ASSERT_TRUE(store().AddNotifications({}, {Email("a@b.c")}).ok());
  const std::int64_t id = store().ClaimDueEmails(kT0, 1, kLease).value()[0].id;
  ASSERT_TRUE(store().MarkEmailFailed(id, "cannot connect", kT0 + 60).ok());
  EXPECT_TRUE(store().ClaimDueEmails(kT0 + 59, 1, kLease)->empty());
  auto retry = store().ClaimDueEmails(kT0 + 60, 1, kLease);
  ASSERT_EQ(retry->size(), 1u);
  EXPECT_EQ((*retry)[0].attempts, 1);
  EXPECT_EQ((*retry)[0].last_error, "cannot connect");
  EXPECT_EQ(store().CountOutbox()->failing, 1);
  ASSERT_TRUE(store().MarkEmailSent(id, kT0 + 61).ok());
  EXPECT_TRUE(store().ClaimDueEmails(kT0 + 10'000, 1, kLease)->empty());
  store::OutboxCounts counts = store().CountOutbox().value();
  EXPECT_EQ(counts.pending, 0);
  EXPECT_EQ(counts.sent, 1);
  EXPECT_EQ(store().ListOutboxEmails(10, 0).value()[0].sent_at, kT0 + 61);
  EXPECT_EQ(store().MarkEmailSent(999'999, kT0).code(), domain::ErrorCode::kNotFound);
}

TEPAT_STORE_SUITE_ON_ALL_ENGINES(NotificationStoreTest);

}  // namespace
}  // namespace tepat::store_test

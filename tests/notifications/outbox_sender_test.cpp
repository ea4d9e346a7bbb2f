// OutboxSender over a real store with a scripted transport and a manual clock: backoff, retries, nothing lost.
#include "service/outbox_sender.hpp"

#include <gtest/gtest.h>

#include <deque>

#include "store/store_fixture.hpp"

namespace tepat::store_test {
namespace {

constexpr domain::UnixSeconds kT0 = 1'795'000'000;

/// Answers each Send with the next scripted status (OK when the script is empty) and records the messages.
class ScriptedTransport final : public service::MailTransport {
 public:
  domain::Status Send(const service::MailMessage& message) override {
    attempts.push_back(message);
    if (script.empty()) return domain::Status::Ok();
    domain::Status next = script.front();
    script.pop_front();
    return next;
  }
  std::deque<domain::Status> script;
  std::vector<service::MailMessage> attempts;
};

class OutboxSenderTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    config_.retry = domain::RetryPolicy{.base_delay_seconds = 30, .max_delay_seconds = 100};
  }
  void Queue(const std::string& to) {
    domain::OutboxEmail email;
    email.recipient = to;
    email.subject = "Status";
    email.body = "b";
    email.created_at = clock_.Now();
    ASSERT_TRUE(store().AddNotifications({}, {email}).ok());
  }
  service::OutboxRunSummary Run() {
    service::OutboxSender sender(store(), clock_, transport_, config_);
    auto summary = sender.RunOnce();
    EXPECT_TRUE(summary.ok()) << summary.status().message();
    return summary.ok() ? *summary : service::OutboxRunSummary{};
  }

  service::ManualClock clock_{kT0};
  ScriptedTransport transport_;
  service::OutboxConfig config_;
};

TEST_P(OutboxSenderTest, RetriesWithDoublingDelaysWhileTheServerIsDownThenDelivers) {
  Queue("warga@example.id");
  for (int i = 0; i < 4; ++i) transport_.script.push_back(domain::Unavailable("cannot connect"));

  EXPECT_EQ(Run().failed, 1);               // t0: fails, next try at +30
  clock_.Advance(29);
  EXPECT_EQ(Run().failed + Run().sent, 0);  // not due yet
  clock_.Advance(1);
  EXPECT_EQ(Run().failed, 1);               // +30: fails, next at +60 later
  clock_.Advance(59);
  EXPECT_EQ(Run().failed, 0);
  clock_.Advance(1);
  EXPECT_EQ(Run().failed, 1);               // fails, next wait 100 (120 capped at the maximum)
  clock_.Advance(99);
  EXPECT_EQ(Run().failed, 0);
  clock_.Advance(1);
  EXPECT_EQ(Run().failed, 1);               // fourth failure
  EXPECT_EQ(store().CountOutbox()->pending, 1);
  EXPECT_EQ(store().ListOutboxEmails(1, 0).value()[0].attempts, 4);

  clock_.Advance(100);  // the server is back
  EXPECT_EQ(Run().sent, 1);
  EXPECT_EQ(transport_.attempts.size(), 5u);
  store::OutboxCounts counts = store().CountOutbox().value();
  EXPECT_EQ(counts.pending, 0);
  EXPECT_EQ(counts.sent, 1);
  clock_.Advance(10'000);
  EXPECT_EQ(Run().sent, 0) << "a sent email is never sent again";
}

TEST_P(OutboxSenderTest, APermanentRefusalIsKeptButNotRetried) {
  Queue("nobody@example.id");
  Queue("warga@example.id");
  transport_.script.push_back(domain::InvalidArgument("550 no such user"));
  service::OutboxRunSummary first = Run();
  EXPECT_EQ(first.failed, 1);
  EXPECT_EQ(first.sent, 1);
  clock_.Advance(365 * 24 * 3600);
  EXPECT_EQ(Run().failed + Run().sent, 0);
  EXPECT_EQ(store().CountOutbox()->pending, 1) << "the refused email stays for an operator to see";
  EXPECT_EQ(store().ListOutboxEmails(2, 0).value()[1].last_error, "550 no such user");
}

TEPAT_STORE_SUITE_ON_ALL_ENGINES(OutboxSenderTest);

}  // namespace
}  // namespace tepat::store_test

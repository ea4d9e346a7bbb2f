// Notifications through the running server: the bell API, and emails that wait while SMTP is down and are
// delivered once it is back.
#include "server/server_fixture.hpp"
#include "support/smtp_sink.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;

constexpr std::chrono::seconds kDeliveryWait{20};

std::int64_t AccountId(TestServer& server, Role role) {
  return server.services().store().FindAccountByEmail(app::DemoEmail(role)).value().value().id;
}

service::NotificationDraft Draft(const std::string& title) {
  return {domain::NotificationKind::kComplaintStatus, "complaint:7", title, "Status keluhan Anda: DITERUSKAN."};
}

class NotificationApiTest : public ServerTest {};

TEST_P(NotificationApiTest, TheBellCountsUnreadAndMarkingReadIsPerAccount) {
  ASSERT_TRUE(server_->services().notifications().Notify({AccountId(*server_, Role::kWarga)}, Draft("Satu")).ok());
  ASSERT_TRUE(server_->services().notifications().Notify({AccountId(*server_, Role::kWarga)}, Draft("Dua")).ok());
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  EXPECT_EQ(Json(warga.Get("/api/notifications/unread-count").body).at("unread"), 2);
  boost::json::value list = Json(warga.Get("/api/notifications").body);
  ASSERT_EQ(list.at("notifications").as_array().size(), 2u);
  EXPECT_EQ(list.at("notifications").at(0).at("title"), "Dua");
  EXPECT_EQ(list.at("notifications").at(0).at("kind"), "complaint_status");
  EXPECT_EQ(list.at("notifications").at(0).at("read"), false);
  const std::int64_t newest = list.at("notifications").at(0).at("id").as_int64();

  HttpClient other = LoggedIn(*server_, Role::kOperator);
  EXPECT_EQ(other.Post("/api/notifications/" + std::to_string(newest) + "/read", "").status, 404u);
  EXPECT_EQ(Json(other.Get("/api/notifications/unread-count").body).at("unread"), 0);

  HttpResult read = warga.Post("/api/notifications/" + std::to_string(newest) + "/read", "");
  ASSERT_EQ(read.status, 200u) << read.body;
  EXPECT_EQ(Json(read.body).at("unread"), 1);
  HttpResult all = warga.Post("/api/notifications/read-all", "");
  ASSERT_EQ(all.status, 200u) << all.body;
  EXPECT_EQ(Json(all.body).at("marked"), 1);
  EXPECT_EQ(Json(all.body).at("unread"), 0);
  EXPECT_EQ(warga.Post("/api/notifications/abc/read", "").status, 400u);
  EXPECT_EQ(server_->services().store().CountOutbox()->pending, 0) << "no SMTP configured: no emails queued";
}

INSTANTIATE_TEST_SUITE_P(Engines, NotificationApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

/// A server whose SMTP relay is down at first (nothing listens on its port).
class EmailDeliveryTest : public ServerTest {
 protected:
  app::ServeOptions Options() override {
    smtp_port_ = SmtpSink::FreePort();
    app::ServeOptions options;
    options.smtp = http::SmtpConfig{.host = "127.0.0.1", .port = smtp_port_, .from = "tepat@dinsos.example.id"};
    options.outbox.retry = domain::RetryPolicy{.base_delay_seconds = 1, .max_delay_seconds = 1};
    options.outbox_poll = std::chrono::milliseconds(100);
    options.community.notifications.public_url = "https://tepat.example.id";
    return options;
  }
  std::uint16_t smtp_port_ = 0;
};

TEST_P(EmailDeliveryTest, EmailsWaitWhileSmtpIsDownAndAreDeliveredWhenItIsBack) {
  store::Store& store = server_->services().store();
  ASSERT_TRUE(server_->services().notifications().Notify({AccountId(*server_, Role::kWarga)}, Draft("Keluhan diteruskan")).ok());
  // Wait until the sender has tried and failed at least once.
  const auto deadline = std::chrono::steady_clock::now() + kDeliveryWait;
  while (store.CountOutbox()->failing == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(store.CountOutbox()->failing, 1);
  EXPECT_NE(store.ListOutboxEmails(1, 0).value()[0].last_error.find("cannot connect"), std::string::npos);
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  EXPECT_EQ(Json(warga.Get("/api/notifications/unread-count").body).at("unread"), 1) << "in-app does not wait for SMTP";

  SmtpSink sink(smtp_port_);
  auto messages = sink.WaitForMessages(1, kDeliveryWait);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].to, app::DemoEmail(Role::kWarga));
  EXPECT_EQ(messages[0].subject, "[Tepat] Keluhan diteruskan");
  EXPECT_NE(messages[0].body.find("https://tepat.example.id/#/notifikasi"), std::string::npos) << messages[0].body;
  while (store.CountOutbox()->sent == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  store::OutboxCounts counts = store.CountOutbox().value();
  EXPECT_EQ(counts.sent, 1);
  EXPECT_EQ(counts.pending, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, EmailDeliveryTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support

// The complaint listeners wired by Services, on both engines: notifications (issue 5 item 7: the reporter on every
// status change, the PIC Korwil and admin Pemda of the region on new, forwarded and overdue complaints, email
// through the outbox) and the public discussion (item 6: non-rahasia complaints appear, anonymous without name,
// never NIK or phones).
#include <algorithm>

#include "complaint_fixture.hpp"
#include "domain/working_days.hpp"

namespace tepat::complaints_test {
namespace {

using domain::ComplaintAction;
using domain::NotificationKind;

constexpr const char* kMalangPemda = "pemda-malang@demo.tepat.id";

class ComplaintNotificationTest : public ComplaintServiceTest {
 protected:
  service::CommunityConfig Community() override {
    service::CommunityConfig config;
    config.notifications.email_enabled = true;
    return config;
  }

  std::int64_t Unread(const service::Actor& actor) {
    auto count = services_->notifications().UnreadCount(actor);
    EXPECT_TRUE(count.ok()) << count.status().message();
    return count.ok() ? *count : -1;
  }
  std::int64_t Unread(Role role) { return Unread(As(role)); }

  std::vector<domain::Notification> Inbox(Role role) {
    return services_->notifications().List(As(role), 100, 0).value();
  }

  std::vector<domain::OutboxEmail> EmailsTo(Role role) {
    std::vector<domain::OutboxEmail> out = test_store_.store->ListOutboxEmails(100, 0).value();
    std::erase_if(out, [&](const domain::OutboxEmail& email) { return email.recipient != app::DemoEmail(role); });
    return out;
  }

  std::vector<domain::DiscussionPost> PublicComplaintItems() {
    return services_->discussion().ListItems("complaint", 50, 0).value();
  }
};
TEPAT_COMPLAINT_SUITE(ComplaintNotificationTest);

/// No notification text or email may carry the reporter's numbers.
void ExpectNoPersonalData(const std::string& text) {
  EXPECT_EQ(text.find(kNik), std::string::npos) << text;
  EXPECT_EQ(text.find("3456"), std::string::npos) << text;
  EXPECT_EQ(text.find("5551234"), std::string::npos) << text;
}

TEST_P(ComplaintNotificationTest, ReporterHearsEveryStatusChangeAndOfficialsOfTheRegionHearNewAndForwarded) {
  const domain::Complaint filed = File(As(Role::kWarga), Draft());
  const std::string reference = "complaint:" + std::to_string(filed.id);
  // New: the PIC Korwil (East Java) and the admin Pemda of Banyuwangi; not Malang, not admin, not the reporter.
  EXPECT_EQ(Unread(Role::kPicKorwil), 1);
  EXPECT_EQ(Unread(Role::kAdminPemda), 1);
  EXPECT_EQ(Unread(AsEmail(kMalangPemda)), 0);
  EXPECT_EQ(Unread(Role::kAdmin), 0);
  EXPECT_EQ(Unread(Role::kOperatorDesa), 0);
  EXPECT_EQ(Unread(Role::kWarga), 0);
  EXPECT_EQ(Inbox(Role::kAdminPemda).at(0).kind, NotificationKind::kComplaintNew);
  EXPECT_EQ(Inbox(Role::kAdminPemda).at(0).reference, reference);

  // Forwarded by the Korwil: the reporter and the Pemda hear it, the Korwil who did it does not.
  ASSERT_TRUE(Act(Role::kPicKorwil, filed.id, ComplaintAction::kForward, "Mohon dicek").ok());
  EXPECT_EQ(Unread(Role::kWarga), 1);
  EXPECT_EQ(Unread(Role::kAdminPemda), 2);
  EXPECT_EQ(Unread(Role::kPicKorwil), 1);

  // Follow-up and close: only the reporter hears; a comment changes nothing.
  ASSERT_TRUE(Act(Role::kAdminPemda, filed.id, ComplaintAction::kRespond, "Sedang dicek").ok());
  ASSERT_TRUE(Act(Role::kAdminPemda, filed.id, ComplaintAction::kComment, "Catatan").ok());
  ASSERT_TRUE(Act(Role::kAdminPemda, filed.id, ComplaintAction::kClose, "Sudah disalurkan").ok());
  EXPECT_EQ(Unread(Role::kWarga), 3);
  EXPECT_EQ(Unread(Role::kAdminPemda), 2);
  EXPECT_EQ(Unread(Role::kPicKorwil), 1);

  const std::vector<domain::Notification> inbox = Inbox(Role::kWarga);
  ASSERT_EQ(inbox.size(), 3u);
  for (const domain::Notification& notification : inbox) {
    EXPECT_EQ(notification.kind, NotificationKind::kComplaintStatus);
    EXPECT_EQ(notification.reference, reference);
    EXPECT_NE(notification.title.find(filed.tracking_number), std::string::npos) << notification.title;
    ExpectNoPersonalData(notification.title + notification.body);
  }
  EXPECT_NE(inbox.front().title.find("Selesai"), std::string::npos) << inbox.front().title;

  // Email through the outbox, one per notification, to the account's address.
  const std::vector<domain::OutboxEmail> emails = EmailsTo(Role::kWarga);
  ASSERT_EQ(emails.size(), 3u);
  for (const domain::OutboxEmail& email : emails) ExpectNoPersonalData(email.subject + email.body);
  EXPECT_EQ(EmailsTo(Role::kAdminPemda).size(), 2u);
  EXPECT_EQ(EmailsTo(Role::kAdmin).size(), 0u);
}

TEST_P(ComplaintNotificationTest, OverdueComplaintsReachTheOfficialsAndTheReporter) {
  const domain::Complaint filed = File(As(Role::kWarga), Draft());
  ASSERT_TRUE(Act(Role::kPicKorwil, filed.id, ComplaintAction::kForward).ok());
  const std::int64_t korwil_before = Unread(Role::kPicKorwil);
  const std::int64_t pemda_before = Unread(Role::kAdminPemda);
  const std::int64_t warga_before = Unread(Role::kWarga);

  const domain::UnixSeconds deadline = kStart + domain::kNoResponseDays * domain::kSecondsPerDay;
  ASSERT_EQ(complaints().Sweep(deadline).value().marked, 1);
  EXPECT_EQ(Unread(Role::kPicKorwil), korwil_before + 1);
  EXPECT_EQ(Unread(Role::kAdminPemda), pemda_before + 1);
  EXPECT_EQ(Unread(Role::kWarga), warga_before + 1);
  EXPECT_EQ(Inbox(Role::kPicKorwil).at(0).kind, NotificationKind::kComplaintOverdue);
  EXPECT_EQ(Inbox(Role::kWarga).at(0).kind, NotificationKind::kComplaintStatus);

  // A second sweep marks nothing and tells nobody again.
  ASSERT_EQ(complaints().Sweep(deadline).value().marked, 0);
  EXPECT_EQ(Unread(Role::kPicKorwil), korwil_before + 1);
  EXPECT_EQ(services_->complaint_notifier().failures(), 0);
}

TEST_P(ComplaintNotificationTest, OfflineComplaintsHaveNoReporterAccountAndTheRecorderIsNotToldOfTheirOwnWork) {
  domain::ComplaintDraft draft = Draft();
  draft.channel = domain::ComplaintChannel::kLisan;
  draft.reporter_name = "Ibu Sulastri";
  const domain::Complaint filed = File(As(Role::kPicKorwil), draft);
  EXPECT_EQ(Unread(Role::kPicKorwil), 0);
  EXPECT_EQ(Unread(Role::kAdminPemda), 1);
  ASSERT_TRUE(Act(Role::kPicKorwil, filed.id, ComplaintAction::kForward).ok());
  EXPECT_EQ(Unread(Role::kAdminPemda), 2);
  EXPECT_EQ(Unread(Role::kWarga), 0);
}

TEST_P(ComplaintNotificationTest, PublicComplaintsAppearInTheDiscussionWithoutNumbersAndRahasiaNever) {
  domain::ComplaintDraft anonymous = Draft("Anonim NIK 3510014506900003");
  anonymous.show_profile = false;
  anonymous.message = "Hubungi saya di 0812-3456-7890. Bantuan belum cair.";
  const domain::Complaint anonymous_filed = File(As(Role::kWarga), anonymous);

  domain::ComplaintDraft secret = Draft("Rahasia sekali");
  secret.rahasia = true;
  const domain::Complaint secret_filed = File(As(Role::kWarga), secret);

  domain::ComplaintDraft named = Draft("Dengan nama");
  named.show_profile = true;
  const domain::Complaint named_filed = File(As(Role::kWarga), named);

  const std::vector<domain::DiscussionPost> items = PublicComplaintItems();
  ASSERT_EQ(items.size(), 2u);
  for (const domain::DiscussionPost& item : items) {
    EXPECT_NE(item.complaint_id, std::optional(secret_filed.id));
    EXPECT_NE(item.title, "Rahasia sekali");
    ExpectNoPersonalData(item.title + item.body + item.author_label);
    EXPECT_EQ(item.region, std::optional(*domain::RegionCode::Parse("35.10")));
  }
  const auto find = [&](std::int64_t id) {
    return *std::find_if(items.begin(), items.end(),
                         [&](const domain::DiscussionPost& item) { return item.complaint_id == std::optional(id); });
  };
  const domain::DiscussionPost anonymous_item = find(anonymous_filed.id);
  EXPECT_EQ(anonymous_item.author_label, "Anonim");
  EXPECT_EQ(anonymous_item.title, "Anonim NIK 3510********0003");
  EXPECT_EQ(anonymous_item.body, "Hubungi saya di 0812-****-7890. Bantuan belum cair.");
  EXPECT_EQ(find(named_filed.id).author_label, "Warga Demo");
  EXPECT_EQ(services_->complaint_publisher().failures(), 0);
}

}  // namespace
}  // namespace tepat::complaints_test

// ComplaintService on both engines: filing (online, anonymous, offline), the workflow with its guards, privacy
// (NIK and phones only for admin, PIC Korwil and the owning Pemda, audited), lists, the idempotent sweep, comment
// edit/delete history, attachments, and the listener hook.
#include <functional>

#include "complaint_fixture.hpp"
#include "domain/working_days.hpp"
#include "service/upload_check.hpp"

namespace tepat::complaints_test {
namespace {

using domain::ComplaintAction;
using domain::ComplaintStatus;
using domain::ComplaintVisibility;
using domain::ErrorCode;
using service::ComplaintEventKind;

class ComplaintFlowTest : public ComplaintServiceTest {};

/// A list request made from the default one by `edit`.
service::ComplaintListRequest Request(const std::function<void(service::ComplaintListRequest&)>& edit) {
  service::ComplaintListRequest request;
  edit(request);
  return request;
}
TEPAT_COMPLAINT_SUITE(ComplaintFlowTest);

TEST_P(ComplaintFlowTest, CitizenFilesAndTheComplaintGoesThroughEveryStep) {
  domain::ComplaintDraft draft = Draft();
  draft.show_profile = false;
  domain::Complaint filed = File(As(Role::kWarga), draft);
  EXPECT_EQ(filed.tracking_number, "KLH-3510-2026-000001");
  EXPECT_EQ(filed.status, ComplaintStatus::kBaru);
  // The reporter sees their own numbers masked.
  ASSERT_TRUE(filed.reporter_nik.has_value());
  EXPECT_EQ(*filed.reporter_nik, "3510********0003");
  EXPECT_EQ(filed.phones.at(0), "+62812****7890");

  ASSERT_TRUE(Act(Role::kPicKorwil, filed.id, ComplaintAction::kForward, "Mohon ditindaklanjuti").ok());
  clock_.Advance(3600);
  ASSERT_TRUE(Act(Role::kAdminPemda, filed.id, ComplaintAction::kRespond, "Sedang dicek ke desa").ok());
  auto closed = Act(Role::kAdminPemda, filed.id, ComplaintAction::kClose, "Bantuan sudah disalurkan");
  ASSERT_TRUE(closed.ok()) << closed.status().message();
  EXPECT_EQ(closed->complaint.status, ComplaintStatus::kSelesai);

  auto seen = complaints().Get(As(Role::kWarga), filed.id);
  ASSERT_TRUE(seen.ok());
  ASSERT_EQ(seen->comments.size(), 3u);
  EXPECT_EQ(seen->comments[0].status_to, std::optional(ComplaintStatus::kDiteruskan));
  EXPECT_EQ(seen->comments[2].status_to, std::optional(ComplaintStatus::kSelesai));
  EXPECT_EQ(seen->visibility, ComplaintVisibility::kMasked);

  const domain::Complaint stored = Stored(filed.id);
  EXPECT_EQ(stored.forwarded_at, std::optional(kStart));
  EXPECT_EQ(stored.first_response_at, std::optional(kStart + 3600));

  ASSERT_EQ(listener_.events.size(), 4u);
  EXPECT_EQ(listener_.events[0].kind, ComplaintEventKind::kFiled);
  EXPECT_EQ(listener_.events[1].kind, ComplaintEventKind::kStatusChanged);
  EXPECT_EQ(listener_.events[1].transition->to, ComplaintStatus::kDiteruskan);
  EXPECT_EQ(listener_.events[3].complaint.status, ComplaintStatus::kSelesai);
  EXPECT_EQ(listener_.events[3].complaint.reporter_nik, std::optional<std::string>(kNik));  // unredacted
}

TEST_P(ComplaintFlowTest, NikAndPhonesOnlyForAdminKorwilAndTheOwningPemdaAndEveryClearViewIsAudited) {
  domain::Complaint filed = File(As(Role::kWarga), Draft());
  auto before = test_store_.store->ListAudit(100, 0).value().size();
  for (Role role : {Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda}) {
    auto view = complaints().Get(As(role), filed.id);
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->visibility, ComplaintVisibility::kFull) << domain::RoleName(role);
    EXPECT_EQ(view->complaint.reporter_nik, std::optional<std::string>(kNik));
    EXPECT_EQ(view->complaint.phones.at(0), "+6281234567890");
  }
  auto audit = test_store_.store->ListAudit(100, 0).value();
  EXPECT_EQ(audit.size(), before + 3);
  EXPECT_EQ(audit.front().action, "complaint.view_personal");

  auto malang = complaints().Get(AsEmail("pemda-malang@demo.tepat.id"), filed.id);
  ASSERT_TRUE(malang.ok());
  EXPECT_EQ(malang->visibility, ComplaintVisibility::kPublic);
  EXPECT_FALSE(malang->complaint.reporter_nik.has_value());
  EXPECT_TRUE(malang->complaint.phones.empty());
  EXPECT_EQ(malang->complaint.reporter_name, "");  // anonymous by default

  auto guest = complaints().GetByTracking(service::Actor::Guest("10.0.0.1"), filed.tracking_number);
  ASSERT_TRUE(guest.ok());
  EXPECT_TRUE(guest->complaint.phones.empty());
  EXPECT_TRUE(guest->attachments.empty());
  EXPECT_TRUE(guest->allowed_actions.empty());
}

TEST_P(ComplaintFlowTest, RahasiaIsNeverPublicAndOfficialsListOnlyTheirRegions) {
  domain::ComplaintDraft secret = Draft("Rahasia");
  secret.rahasia = true;
  File(As(Role::kWarga), secret);
  domain::ComplaintDraft shown = Draft("Dengan nama");
  shown.show_profile = true;
  File(As(Role::kWarga), shown);
  domain::ComplaintDraft malang = Draft("Di Malang");
  malang.region = "35.07";
  malang.reporter_nik.clear();
  File(As(Role::kWarga), malang);

  auto pub = complaints().ListPublic({});
  ASSERT_TRUE(pub.ok());
  ASSERT_EQ(pub->total, 2);
  EXPECT_EQ(pub->items[0].complaint.title, "Di Malang");
  EXPECT_EQ(pub->items[1].complaint.reporter_name, "Warga Demo");  // tampilkan profil
  EXPECT_FALSE(pub->items[0].complaint.reporter_account_id.has_value());  // anonymous: no link to the account
  EXPECT_EQ(pub->items[0].complaint.reporter_name, "");
  EXPECT_EQ(complaints().GetByTracking(service::Actor::Guest("x"), "KLH-3510-2026-000001").status().code(),
            ErrorCode::kNotFound);

  auto banyuwangi = complaints().ListForOfficial(As(Role::kAdminPemda), {});
  ASSERT_TRUE(banyuwangi.ok());
  EXPECT_EQ(banyuwangi->total, 2);  // rahasia included, Malang left out
  auto desa = complaints().ListForOfficial(As(Role::kOperatorDesa), {});
  ASSERT_TRUE(desa.ok());
  EXPECT_EQ(desa->total, 2);
  EXPECT_EQ(complaints().ListForOfficial(As(Role::kAdmin), {}).value().total, 3);
  EXPECT_EQ(complaints().ListForOfficial(As(Role::kPicKorwil), Request([](auto& r) { r.search = "malang"; })).value().total, 1);
  EXPECT_EQ(complaints().ListForOfficial(As(Role::kWarga), {}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(complaints().ListForOfficial(As(Role::kAdminPemda),
                                          Request([](auto& r) { r.region = domain::RegionCode::Parse("35.07"); }))
                .status()
                .code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(complaints().ListOwn(As(Role::kWarga), {}).value().total, 3);
  EXPECT_EQ(complaints().ListPublic(Request([](auto& r) { r.page_size = 0; })).status().code(), ErrorCode::kInvalidArgument);
}

TEST_P(ComplaintFlowTest, OperatorRecordsAnOralComplaintForACitizenInTheirRegionOnly) {
  domain::ComplaintDraft oral = Draft("Disampaikan lisan");
  oral.channel = domain::ComplaintChannel::kLisan;
  oral.reporter_name = "Pak Slamet";
  domain::Complaint recorded = File(As(Role::kOperatorDesa), oral);
  EXPECT_EQ(recorded.channel, domain::ComplaintChannel::kLisan);
  const domain::Complaint stored = Stored(recorded.id);
  EXPECT_FALSE(stored.reporter_account_id.has_value());
  EXPECT_TRUE(stored.recorded_by_account_id.has_value());
  EXPECT_EQ(stored.reporter_name, "Pak Slamet");

  oral.region = "35.07";
  std::vector<domain::ComplaintProblem> problems;
  EXPECT_EQ(complaints().File(As(Role::kOperatorDesa), oral, &problems).status().code(),
            ErrorCode::kPermissionDenied);
  oral.region = "35.10";
  EXPECT_EQ(complaints().File(As(Role::kWarga), oral, &problems).status().code(), ErrorCode::kPermissionDenied);
  ASSERT_TRUE(Act(Role::kPicKorwil, recorded.id, ComplaintAction::kForward).ok());
  EXPECT_EQ(Stored(recorded.id).status, ComplaintStatus::kDiteruskan);
}

TEST_P(ComplaintFlowTest, BadDraftsListEveryProblemAndStoreNothing) {
  domain::ComplaintDraft bad = Draft("");
  bad.message = std::string(1 << 20, 'a');
  bad.reporter_nik = "1234";
  bad.phones = {"0812-1111-0001", "0812-1111-0002", "0812-1111-0003", "0812-1111-0004", "0812-1111-0005",
                "0812-1111-0006"};
  std::vector<domain::ComplaintProblem> problems;
  auto refused = complaints().File(As(Role::kWarga), bad, &problems);
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const auto& problem : problems) fields.push_back(problem.field);
  EXPECT_NE(std::find(fields.begin(), fields.end(), "title"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "message"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "reporter_nik"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "phones[5]"), fields.end());
  for (const auto& problem : problems) EXPECT_EQ(problem.message_en.find("1234"), std::string::npos);
  EXPECT_EQ(complaints().ListForOfficial(As(Role::kAdmin), {}).value().total, 0);
  EXPECT_TRUE(listener_.events.empty());
}

TEST_P(ComplaintFlowTest, ForbiddenSkippingAndRepeatedStepsChangeNothing) {
  domain::Complaint filed = File(As(Role::kWarga), Draft());
  EXPECT_EQ(Act(Role::kAdminPemda, filed.id, ComplaintAction::kForward).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(Act(Role::kAdminPemda, filed.id, ComplaintAction::kClose).status().code(),
            ErrorCode::kFailedPrecondition);  // skips DITERUSKAN and DITINDAKLANJUTI
  EXPECT_EQ(Act(Role::kAdmin, filed.id, ComplaintAction::kClose).status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Act(Role::kSupervisorKabupaten, filed.id, ComplaintAction::kComment).status().code(),
            ErrorCode::kPermissionDenied);
  ASSERT_TRUE(Act(Role::kPicKorwil, filed.id, ComplaintAction::kForward).ok());
  auto second = Act(Role::kPicKorwil, filed.id, ComplaintAction::kForward);
  EXPECT_EQ(second.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(complaints()
                .Act(AsEmail("pemda-malang@demo.tepat.id"), filed.id, {ComplaintAction::kComment, "Bukan wilayah"})
                .status()
                .code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(Act(Role::kPicKorwil, filed.id, ComplaintAction::kComment, "<script>alert(1)</script>").ok(), true);
  EXPECT_EQ(Act(Role::kAdminPemda, filed.id, ComplaintAction::kRespond, "").status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Act(Role::kAdmin, filed.id, ComplaintAction::kMarkNoResponse).status().code(),
            ErrorCode::kPermissionDenied);

  // Another citizen learns nothing about the complaint.
  auto other = services_->accounts().Create(service::Actor::System(),
                                            {"warga2@demo.tepat.id", "Warga Lain", "warga", app::kDemoPassword, {}});
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(complaints().Act(AsEmail("warga2@demo.tepat.id"), filed.id, {ComplaintAction::kComment, "Halo"})
                .status()
                .code(),
            ErrorCode::kNotFound);

  auto comments = test_store_.store->ListComplaintComments(filed.id).value();
  ASSERT_EQ(comments.size(), 2u);  // the forward and the Korwil's comment, nothing else
  EXPECT_EQ(comments[1].text, "<script>alert(1)</script>");  // kept as text; the web escapes it
  EXPECT_EQ(Stored(filed.id).status, ComplaintStatus::kDiteruskan);
}

TEST_P(ComplaintFlowTest, SweepMarksOverdueComplaintsOnceAndALateResponseMovesThemOn) {
  domain::Complaint late = File(As(Role::kWarga), Draft("Tidak dijawab"));
  domain::Complaint answered = File(As(Role::kWarga), Draft("Dijawab"));
  ASSERT_TRUE(Act(Role::kPicKorwil, late.id, ComplaintAction::kForward).ok());
  ASSERT_TRUE(Act(Role::kPicKorwil, answered.id, ComplaintAction::kForward).ok());
  ASSERT_TRUE(Act(Role::kAdminPemda, answered.id, ComplaintAction::kRespond).ok());

  const domain::UnixSeconds deadline = kStart + domain::kNoResponseDays * domain::kSecondsPerDay;
  EXPECT_EQ(complaints().Sweep(deadline - 1).value().marked, 0);
  auto first = complaints().Sweep(deadline);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->marked, 1);
  EXPECT_EQ(complaints().Sweep(deadline).value().marked, 0);
  EXPECT_EQ(complaints().Sweep(deadline + 86400).value().marked, 0);
  EXPECT_EQ(Stored(late.id).status, ComplaintStatus::kTidakAdaRespon);
  EXPECT_EQ(Stored(answered.id).status, ComplaintStatus::kDitindaklanjuti);
  auto comments = test_store_.store->ListComplaintComments(late.id).value();
  EXPECT_EQ(comments.back().author_label, "Sistem");
  EXPECT_FALSE(comments.back().author_account_id.has_value());
  EXPECT_EQ(listener_.events.back().kind, ComplaintEventKind::kStatusChanged);
  EXPECT_FALSE(listener_.events.back().actor_account_id.has_value());

  clock_.Set(deadline + 100);
  ASSERT_TRUE(Act(Role::kAdminPemda, late.id, ComplaintAction::kRespond, "Maaf terlambat").ok());
  const domain::Complaint moved = Stored(late.id);
  EXPECT_EQ(moved.status, ComplaintStatus::kDitindaklanjuti);
  EXPECT_EQ(moved.no_response_at, std::optional(deadline));
}

TEST_P(ComplaintFlowTest, AuthorsEditAndDeleteOwnCommentsWithHistory) {
  domain::Complaint filed = File(As(Role::kWarga), Draft());
  auto view = Act(Role::kWarga, filed.id, ComplaintAction::kComment, "Alamat saya RT 02");
  ASSERT_TRUE(view.ok()) << view.status().message();
  const std::int64_t comment_id = view->comments.back().id;
  EXPECT_EQ(view->comments.back().author_label, "Pelapor");  // anonymous reporter
  EXPECT_EQ(complaints().EditComment(As(Role::kPicKorwil), comment_id, "bukan milik saya").status().code(),
            ErrorCode::kPermissionDenied);
  ASSERT_TRUE(complaints().EditComment(As(Role::kWarga), comment_id, "Alamat saya RT 03").ok());
  auto deleted = complaints().DeleteComment(As(Role::kWarga), comment_id);
  ASSERT_TRUE(deleted.ok());
  EXPECT_TRUE(deleted->deleted);
  auto seen = complaints().Get(As(Role::kAdmin), filed.id).value();
  ASSERT_EQ(seen.comments.back().history.size(), 2u);
  EXPECT_EQ(seen.comments.back().history[0].text, "Alamat saya RT 02");
  auto pub = complaints().Get(service::Actor::Guest("x"), filed.id).value();
  EXPECT_TRUE(pub.comments.back().history.empty());
}

TEST_P(ComplaintFlowTest, AttachmentsAreCheckedStoredUnderServerNamesAndServedOnlyToThoseAllowed) {
  domain::Complaint filed = File(As(Role::kWarga), Draft());
  const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
  auto added = complaints().AddAttachment(As(Role::kWarga), filed.id, "../surat \"desa\".pdf", pdf);
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(added->content_type, "application/pdf");
  EXPECT_EQ(added->original_name, "surat _desa_.pdf");
  EXPECT_NE(added->stored_name.find(".pdf"), std::string::npos);
  EXPECT_EQ(added->stored_name.find("surat"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(attachments_dir_ / added->stored_name));

  auto elf = std::string("\x7F" "ELF\x02\x01\x01\0", 8) + std::string(120, '\0');
  auto refused = complaints().AddAttachment(As(Role::kWarga), filed.id, "bukti.pdf", elf);
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  auto big = complaints().AddAttachment(As(Role::kWarga), filed.id, "besar.pdf",
                                        pdf + std::string(service::kMaxAttachmentBytes, ' '));
  EXPECT_EQ(big.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(complaints().AddAttachment(service::Actor::Guest("x"), filed.id, "a.pdf", pdf).status().code(),
            ErrorCode::kNotFound);

  auto read = complaints().ReadAttachment(As(Role::kAdminPemda), added->id);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->bytes, pdf);
  EXPECT_EQ(complaints().ReadAttachment(service::Actor::Guest("x"), added->id).status().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(complaints().ReadAttachment(AsEmail("pemda-malang@demo.tepat.id"), added->id).status().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(complaints().Get(As(Role::kWarga), filed.id).value().attachments.size(), 1u);
}

TEST_P(ComplaintFlowTest, AdminsManageTopicsAndInactiveTopicsCannotBeChosen) {
  EXPECT_EQ(complaints().Topics(true).value().size(), 6u);
  EXPECT_EQ(complaints().SaveTopic(As(Role::kPicKorwil), {.id = 0, .name = "x", .active = true}).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(complaints().SaveTopic(As(Role::kAdmin), {.id = 0, .name = "", .active = true}).status().code(),
            ErrorCode::kInvalidArgument);
  ASSERT_TRUE(complaints().SaveTopic(As(Role::kAdmin), {.id = 6, .name = "Lainnya", .active = false}).ok());
  EXPECT_EQ(complaints().Topics(true).value().size(), 5u);
  domain::ComplaintDraft draft = Draft();
  draft.topic_id = 6;
  std::vector<domain::ComplaintProblem> problems;
  EXPECT_EQ(complaints().File(As(Role::kWarga), draft, &problems).status().code(), ErrorCode::kInvalidArgument);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "topic_id");
}

}  // namespace
}  // namespace tepat::complaints_test

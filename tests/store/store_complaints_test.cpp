// Shared store suite: complaints, topics, comments with history, attachments, the guarded transition and the
// officials' list filters, on both engines.
#include "domain/complaint_workflow.hpp"
#include <functional>

#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using domain::Complaint;
using domain::ComplaintComment;
using domain::ComplaintStatus;
using domain::RegionCode;

constexpr domain::UnixSeconds kT0 = 1'780'000'000;  // 2026-05-28
constexpr int kYear = 2026;
constexpr std::int64_t kReporter = 7;
const char* const kNik = "3510014506900003";

RegionCode Code(const char* text) { return *RegionCode::Parse(text); }

class ComplaintStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(store()
                    .UpsertRegions({{.code = Code("35"), .parent = std::nullopt, .name = "Jawa Timur"},
                                    {.code = Code("35.10"), .parent = Code("35"), .name = "Kabupaten Banyuwangi"},
                                    {.code = Code("35.07"), .parent = Code("35"), .name = "Kabupaten Malang"}})
                    .ok());
  }

  Complaint Draft(const char* region, const std::string& title) {
    Complaint c;
    c.region = Code(region);
    c.topic_id = 1;
    c.title = title;
    c.message = "Pesan tentang " + title;
    c.reporter_account_id = kReporter;
    c.reporter_name = "Siti";
    c.created_at = kT0;
    return c;
  }

  Complaint Create(Complaint c) {
    auto stored = store().CreateComplaint(std::move(c), kYear, std::nullopt);
    EXPECT_TRUE(stored.ok()) << stored.status().message();
    return stored.ok() ? *stored : Complaint{};
  }

  ComplaintComment CommentBy(std::int64_t author, const std::string& text, domain::UnixSeconds at) {
    ComplaintComment comment;
    comment.author_account_id = author;
    comment.author_label = "Petugas";
    comment.at = at;
    comment.text = text;
    return comment;
  }

  /// Titles of the first page of a query made from the default one by `edit`.
  std::vector<std::string> Titles(const std::function<void(store::ComplaintQuery&)>& edit) {
    store::ComplaintQuery query;
    edit(query);
    return Titles(query);
  }
  std::vector<std::string> Titles(const store::ComplaintQuery& query) {
    auto page = store().ListComplaints(query);
    EXPECT_TRUE(page.ok()) << page.status().message();
    std::vector<std::string> out;
    if (page.ok()) {
      for (const store::ComplaintListItem& item : page->items) out.push_back(item.complaint.title);
    }
    return out;
  }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(ComplaintStoreTest);

TEST_P(ComplaintStoreTest, TopicsAreSeededFromTheDomainListAndAdminsCanChangeThem) {
  auto topics = store().ListComplaintTopics();
  ASSERT_TRUE(topics.ok()) << topics.status().message();
  ASSERT_EQ(topics->size(), domain::DefaultTopics().size());
  for (std::size_t i = 0; i < topics->size(); ++i) {
    EXPECT_EQ((*topics)[i].id, domain::DefaultTopics()[i].id);
    EXPECT_EQ((*topics)[i].name, domain::DefaultTopics()[i].name);
    EXPECT_TRUE((*topics)[i].active);
  }
  auto added = store().SaveComplaintTopic({.id = 0, .name = "Data ganda", .active = true});
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(*added, 7);
  ASSERT_TRUE(store().SaveComplaintTopic({.id = 3, .name = "Kualitas bantuan", .active = false}).ok());
  auto after = store().ListComplaintTopics().value();
  EXPECT_EQ(after[2].name, "Kualitas bantuan");
  EXPECT_FALSE(after[2].active);
  EXPECT_EQ(store().SaveComplaintTopic({.id = 99, .name = "x", .active = true}).status().code(),
            domain::ErrorCode::kNotFound);
}

TEST_P(ComplaintStoreTest, ComplaintKeepsNiksAndPhonesAndGetsATrackingNumberPerRegionAndYear) {
  Complaint draft = Draft("35.10", "Tidak menerima BPNT");
  draft.reporter_nik = kNik;
  draft.beneficiary_niks = {"3510014506900011", "3510014506900029"};
  draft.phones = {"+6281234567890", "+62215551234"};
  draft.rahasia = true;
  draft.program_id = 4;
  ComplaintComment first = CommentBy(kReporter, "Lampiran menyusul", kT0);
  auto stored = store().CreateComplaint(draft, kYear, first);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_EQ(stored->tracking_number, "KLH-3510-2026-000001");
  EXPECT_EQ(Create(Draft("35.10", "Kedua")).tracking_number, "KLH-3510-2026-000002");
  EXPECT_EQ(Create(Draft("35.07", "Lain daerah")).tracking_number, "KLH-3507-2026-000001");

  auto loaded = store().GetComplaint(stored->id);
  ASSERT_TRUE(loaded.ok() && loaded->has_value());
  const Complaint& c = **loaded;
  EXPECT_EQ(c.reporter_nik, std::optional<std::string>(kNik));
  EXPECT_EQ(c.beneficiary_niks, draft.beneficiary_niks);
  EXPECT_EQ(c.phones, draft.phones);
  EXPECT_TRUE(c.rahasia);
  EXPECT_EQ(c.program_id, std::optional<std::int64_t>(4));
  EXPECT_EQ(c.status, ComplaintStatus::kBaru);
  EXPECT_EQ(c.reporter_account_id, std::optional<std::int64_t>(kReporter));
  EXPECT_FALSE(c.forwarded_at.has_value());

  auto by_tracking = store().FindComplaintByTracking("KLH-3510-2026-000001");
  ASSERT_TRUE(by_tracking.ok() && by_tracking->has_value());
  EXPECT_EQ((*by_tracking)->id, stored->id);
  EXPECT_FALSE(store().FindComplaintByTracking("KLH-3510-2026-999999").value().has_value());
  EXPECT_FALSE(store().GetComplaint(999999).value().has_value());

  auto comments = store().ListComplaintComments(stored->id);
  ASSERT_TRUE(comments.ok());
  ASSERT_EQ(comments->size(), 1u);
  EXPECT_EQ((*comments)[0].text, "Lampiran menyusul");
}

TEST_P(ComplaintStoreTest, TransitionIsWrittenOnlyFromTheExpectedStatusWithItsComment) {
  Complaint complaint = Create(Draft("35.10", "Diteruskan"));
  domain::ComplaintActor korwil{domain::Role::kPicKorwil, 11, true};
  auto transition = domain::Apply(complaint, {domain::ComplaintAction::kForward, "Mohon ditindaklanjuti"}, korwil,
                                  kT0 + 60);
  ASSERT_TRUE(transition.ok()) << transition.status().message();
  Complaint after = complaint;
  ASSERT_TRUE(domain::CommitTransition(*transition, &after).ok());
  ComplaintComment comment = CommentBy(11, transition->text, transition->at);
  comment.status_from = transition->from;
  comment.status_to = transition->to;
  auto stored = store().CommitComplaintTransition(*transition, after, comment);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_GT(stored->id, 0);

  // The same decision again (a second forward decided on the stale BARU copy) changes nothing.
  auto again = store().CommitComplaintTransition(*transition, after, comment);
  EXPECT_EQ(again.status().code(), domain::ErrorCode::kFailedPrecondition);
  domain::Transition unknown = *transition;
  unknown.complaint_id = 424242;
  EXPECT_EQ(store().CommitComplaintTransition(unknown, after, comment).status().code(),
            domain::ErrorCode::kNotFound);

  Complaint loaded = store().GetComplaint(complaint.id).value().value();
  EXPECT_EQ(loaded.status, ComplaintStatus::kDiteruskan);
  EXPECT_EQ(loaded.forwarded_at, std::optional<domain::UnixSeconds>(kT0 + 60));
  auto comments = store().ListComplaintComments(complaint.id).value();
  ASSERT_EQ(comments.size(), 1u);
  EXPECT_EQ(comments[0].status_from, std::optional(ComplaintStatus::kBaru));
  EXPECT_EQ(comments[0].status_to, std::optional(ComplaintStatus::kDiteruskan));

  // The sweep's input: forwarded at or before the cutoff.
  EXPECT_EQ(store().ListForwardedBefore(kT0 + 59, 10).value().size(), 0u);
  auto due = store().ListForwardedBefore(kT0 + 60, 10).value();
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].id, complaint.id);
}

TEST_P(ComplaintStoreTest, EditedAndDeletedCommentsKeepTheirHistory) {
  Complaint complaint = Create(Draft("35.10", "Komentar"));
  domain::Transition note{complaint.id, domain::ComplaintAction::kComment, ComplaintStatus::kBaru,
                          ComplaintStatus::kBaru, kT0 + 5, "Teks pertama"};
  ComplaintComment stored =
      store().CommitComplaintTransition(note, complaint, CommentBy(kReporter, note.text, note.at)).value();

  ComplaintComment edited = stored;
  ASSERT_TRUE(domain::EditComment(&edited, "Teks kedua", kReporter, kT0 + 10).ok());
  ASSERT_TRUE(store().SaveComplaintCommentRevision(edited).ok());
  // A stale copy (history one entry short of what is stored) cannot overwrite the edit.
  EXPECT_EQ(store().SaveComplaintCommentRevision(edited).code(), domain::ErrorCode::kFailedPrecondition);

  ComplaintComment deleted = store().GetComplaintComment(stored.id).value().value();
  EXPECT_EQ(deleted.text, "Teks kedua");
  EXPECT_TRUE(deleted.edited);
  ASSERT_TRUE(domain::DeleteComment(&deleted, kReporter, kT0 + 20).ok());
  ASSERT_TRUE(store().SaveComplaintCommentRevision(deleted).ok());

  auto comments = store().ListComplaintComments(complaint.id).value();
  ASSERT_EQ(comments.size(), 1u);
  EXPECT_TRUE(comments[0].deleted);
  EXPECT_EQ(comments[0].text, "");
  ASSERT_EQ(comments[0].history.size(), 2u);
  EXPECT_EQ(comments[0].history[0].text, "Teks pertama");
  EXPECT_EQ(comments[0].history[0].replaced_at, kT0 + 10);
  EXPECT_EQ(comments[0].history[1].text, "Teks kedua");
}

TEST_P(ComplaintStoreTest, ListFiltersByRegionStatusTopicSearchAndPagesNewestFirst) {
  for (int i = 0; i < 5; ++i) {
    Complaint c = Draft("35.10", "Banyuwangi " + std::to_string(i));
    c.created_at = kT0 + i;
    Create(c);
  }
  Complaint malang = Draft("35.07", "Malang pungutan");
  malang.topic_id = 5;
  malang.created_at = kT0 + 10;
  malang.message = "Ada POTONGAN 50%_ dari bantuan";
  Create(malang);
  Complaint secret = Draft("35.07", "Rahasia");
  secret.rahasia = true;
  secret.created_at = kT0 + 11;
  secret.reporter_account_id = 99;
  Create(secret);

  store::ComplaintQuery all;
  all.include_rahasia = true;
  all.limit = 3;
  auto page = store().ListComplaints(all);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->total, 7);
  ASSERT_EQ(page->items.size(), 3u);
  EXPECT_EQ(page->items[0].complaint.title, "Rahasia");
  EXPECT_EQ(page->items[0].region_name, "Kabupaten Malang");
  EXPECT_EQ(page->items[1].topic_name, "Ada pungutan/potongan");
  EXPECT_TRUE(page->items[0].complaint.phones.empty());
  all.offset = 6;
  EXPECT_EQ(Titles(all), (std::vector<std::string>{"Banyuwangi 0"}));

  EXPECT_EQ(Titles([](auto& q) { q.regions = {Code("35.07")}; q.include_rahasia = true; }),
            (std::vector<std::string>{"Rahasia", "Malang pungutan"}));
  EXPECT_EQ(Titles([](auto& q) { q.regions = {Code("35.07")}; }), (std::vector<std::string>{"Malang pungutan"}));
  EXPECT_EQ(Titles([](auto& q) { q.regions = {Code("35")}; q.topic_id = 5; }), (std::vector<std::string>{"Malang pungutan"}));
  EXPECT_EQ(Titles([](auto& q) { q.search = "potongan 50%_"; }), (std::vector<std::string>{"Malang pungutan"}));
  EXPECT_EQ(Titles([](auto& q) { q.search = "klh-3507-2026-000001"; }), (std::vector<std::string>{"Malang pungutan"}));
  EXPECT_EQ(Titles([](auto& q) { q.search = "50%x"; }), std::vector<std::string>{});
  EXPECT_EQ(Titles([](auto& q) { q.own_account_id = 99; q.include_rahasia = true; }), (std::vector<std::string>{"Rahasia"}));
  EXPECT_EQ(Titles([](auto& q) { q.created_from = kT0 + 3; q.created_until = kT0 + 5; }),
            (std::vector<std::string>{"Banyuwangi 4", "Banyuwangi 3"}));
  EXPECT_EQ(Titles([](auto& q) { q.status = ComplaintStatus::kDiteruskan; }), std::vector<std::string>{});
  EXPECT_EQ(Titles([](auto& q) { q.channel = domain::ComplaintChannel::kLisan; }), std::vector<std::string>{});

  store::ComplaintQuery empty_page;
  empty_page.limit = 0;
  EXPECT_EQ(store().ListComplaints(empty_page).status().code(), domain::ErrorCode::kInvalidArgument);
  store::ComplaintQuery too_many;
  too_many.regions.assign(store::kComplaintRegionSlots + 1, Code("35"));
  EXPECT_EQ(store().ListComplaints(too_many).status().code(), domain::ErrorCode::kInvalidArgument);
}

TEST_P(ComplaintStoreTest, AttachmentMetadataIsStoredPerComplaint) {
  Complaint complaint = Create(Draft("35.10", "Lampiran"));
  store::ComplaintAttachment a{.complaint_id = complaint.id,
                               .stored_name = "c1-0001.pdf",
                               .original_name = "surat.pdf",
                               .content_type = "application/pdf",
                               .size_bytes = 1234,
                               .uploaded_by = kReporter,
                               .uploaded_at = kT0};
  auto id = store().AddComplaintAttachment(a);
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(store().AddComplaintAttachment(a).status().code(), domain::ErrorCode::kAlreadyExists);
  auto listed = store().ListComplaintAttachments(complaint.id).value();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].original_name, "surat.pdf");
  EXPECT_EQ(listed[0].size_bytes, 1234);
  auto got = store().GetComplaintAttachment(*id).value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->stored_name, "c1-0001.pdf");
  EXPECT_FALSE(store().GetComplaintAttachment(*id + 1).value().has_value());
}

}  // namespace
}  // namespace tepat::store_test

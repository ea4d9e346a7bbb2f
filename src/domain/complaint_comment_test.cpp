#include "domain/complaint_comment.hpp"

#include <gtest/gtest.h>

#include <string>

#include "domain/complaint_text.hpp"

namespace tepat::domain {
namespace {

constexpr std::int64_t kAuthor = 42;
constexpr UnixSeconds kAt = 1'795'000'000;

ComplaintComment Written() {
  ComplaintComment c;
  c.id = 1;
  c.complaint_id = 7;
  c.author_account_id = kAuthor;
  c.author_label = "Admin Dinsos Banyuwangi";
  c.at = kAt;
  c.text = "Sedang kami periksa.";
  c.status_from = ComplaintStatus::kDiteruskan;
  c.status_to = ComplaintStatus::kDitindaklanjuti;
  return c;
}

TEST(ComplaintCommentTest, AuthorEditsAndTheOldTextIsKept) {
  ComplaintComment c = Written();
  ASSERT_TRUE(EditComment(&c, "Sudah kami periksa: terdaftar, penyaluran tahap 2.", kAuthor, kAt + 60).ok());
  EXPECT_EQ(c.text, "Sudah kami periksa: terdaftar, penyaluran tahap 2.");
  EXPECT_TRUE(c.edited);
  ASSERT_EQ(c.history.size(), 1u);
  EXPECT_EQ(c.history[0].text, "Sedang kami periksa.");
  EXPECT_EQ(c.history[0].replaced_at, kAt + 60);
  EXPECT_EQ(c.status_to, ComplaintStatus::kDitindaklanjuti) << "editing never changes the status change";
  ASSERT_TRUE(EditComment(&c, "Versi ketiga.", kAuthor, kAt + 120).ok());
  EXPECT_EQ(c.history.size(), 2u);
}

TEST(ComplaintCommentTest, OnlyTheAuthorMayEditOrDelete) {
  ComplaintComment c = Written();
  EXPECT_EQ(EditComment(&c, "Bukan milik saya.", kAuthor + 1, kAt).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(DeleteComment(&c, kAuthor + 1, kAt).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(c.text, "Sedang kami periksa.");
  EXPECT_TRUE(c.history.empty());
  ComplaintComment system = Written();
  system.author_account_id.reset();
  EXPECT_EQ(EditComment(&system, "x", kAuthor, kAt).code(), ErrorCode::kPermissionDenied);
}

TEST(ComplaintCommentTest, DeleteKeepsHistoryAndStatusChange) {
  ComplaintComment c = Written();
  ASSERT_TRUE(DeleteComment(&c, kAuthor, kAt + 5).ok());
  EXPECT_TRUE(c.deleted);
  EXPECT_TRUE(c.text.empty());
  ASSERT_EQ(c.history.size(), 1u);
  EXPECT_EQ(c.history[0].text, "Sedang kami periksa.");
  EXPECT_EQ(c.status_to, ComplaintStatus::kDitindaklanjuti);
  EXPECT_EQ(DeleteComment(&c, kAuthor, kAt + 6).code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(EditComment(&c, "Kembali.", kAuthor, kAt + 7).code(), ErrorCode::kFailedPrecondition);
}

TEST(ComplaintCommentTest, EditedTextFollowsTheTextRules) {
  ComplaintComment c = Written();
  EXPECT_EQ(EditComment(&c, "   ", kAuthor, kAt).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(EditComment(&c, std::string(kMaxCommentChars + 1, 'k'), kAuthor, kAt).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(c.text, "Sedang kami periksa.");
  EXPECT_TRUE(c.history.empty());
}

}  // namespace
}  // namespace tepat::domain

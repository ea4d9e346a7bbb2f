// Discussion posts in the store, on both engines: items and comments, reports that hide, moderation with history.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace tepat::store_test {
namespace {

using domain::DiscussionKind;
using domain::DiscussionState;
using domain::ModerationAction;

constexpr domain::UnixSeconds kT0 = 1'795'000'000;
constexpr int kHideAfter = 2;

class DiscussionStoreTest : public StoreTest {
 protected:
  std::int64_t Add(DiscussionKind kind, const std::string& title, std::optional<std::int64_t> parent = std::nullopt) {
    domain::DiscussionPost post;
    post.kind = kind;
    post.parent_id = parent;
    post.region = domain::RegionCode::Parse("35.10");
    post.author_account_id = 1;
    post.author_label = "Siti";
    post.title = title;
    post.body = "isi " + title;
    post.created_at = kT0;
    auto id = store().CreateDiscussionPost(post);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? *id : 0;
  }
};

TEST_P(DiscussionStoreTest, ListsVisibleItemsNewestFirstWithTheirVisibleCommentCount) {
  const std::int64_t first = Add(DiscussionKind::kSuccessStory, "berhasil");
  const std::int64_t second = Add(DiscussionKind::kFailureStory, "gagal");
  Add(DiscussionKind::kComment, "", first);
  const std::int64_t hidden_comment = Add(DiscussionKind::kComment, "", first);
  ASSERT_TRUE(store().ReportDiscussionPost(hidden_comment, 7, "", 1, kT0).ok());

  auto items = store().ListDiscussionItems(store::DiscussionQuery{});
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0].id, second);
  EXPECT_EQ((*items)[1].comment_count, 1);
  EXPECT_EQ((*items)[1].region->Dotted(), "35.10");
  store::DiscussionQuery failures;
  failures.kind = DiscussionKind::kFailureStory;
  auto stories = store().ListDiscussionItems(failures);
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ(stories->front().title, "gagal");
  store::DiscussionQuery older;
  older.before_id = second;
  EXPECT_EQ(store().ListDiscussionItems(older)->size(), 1u);
  EXPECT_EQ(store().ListDiscussionComments(first, false)->size(), 1u);
  EXPECT_EQ(store().ListDiscussionComments(first, true)->size(), 2u);
  domain::DiscussionPost orphan;
  orphan.kind = DiscussionKind::kComment;
  orphan.parent_id = 999'999;
  orphan.author_label = "x";
  EXPECT_EQ(store().CreateDiscussionPost(orphan).status().code(), domain::ErrorCode::kNotFound);
}

TEST_P(DiscussionStoreTest, AComplaintAppearsAtMostOnce) {
  domain::DiscussionPost post;
  post.kind = DiscussionKind::kComplaint;
  post.complaint_id = 42;
  post.author_label = "Anonim";
  post.title = "t";
  ASSERT_TRUE(store().CreateDiscussionPost(post).ok());
  EXPECT_EQ(store().CreateDiscussionPost(post).status().code(), domain::ErrorCode::kAlreadyExists);
}

TEST_P(DiscussionStoreTest, ReportsHideAtTheThresholdAndEachAccountReportsOnce) {
  const std::int64_t id = Add(DiscussionKind::kFailureStory, "kasar");
  auto once = store().ReportDiscussionPost(id, 10, "kasar", kHideAfter, kT0 + 1);
  ASSERT_TRUE(once.ok()) << once.status().message();
  EXPECT_EQ(once->state, DiscussionState::kVisible);
  EXPECT_EQ(store().ReportDiscussionPost(id, 10, "lagi", kHideAfter, kT0 + 2).status().code(),
            domain::ErrorCode::kAlreadyExists);
  auto twice = store().ReportDiscussionPost(id, 11, "", kHideAfter, kT0 + 3);
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice->state, DiscussionState::kHidden);
  EXPECT_EQ(twice->open_reports, 2);
  EXPECT_TRUE(store().ListDiscussionItems(store::DiscussionQuery{})->empty());
  auto queue = store().ListDiscussionPostsInState(DiscussionState::kHidden, 10);
  ASSERT_EQ(queue->size(), 1u);
  EXPECT_EQ(queue->front().id, id);
  EXPECT_EQ(store().ReportDiscussionPost(999'999, 10, "", kHideAfter, kT0).status().code(),
            domain::ErrorCode::kNotFound);
}

TEST_P(DiscussionStoreTest, ModerationKeepsEveryEarlierTextAndClosesTheReports) {
  const std::int64_t id = Add(DiscussionKind::kFailureStory, "nomor HP 0812-3456-7890");
  ASSERT_TRUE(store().ReportDiscussionPost(id, 10, "", 1, kT0 + 1).ok());
  store::ModerationChange edit{ModerationAction::kEdit, "nomor HP [dihapus]", "isi tanpa nomor", "data pribadi", 5,
                               kT0 + 2};
  auto edited = store().ModerateDiscussionPost(id, edit);
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  EXPECT_EQ(edited->state, DiscussionState::kVisible);
  EXPECT_EQ(edited->open_reports, 0);
  EXPECT_TRUE(edited->moderated);
  EXPECT_EQ(store().GetDiscussionPost(id).value()->title, "nomor HP [dihapus]");
  ASSERT_TRUE(store().ModerateDiscussionPost(id, {ModerationAction::kRemove, "", "", "tetap melanggar", 5, kT0 + 3}).ok());
  EXPECT_EQ(store().GetDiscussionPost(id).value()->state, DiscussionState::kRemoved);

  auto history = store().ListDiscussionRevisions(id);
  ASSERT_TRUE(history.ok()) << history.status().message();
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].title, "nomor HP 0812-3456-7890");
  EXPECT_EQ((*history)[0].state, DiscussionState::kHidden);
  EXPECT_EQ((*history)[0].action, ModerationAction::kEdit);
  EXPECT_EQ((*history)[0].note, "data pribadi");
  EXPECT_EQ((*history)[1].title, "nomor HP [dihapus]");
  EXPECT_EQ((*history)[1].action, ModerationAction::kRemove);
  EXPECT_EQ(store().ModerateDiscussionPost(999'999, edit).status().code(), domain::ErrorCode::kNotFound);
}

TEPAT_STORE_SUITE_ON_ALL_ENGINES(DiscussionStoreTest);

}  // namespace
}  // namespace tepat::store_test

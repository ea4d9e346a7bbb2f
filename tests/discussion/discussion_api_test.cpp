// The discussion through the running server: stories, comments that notify the author, reports that hide a post
// until a moderator looks, moderation that keeps the original, and bad input.
#include "server/server_fixture.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;

std::string Story(const std::string& title, const std::string& body, bool anonymous = false) {
  return boost::json::serialize(boost::json::object{
      {"kind", "failure_story"}, {"title", title}, {"body", body}, {"region", "35.10"}, {"anonymous", anonymous}});
}

class DiscussionApiTest : public ServerTest {
 protected:
  app::ServeOptions Options() override {
    app::ServeOptions options;
    options.community.discussion.hide_after_reports = 2;
    return options;
  }
  std::int64_t CreateStory(HttpClient& client, const std::string& title) {
    HttpResult created = client.Post("/api/discussion", Story(title, "Bantuan tidak sampai."));
    EXPECT_EQ(created.status, 201u) << created.body;
    return Json(created.body).at("item").at("id").as_int64();
  }
};

TEST_P(DiscussionApiTest, AStoryIsPublicAndACommentNotifiesItsAuthor) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  HttpResult created = warga.Post("/api/discussion", Story("<script>alert(1)</script>", "Isi <b>tebal</b>", true));
  ASSERT_EQ(created.status, 201u) << created.body;
  boost::json::value item = Json(created.body).at("item");
  EXPECT_EQ(item.at("author_label"), "Anonim");
  EXPECT_EQ(item.at("title"), "<script>alert(1)</script>") << "kept as text; the web app escapes it";
  EXPECT_EQ(item.at("region").at("code"), "35.10");
  const std::string id = std::to_string(item.at("id").as_int64());
  EXPECT_EQ(item.at("share_path").as_string(), "/#/diskusi/" + id);
  EXPECT_FALSE(item.as_object().contains("author_account_id"));

  HttpClient guest = server_->Client();
  boost::json::value list = Json(guest.Get("/api/discussion").body);
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  EXPECT_EQ(guest.Post("/api/discussion/" + id + "/comments", R"({"body":"x"})").status, 401u);

  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  HttpResult comment = pemda.Post("/api/discussion/" + id + "/comments", R"({"body":"Kami tindak lanjuti."})");
  ASSERT_EQ(comment.status, 201u) << comment.body;
  boost::json::value thread = Json(guest.Get("/api/discussion/" + id).body);
  ASSERT_EQ(thread.at("comments").as_array().size(), 1u);
  EXPECT_EQ(thread.at("item").at("comment_count"), 1);
  EXPECT_EQ(thread.at("may_moderate"), false);

  boost::json::value bell = Json(warga.Get("/api/notifications").body);
  ASSERT_EQ(bell.at("unread"), 1);
  EXPECT_EQ(bell.at("notifications").at(0).at("kind"), "discussion_comment");
  EXPECT_EQ(bell.at("notifications").at(0).at("reference").as_string(), "discussion:" + id);
}

TEST_P(DiscussionApiTest, ReportsHideAPostUntilAModeratorRestoresOrEditsIt) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  const std::string id = std::to_string(CreateStory(warga, "Kata kasar"));
  HttpClient first = LoggedIn(*server_, Role::kOperator);
  HttpClient second = LoggedIn(*server_, Role::kSupervisorKabupaten);
  HttpResult one = first.Post("/api/discussion/" + id + "/report", R"({"reason":"kasar"})");
  ASSERT_EQ(one.status, 200u) << one.body;
  EXPECT_EQ(Json(one.body).at("hidden"), false);
  EXPECT_EQ(first.Post("/api/discussion/" + id + "/report", R"({"reason":"lagi"})").status, 409u);
  EXPECT_EQ(Json(second.Post("/api/discussion/" + id + "/report", "{}").body).at("hidden"), true);

  HttpClient guest = server_->Client();
  EXPECT_EQ(guest.Get("/api/discussion/" + id).status, 404u);
  EXPECT_TRUE(Json(guest.Get("/api/discussion").body).at("items").as_array().empty());
  HttpClient korwil = LoggedIn(*server_, Role::kPicKorwil);
  boost::json::value bell = Json(korwil.Get("/api/notifications").body);
  EXPECT_EQ(bell.at("notifications").at(0).at("kind"), "discussion_reported");
  boost::json::value queue = Json(korwil.Get("/api/discussion/moderation").body);
  ASSERT_EQ(queue.at("posts").as_array().size(), 1u);
  EXPECT_EQ(queue.at("posts").at(0).at("open_reports"), 2);
  EXPECT_EQ(Json(korwil.Get("/api/discussion/" + id).body).at("may_moderate"), true);

  HttpResult no_note = korwil.Post("/api/discussion/" + id + "/moderate", R"({"action":"edit","title":"t","body":"b"})");
  EXPECT_EQ(no_note.status, 400u);
  EXPECT_NE(Json(no_note.body).at("error").at("message").as_string().find("note"), boost::json::string::npos);
  HttpResult edited = korwil.Post("/api/discussion/" + id + "/moderate",
                                  R"({"action":"edit","title":"Kata [disunting]","body":"Bantuan tidak sampai.","note":"kata kasar dihapus"})");
  ASSERT_EQ(edited.status, 200u) << edited.body;
  boost::json::value shown = Json(guest.Get("/api/discussion/" + id).body);
  EXPECT_EQ(shown.at("item").at("title"), "Kata [disunting]");
  EXPECT_EQ(shown.at("item").at("moderated"), true);
  boost::json::value history = Json(korwil.Get("/api/discussion/" + id + "/history").body);
  ASSERT_EQ(history.at("revisions").as_array().size(), 1u);
  EXPECT_EQ(history.at("revisions").at(0).at("title"), "Kata kasar");
  EXPECT_EQ(warga.Get("/api/discussion/" + id + "/history").status, 403u);
}

TEST_P(DiscussionApiTest, BadInputGetsAClearMessageAndChangesNothing) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  struct Case {
    std::string body;
    std::string field;
  };
  const std::vector<Case> cases = {
      {Story("", "isi"), "title"},
      {Story("judul", std::string(1 << 20, 'a')), "body"},
      {Story(std::string(151, 'j'), "isi"), "title"},
      {R"({"kind":"gossip","title":"t","body":"b"})", "kind"},
      {R"({"kind":"success_story","title":"t","body":"b","region":"35.10.01"})", "region"},
  };
  for (const Case& c : cases) {
    HttpResult res = warga.Post("/api/discussion", c.body);
    EXPECT_TRUE(res.status == 400u || res.status == 413u) << c.field << ": " << res.status;
    if (res.status == 400u) {
      EXPECT_EQ(std::string(Json(res.body).at("error").at("message").as_string()).rfind(c.field + ":", 0), 0u)
          << res.body;
    }
  }
  EXPECT_TRUE(Json(warga.Get("/api/discussion").body).at("items").as_array().empty());
  EXPECT_EQ(warga.Post("/api/discussion/999999/comments", R"({"body":"x"})").status, 404u);
  EXPECT_EQ(warga.Get("/api/discussion?kind=comment").status, 400u);
}

INSTANTIATE_TEST_SUITE_P(Engines, DiscussionApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support

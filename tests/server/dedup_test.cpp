// Registry deduplication over HTTP on both engines: a run in the background with progress, the review queue, a
// cluster explained field by field, same/different decisions (different is never proposed again), merge and undo,
// and the region checks of officials.
#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "server_fixture.hpp"
#include "app/demo_people.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;

constexpr auto kRunPatience = std::chrono::minutes(3);  // a slow machine under load; not a speed assertion
constexpr auto kPollEvery = std::chrono::milliseconds(50);

class DedupApiTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    auto applied = server_->services().store().ApplyPeople(app::DemoPeopleWithDuplicates(), store::ChangeSource{});
    ASSERT_TRUE(applied.ok()) << applied.status().message();
  }

  /// Starts a run and waits until it has finished; returns the finished run.
  boost::json::object RunToEnd(HttpClient& client, const std::string& region) {
    HttpResult started = client.Post("/api/dedup/runs", R"({"region":")" + region + R"("})");
    EXPECT_EQ(started.status, 202u) << started.body;
    const std::int64_t id = Json(started.body).at("run").at("id").as_int64();
    const auto give_up = std::chrono::steady_clock::now() + kRunPatience;
    while (std::chrono::steady_clock::now() < give_up) {
      HttpResult got = client.Get("/api/dedup/runs/" + std::to_string(id));
      EXPECT_EQ(got.status, 200u) << got.body;
      boost::json::object run = Json(got.body).at("run").as_object();
      if (run.at("status") != "queued" && run.at("status") != "running") return run;
      std::this_thread::sleep_for(kPollEvery);
    }
    ADD_FAILURE() << "dedup run " << id << " did not finish";
    return {};
  }

  boost::json::object Queue(HttpClient& client, const std::string& query) {
    HttpResult got = client.Get("/api/dedup/clusters?" + query);
    EXPECT_EQ(got.status, 200u) << got.body;
    return Json(got.body).as_object();
  }

  /// Member person-id sets of the open clusters of `run`.
  std::set<std::set<std::int64_t>> OpenMemberSets(HttpClient& client, std::int64_t run) {
    std::set<std::set<std::int64_t>> out;
    boost::json::object page = Queue(client, "region=35.10&status=open&limit=100&run=" + std::to_string(run));
    for (const auto& cluster : page.at("clusters").as_array()) {
      std::set<std::int64_t> members;
      for (const auto& m : cluster.at("members").as_array()) members.insert(m.at("person_id").as_int64());
      out.insert(members);
    }
    return out;
  }
};

TEST_P(DedupApiTest, OperatorFindsReviewsMergesAndUndoes) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  boost::json::object run = RunToEnd(op, "35.10");
  ASSERT_EQ(run.at("status"), "succeeded") << boost::json::serialize(run);
  EXPECT_EQ(run.at("region"), "35.10");
  EXPECT_EQ(run.at("counts").at("records").as_int64(), 78);  // 72 + 6 in Banyuwangi, none of Bandung
  EXPECT_GE(run.at("counts").at("clusters").as_int64(), 3);
  EXPECT_EQ(run.at("settings_digest").as_string().size(), 64u);
  EXPECT_NE(run.at("data_version").as_string().find("people=78"), std::string::npos);

  boost::json::object page = Queue(op, "region=35.10&status=open&limit=2");
  EXPECT_GE(page.at("total").as_int64(), 3);
  ASSERT_EQ(page.at("clusters").as_array().size(), 2u);
  EXPECT_FALSE(page.at("clusters").as_array()[0].as_object().contains("pairs"));
  const std::int64_t first = page.at("clusters").as_array()[0].at("id").as_int64();
  const std::int64_t second = page.at("clusters").as_array()[1].at("id").as_int64();

  HttpResult opened = op.Get("/api/dedup/clusters/" + std::to_string(first));
  ASSERT_EQ(opened.status, 200u) << opened.body;
  boost::json::object view = Json(opened.body).as_object();
  const auto& people = view.at("people").as_array();
  ASSERT_EQ(people.size(), 2u);
  EXPECT_NE(people[0].at("nik_masked").as_string().find("********"), std::string::npos);
  for (const auto& [original, copy] : app::DemoDuplicateNiks()) {
    EXPECT_EQ(opened.body.find(original), std::string::npos) << "no full NIK in a review";
    EXPECT_EQ(opened.body.find(copy), std::string::npos) << "no full NIK in a review";
  }
  const auto& pair = view.at("cluster").at("pairs").as_array().at(0).as_object();
  double total = pair.at("prior_weight").as_double();
  for (const auto& field : pair.at("fields").as_array()) total += field.at("weight").as_double();
  EXPECT_NEAR(total, pair.at("weight").as_double(), 1e-3) << "the waterfall adds up to the total";
  EXPECT_GE(pair.at("probability").as_double(), 0.5);

  // Different people: remembered, and the next run does not propose them again.
  std::set<std::int64_t> dismissed;
  for (const auto& m : view.at("cluster").at("members").as_array()) dismissed.insert(m.at("person_id").as_int64());
  HttpResult different = op.Post("/api/dedup/clusters/" + std::to_string(first) + "/different", "{}");
  ASSERT_EQ(different.status, 200u) << different.body;
  EXPECT_EQ(Json(different.body).at("cluster").at("status"), "different");

  // Merge another: every record stays, one survivor; then undo.
  const std::int64_t survivor =
      Json(op.Get("/api/dedup/clusters/" + std::to_string(second)).body).at("people").as_array()[0].at("id").as_int64();
  HttpResult merged = op.Post("/api/dedup/clusters/" + std::to_string(second) + "/merge",
                              R"({"survivor_id":)" + std::to_string(survivor) + "}");
  ASSERT_EQ(merged.status, 200u) << merged.body;
  EXPECT_EQ(Json(merged.body).at("cluster").at("status"), "merged");
  EXPECT_EQ(Json(merged.body).at("cluster").at("survivor_id").as_int64(), survivor);
  EXPECT_EQ(Json(merged.body).at("people").as_array().size(), 2u);
  EXPECT_EQ(op.Post("/api/dedup/clusters/" + std::to_string(second) + "/different", "{}").status, 409u);

  boost::json::object rerun = RunToEnd(op, "35.10");
  ASSERT_EQ(rerun.at("status"), "succeeded");
  EXPECT_GE(rerun.at("counts").at("dismissed_skipped").as_int64(), 2);
  const auto open_now = OpenMemberSets(op, rerun.at("id").as_int64());
  for (const auto& members : open_now) {
    EXPECT_FALSE(std::includes(members.begin(), members.end(), dismissed.begin(), dismissed.end()))
        << "a pair marked different was proposed again";
  }

  HttpResult undone = op.Post("/api/dedup/clusters/" + std::to_string(second) + "/undo", "{}");
  ASSERT_EQ(undone.status, 200u) << undone.body;
  EXPECT_EQ(Json(undone.body).at("cluster").at("status"), "same");
  EXPECT_EQ(Json(undone.body).at("cluster").at("survivor_id").as_int64(), 0);
  EXPECT_EQ(op.Post("/api/dedup/clusters/" + std::to_string(second) + "/undo", "{}").status, 409u);

  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  HttpResult audit = admin.Get("/api/audit?limit=100");
  for (const char* action : {"dedup.start", "dedup.finish", "dedup.open", "dedup.different", "dedup.merge",
                             "dedup.undo"}) {
    EXPECT_NE(audit.body.find(action), std::string::npos) << action << " is not audited";
  }
}

TEST_P(DedupApiTest, OfficialsStayInTheirRegions) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  EXPECT_EQ(op.Post("/api/dedup/runs", R"({"region":"32.73"})").status, 403u);
  EXPECT_EQ(op.Post("/api/dedup/runs", R"({"region":"35.1x"})").status, 400u);
  EXPECT_EQ(op.Get("/api/dedup/clusters").status, 200u) << "an official's only region is the default";
  EXPECT_EQ(op.Get("/api/dedup/clusters?region=32.73").status, 403u);
  EXPECT_EQ(op.Get("/api/dedup/clusters?region=35.10&status=maybe").status, 400u);
  EXPECT_EQ(op.Get("/api/dedup/clusters/424242").status, 404u);

  // The admin deduplicates the whole registry; the operator of Banyuwangi may not open Bandung's clusters.
  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  boost::json::object run = RunToEnd(admin, "");
  ASSERT_EQ(run.at("status"), "succeeded");
  EXPECT_EQ(run.at("counts").at("records").as_int64(), 94);
  boost::json::object page = Queue(admin, "status=all&limit=100");
  for (const auto& cluster : page.at("clusters").as_array()) {
    const std::string desa(cluster.at("members").as_array()[0].at("desa").as_string());
    const unsigned expected = desa.rfind("32.73", 0) == 0 ? 403u : 200u;
    EXPECT_EQ(op.Get("/api/dedup/clusters/" + std::to_string(cluster.at("id").as_int64())).status, expected);
  }
  HttpClient desa_operator = LoggedIn(*server_, Role::kOperatorDesa);
  EXPECT_EQ(desa_operator.Get("/api/dedup/clusters?region=35.10.01.2001").status, 403u);
}

TEST_P(DedupApiTest, ARunCanBeCancelled) {
  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  HttpResult started = admin.Post("/api/dedup/runs", "{}");
  ASSERT_EQ(started.status, 202u) << started.body;
  const std::string id = std::to_string(Json(started.body).at("run").at("id").as_int64());
  HttpResult cancelled = admin.Post("/api/dedup/runs/" + id + "/cancel", "{}");
  ASSERT_EQ(cancelled.status, 200u) << cancelled.body;
  // Either it stopped before finishing or it had already finished: never still running later.
  const auto give_up = std::chrono::steady_clock::now() + kRunPatience;
  std::string status;
  while (std::chrono::steady_clock::now() < give_up) {
    status = std::string(Json(admin.Get("/api/dedup/runs/" + id).body).at("run").at("status").as_string());
    if (status != "queued" && status != "running") break;
    std::this_thread::sleep_for(kPollEvery);
  }
  EXPECT_TRUE(status == "cancelled" || status == "succeeded") << status;
  HttpResult runs = admin.Get("/api/dedup/runs?limit=5");
  ASSERT_EQ(runs.status, 200u);
  EXPECT_EQ(Json(runs.body).at("runs").as_array().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, DedupApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support

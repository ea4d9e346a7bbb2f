// The registry look-up API (/api/people, /api/households) on SQLite and PostgreSQL: NIK only in bodies, masking
// per role, region refusal, audit rows, bad input.
#include "domain/kk.hpp"
#include "domain/nik.hpp"
#include "server_fixture.hpp"
#include "support/registry_scenario.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;

// A JSON string value as std::string ("" when it is not a string), for comparisons with std::string.
std::string Text(const boost::json::value& v) { return v.is_string() ? std::string(v.as_string()) : ""; }

std::string SearchBody(const std::string& key, const std::string& value) {
  return boost::json::serialize(boost::json::object{{key, value}});
}

class RegistryApiTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    scenario_ = SeedRegistryScenario(server_->services().store());
  }
  std::vector<domain::AuditEntry> Audit() { return server_->services().store().ListAudit(200, 0).value(); }

  RegistryScenario scenario_;
};

TEST_P(RegistryApiTest, SearchByNikMasksPerRole) {
  struct Case {
    Role role;
    bool masked;
  };
  for (const Case& c : {Case{Role::kAdmin, false}, Case{Role::kOperator, false},
                        Case{Role::kSupervisorKabupaten, false}, Case{Role::kOperatorDesa, true},
                        Case{Role::kAdminPemda, true}, Case{Role::kPicKorwil, true}}) {
    SCOPED_TRACE(std::string(domain::RoleName(c.role)));
    HttpClient client = LoggedIn(*server_, c.role);
    HttpResult res = client.Post("/api/people/search", SearchBody("nik", scenario_.head_nik));
    ASSERT_EQ(res.status, 200u) << res.body;
    boost::json::value v = Json(res.body);
    EXPECT_EQ(v.at("nik_masked").as_bool(), c.masked);
    EXPECT_TRUE(v.at("by_nik").as_bool());
    const auto& people = v.at("people").as_array();
    ASSERT_EQ(people.size(), 1u);
    EXPECT_EQ(Text(people[0].at("nik")), c.masked ? domain::MaskNik(scenario_.head_nik) : scenario_.head_nik);
    EXPECT_EQ(people[0].at("desa").at("name"), "Sarongan");
    EXPECT_EQ(people[0].at("life_status"), "HIDUP");
    EXPECT_EQ(c.masked, res.body.find(scenario_.head_nik) == std::string::npos);
  }
}

TEST_P(RegistryApiTest, CitizensMayNotSearch) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  HttpResult res = warga.Post("/api/people/search", SearchBody("nik", scenario_.head_nik));
  EXPECT_EQ(res.status, 403u);
}

TEST_P(RegistryApiTest, PersonDetailHasHouseholdDtksAidAndHistoryMaskedForOperatorDesa) {
  HttpClient desa = LoggedIn(*server_, Role::kOperatorDesa);
  HttpResult res = desa.Get("/api/people/" + std::to_string(scenario_.head_id));
  ASSERT_EQ(res.status, 200u) << res.body;
  boost::json::value v = Json(res.body);
  EXPECT_TRUE(v.at("nik_masked").as_bool());
  EXPECT_EQ(Text(v.at("person").at("nik")), domain::MaskNik(scenario_.head_nik));
  EXPECT_EQ(Text(v.at("person").at("kk")), domain::MaskKk(scenario_.household_a_kk));
  EXPECT_EQ(v.at("household").at("id").as_int64(), scenario_.household_a_id);
  EXPECT_EQ(v.at("household").at("members").as_array().size(), 4u);
  EXPECT_EQ(v.at("dtks").as_array().size(), 2u);
  EXPECT_EQ(v.at("dtks").at(0).at("decile").as_int64(), 2);
  EXPECT_EQ(res.body.find(scenario_.head_nik), std::string::npos);
  EXPECT_EQ(res.body.find(scenario_.household_a_kk), std::string::npos);
  EXPECT_EQ(res.body.find(scenario_.receiving_nik), std::string::npos);

  HttpClient op = LoggedIn(*server_, Role::kOperator);
  boost::json::value deceased = Json(op.Get("/api/people/" + std::to_string(scenario_.deceased_id)).body);
  EXPECT_EQ(Text(deceased.at("person").at("nik")), scenario_.deceased_nik);
  EXPECT_EQ(deceased.at("person").at("life").at("status"), "MENINGGAL");
  EXPECT_EQ(deceased.at("person").at("life").at("since"), "2024-05-01");
  bool changed = false;
  for (const auto& change : deceased.at("history").as_array()) {
    changed |= change.at("field") == "life_status" && change.at("new_value") == "MENINGGAL";
  }
  EXPECT_TRUE(changed);

  const std::string receiving_id =
      std::to_string(v.at("household").at("members").at(1).at("id").as_int64());
  boost::json::value receiving = Json(op.Get("/api/people/" + receiving_id).body);
  ASSERT_EQ(receiving.at("aid").as_array().size(), 2u);
  EXPECT_EQ(Text(receiving.at("aid").at(0).at("program_code")), scenario_.program_code);
  EXPECT_EQ(receiving.at("aid").at(0).at("amount_rupiah").as_int64(), 300000);
}

TEST_P(RegistryApiTest, HouseholdDetail) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  HttpResult res = op.Get("/api/households/" + std::to_string(scenario_.household_a_id));
  ASSERT_EQ(res.status, 200u) << res.body;
  boost::json::value v = Json(res.body);
  EXPECT_EQ(Text(v.at("household").at("kk")), scenario_.household_a_kk);
  EXPECT_EQ(v.at("household").at("head_person_id").as_int64(), scenario_.head_id);
  EXPECT_EQ(v.at("dtks").as_array().size(), 3u);
}

TEST_P(RegistryApiTest, OutsideTheRegionsIsRefusedAndAudited) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  HttpResult person = op.Get("/api/people/" + std::to_string(scenario_.bandung_id));
  EXPECT_EQ(person.status, 403u);
  EXPECT_EQ(ErrorCode(person), "permission_denied");
  HttpResult household = op.Get("/api/households/" + std::to_string(scenario_.bandung_household_id));
  EXPECT_EQ(household.status, 403u);
  boost::json::value search = Json(op.Post("/api/people/search", SearchBody("nik", scenario_.bandung_nik)).body);
  EXPECT_TRUE(search.at("people").as_array().empty());
  HttpResult region = op.Post("/api/people/search", R"({"name":"warga","region":"32.73"})");
  EXPECT_EQ(region.status, 403u);

  int denied = 0;
  for (const domain::AuditEntry& e : Audit()) {
    if (e.action.rfind("registry.", 0) == 0 && e.outcome == domain::AuditOutcome::kDenied) ++denied;
    EXPECT_EQ(e.object_id.find(scenario_.bandung_nik), std::string::npos);
    EXPECT_EQ(e.detail.find(scenario_.bandung_nik), std::string::npos);
  }
  EXPECT_EQ(denied, 4);

  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  EXPECT_EQ(admin.Get("/api/people/" + std::to_string(scenario_.bandung_id)).status, 200u);
}

TEST_P(RegistryApiTest, EveryLookUpWritesAnAuditRow) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  ASSERT_EQ(op.Post("/api/people/search", SearchBody("nik", scenario_.head_nik)).status, 200u);
  ASSERT_EQ(op.Post("/api/people/search", SearchBody("name", "warga")).status, 200u);
  ASSERT_EQ(op.Get("/api/people/" + std::to_string(scenario_.head_id)).status, 200u);
  ASSERT_EQ(op.Get("/api/households/" + std::to_string(scenario_.household_a_id)).status, 200u);
  std::vector<std::string> actions;
  for (const domain::AuditEntry& e : Audit()) {
    if (e.action.rfind("registry.", 0) != 0) continue;
    actions.push_back(e.action);
    EXPECT_EQ(e.actor_label, app::DemoEmail(Role::kOperator));
    EXPECT_EQ(e.detail.find(scenario_.head_nik), std::string::npos);
    EXPECT_EQ(e.object_id.find(scenario_.head_nik), std::string::npos);
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"registry.household.view", "registry.person.view", "registry.search",
                                               "registry.search"}));
}

TEST_P(RegistryApiTest, BadInputGetsAClearError) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  struct Case {
    std::string body;
    unsigned status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"{}", 400, "invalid_argument"},
      {"not json", 400, "malformed_json"},
      {R"({"nik":"3510"})", 400, "invalid_argument"},
      {R"({"nik":"3.51001E+15"})", 400, "invalid_argument"},
      {R"({"name":"ab"})", 400, "invalid_argument"},
      {R"({"name":"warga","limit":"many"})", 400, "invalid_argument"},
      {R"({"name":"warga","offset":-1})", 400, "invalid_argument"},
      {R"({"nik":")" + scenario_.head_nik + R"(","name":"warga"})", 400, "invalid_argument"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    HttpResult res = op.Post("/api/people/search", c.body);
    EXPECT_EQ(res.status, c.status) << res.body;
    EXPECT_EQ(ErrorCode(res), c.code);
    EXPECT_EQ(res.body.find(scenario_.head_nik), std::string::npos);
  }
  EXPECT_EQ(op.Send(boost::beast::http::verb::post, "/api/people/search", "nik=1", "text/plain").status, 415u);
  for (const char* target : {"/api/people/abc", "/api/people/0", "/api/people/-3", "/api/households/x1"}) {
    SCOPED_TRACE(target);
    HttpResult res = op.Get(target);
    EXPECT_EQ(res.status, 400u);
    EXPECT_EQ(ErrorCode(res), "invalid_argument");
  }
  EXPECT_EQ(op.Get("/api/people/987654").status, 404u);
  EXPECT_EQ(op.Get("/api/households/987654").status, 404u);
}

INSTANTIATE_TEST_SUITE_P(Engines, RegistryApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support

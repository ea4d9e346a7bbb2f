// Walks every API route with a guest, every role, and officials of a foreign region, and checks 401/403 against
// an explicit table. A route missing from the table fails the test, so every new route needs a decided rule.
#include <map>
#include <set>

#include "api/routes.hpp"
#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;
namespace bhttp = boost::beast::http;

struct Expectation {
  bool login = true;
  std::set<Role> roles;   ///< empty: any logged-in role
  bool regional = false;  ///< officials must cover the region in the path
};

const Expectation kPublic{false, {}, false};
const Expectation kAnyAccount{true, {}, false};
const Expectation kAdminOnly{true, {Role::kAdmin}, false};
const Expectation kModerators{true, {Role::kAdmin, Role::kPicKorwil}, false};
/// Registry look-ups: every official (region scope is checked per person by the service, see registry tests).
const Expectation kRegistryRoles{true,
                                 {Role::kAdmin, Role::kOperator, Role::kOperatorDesa, Role::kSupervisorKabupaten,
                                  Role::kAdminPemda, Role::kPicKorwil},
                                 false};
const Expectation kImporters{true, {Role::kAdmin, Role::kOperator}, false};
const Expectation kScreeners{
    true, {Role::kAdmin, Role::kOperator, Role::kSupervisorKabupaten, Role::kOperatorDesa}, false};
const Expectation kReviewers{true, {Role::kAdmin, Role::kOperator}, false};  // registry dedup review

const std::map<std::string, Expectation>& ExpectedRules() {
  static const std::map<std::string, Expectation> kRules = {
      {"GET /healthz", kPublic},
      {"GET /metrics", kPublic},
      {"GET /api/openapi.json", kPublic},
      {"POST /api/auth/login", kPublic},
      {"POST /api/auth/register", kPublic},
      {"POST /api/auth/logout", kAnyAccount},
      {"POST /api/auth/logout-all", kAnyAccount},
      {"GET /api/auth/me", kAnyAccount},
      {"GET /api/regions", kPublic},
      {"GET /api/regions/{code}", kPublic},
      {"GET /api/regions/{code}/officials",
       {true, {Role::kAdmin, Role::kSupervisorKabupaten, Role::kAdminPemda, Role::kPicKorwil}, true}},
      {"GET /api/accounts", kAdminOnly},
      {"POST /api/accounts", kAdminOnly},
      {"POST /api/accounts/{id}/disable", kAdminOnly},
      {"POST /api/accounts/{id}/enable", kAdminOnly},
      {"GET /api/audit", kAdminOnly},
      {"GET /api/notifications", kAnyAccount},
      {"GET /api/notifications/unread-count", kAnyAccount},
      {"POST /api/notifications/read-all", kAnyAccount},
      {"POST /api/notifications/{id}/read", kAnyAccount},
      {"GET /api/discussion", kPublic},
      {"POST /api/discussion", kAnyAccount},
      {"GET /api/discussion/moderation", kModerators},
      {"GET /api/discussion/{id}", kPublic},
      {"POST /api/discussion/{id}/comments", kAnyAccount},
      {"POST /api/discussion/{id}/report", kAnyAccount},
      {"POST /api/discussion/{id}/moderate", kModerators},
      {"GET /api/discussion/{id}/history", kModerators},
      {"POST /api/people/search", kRegistryRoles},
      {"GET /api/people/{id}", kRegistryRoles},
      {"GET /api/households/{id}", kRegistryRoles},
      {"GET /api/complaint-topics", kPublic},
      {"POST /api/complaint-topics", kAdminOnly},
      {"PUT /api/complaint-topics/{id}", kAdminOnly},
      {"POST /api/complaints", kPublic},
      {"GET /api/complaints", {true, {Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda, Role::kOperatorDesa}, false}},
      {"GET /api/complaints/dashboard",
       {true, {Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda, Role::kOperatorDesa}, false}},
      {"GET /api/complaints/export",
       {true, {Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda, Role::kOperatorDesa}, false}},
      {"GET /api/complaints/public", kPublic},
      {"GET /api/complaints/mine", kAnyAccount},
      {"GET /api/complaints/track/{tracking}", kPublic},
      {"GET /api/complaints/{id}", kPublic},
      {"GET /api/complaints/{id}/registry",
       {true, {Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda, Role::kOperatorDesa}, false}},
      {"GET /api/programs", kPublic},
      {"POST /api/complaints/{id}/actions", kAnyAccount},
      {"POST /api/complaints/{id}/attachments", kAnyAccount},
      {"PUT /api/complaint-comments/{id}", kAnyAccount},
      {"DELETE /api/complaint-comments/{id}", kAnyAccount},
      {"GET /api/complaint-attachments/{id}", kPublic},
      {"GET /api/import-templates/{kind}", kImporters},
      {"GET /api/imports", kImporters},
      {"POST /api/imports", kImporters},
      {"GET /api/imports/{id}", kImporters},
      {"POST /api/imports/{id}/cancel", kImporters},
      {"GET /api/imports/{id}/errors", kImporters},
      {"GET /api/imports/{id}/dtks-diff", kImporters},
      {"GET /api/screenings", kScreeners},
      {"POST /api/screenings", kScreeners},
      {"GET /api/screenings/{id}", kScreeners},
      {"POST /api/screenings/{id}/repeat", kScreeners},
      {"POST /api/screenings/{id}/cancel", kScreeners},
      {"GET /api/screenings/{id}/rows", kScreeners},
      {"GET /api/screenings/{id}/download", kScreeners},
      {"POST /api/dedup/runs", kReviewers},
      {"GET /api/dedup/runs", kReviewers},
      {"GET /api/dedup/runs/{id}", kReviewers},
      {"POST /api/dedup/runs/{id}/cancel", kReviewers},
      {"GET /api/dedup/clusters", kReviewers},
      {"GET /api/dedup/clusters/{id}", kReviewers},
      {"POST /api/dedup/clusters/{id}/same", kReviewers},
      {"POST /api/dedup/clusters/{id}/different", kReviewers},
      {"POST /api/dedup/clusters/{id}/merge", kReviewers},
      {"POST /api/dedup/clusters/{id}/undo", kReviewers},
  };
  return kRules;
}

// Fills path parameters: a region inside every demo official's scope (or a foreign one), an unknown account id.
std::string Target(const std::string& pattern, const std::string& region) {
  std::string out = pattern;
  for (const auto& [param, value] : std::map<std::string, std::string>{{"{code}", region}, {"{id}", "999999"}, {"{kind}", "dukcapil"}}) {
    for (std::size_t at = out.find(param); at != std::string::npos; at = out.find(param)) out.replace(at, param.size(), value);
  }
  return out;
}

class AuthorizationTest : public ServerTest {};

TEST_P(AuthorizationTest, EveryRouteEnforcesItsRule) {
  http::Metrics metrics;
  api::HealthProbe health(server_->services().store());
  api::ApiDependencies deps{server_->services(), metrics, health, "{}", false};
  std::vector<api::ApiRoute> routes = api::AllRoutes(deps);
  ASSERT_GE(routes.size(), ExpectedRules().size());
  const std::string kInScope = "35.10.01";   // inside Banyuwangi (35.10) and East Java (35)
  const std::string kForeign = "32.73.01";   // Kota Bandung
  for (const api::ApiRoute& route : routes) {
    std::string key = std::string(bhttp::to_string(route.method)) + " " + route.pattern;
    auto rule_it = ExpectedRules().find(key);
    ASSERT_NE(rule_it, ExpectedRules().end()) << key << " has no expected rule in this test: decide one";
    const Expectation& rule = rule_it->second;
    SCOPED_TRACE(key);
    HttpClient guest = server_->Client();
    unsigned guest_status = guest.Send(route.method, Target(route.pattern, kInScope), "", "").status;
    if (rule.login) {
      EXPECT_EQ(guest_status, 401u);
    } else {
      EXPECT_NE(guest_status, 401u);
      EXPECT_NE(guest_status, 403u);
    }
    for (Role role : domain::AllRoles()) {
      SCOPED_TRACE(std::string(domain::RoleName(role)));
      bool allowed = rule.roles.empty() || rule.roles.count(role) > 0;
      HttpClient client = LoggedIn(*server_, role);
      unsigned status = client.Send(route.method, Target(route.pattern, kInScope), "", "").status;
      if (allowed) {
        EXPECT_NE(status, 401u);
        EXPECT_NE(status, 403u);
      } else {
        EXPECT_EQ(status, 403u);
      }
      if (rule.regional && allowed) {
        HttpClient again = LoggedIn(*server_, role);
        unsigned foreign = again.Send(route.method, Target(route.pattern, kForeign), "", "").status;
        if (role == Role::kAdmin) {
          EXPECT_NE(foreign, 403u);
        } else {
          EXPECT_EQ(foreign, 403u) << "an official of another region was let in";
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, AuthorizationTest, ::testing::Values(TestEngine::kSqlite), EngineTestName);

}  // namespace
}  // namespace tepat::test_support

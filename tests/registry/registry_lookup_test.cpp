// RegistryLookupService over a real store on both engines: masking per role, region scope, audit entries, errors.
#include <gtest/gtest.h>

#include "domain/kk.hpp"
#include "domain/nik.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/registry_lookup_service.hpp"
#include "support/registry_scenario.hpp"
#include "support/test_databases.hpp"

namespace tepat::test_support {
namespace {

using domain::ErrorCode;
using domain::RegistryAccess;
using domain::Role;
using service::Actor;
using service::NikStanding;

constexpr domain::UnixSeconds kNow = 1'800'000'000;

Actor Official(Role role, std::vector<std::string> scopes, std::int64_t id = 7) {
  domain::Account account;
  account.id = id;
  account.email = std::string(domain::RoleName(role)) + "@test";
  account.role = role;
  for (const std::string& scope : scopes) account.scopes.push_back(*domain::RegionCode::Parse(scope));
  return Actor{account, "127.0.0.1"};
}

class RegistryLookupTest : public ::testing::TestWithParam<TestEngine> {
 protected:
  void SetUp() override {
    auto opened = OpenMigratedTestStore(GetParam());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    test_store_ = std::move(opened).value();
    scenario_ = SeedRegistryScenario(store());
    auditor_ = std::make_unique<service::Auditor>(store(), clock_);
    lookups_ = std::make_unique<service::RegistryLookupService>(store(), *auditor_);
  }
  store::Store& store() { return *test_store_.store; }
  service::RegistryLookupService& lookups() { return *lookups_; }
  std::vector<domain::AuditEntry> Audit() { return store().ListAudit(100, 0).value(); }
  // Every audit entry written so far, as one text, to check that no NIK or KK leaked into it.
  std::string AuditText() {
    std::string text;
    for (const auto& e : Audit()) text += e.action + "|" + e.object_type + "|" + e.object_id + "|" + e.detail + "\n";
    return text;
  }

  TestStore test_store_;
  RegistryScenario scenario_;
  service::ManualClock clock_{kNow};
  std::unique_ptr<service::Auditor> auditor_;
  std::unique_ptr<service::RegistryLookupService> lookups_;
  const Actor operator_ = Official(Role::kOperator, {"35.10"});
  const Actor operator_desa_ = Official(Role::kOperatorDesa, {"35.10.01.2001"});
  const Actor admin_ = Official(Role::kAdmin, {});
};

TEST_P(RegistryLookupTest, SearchByNikShowsFullNikToOperatorAndMaskedToOperatorDesa) {
  auto full = lookups().SearchPeople(operator_, {.nik = " 3510.0100 0000 0001 "});
  ASSERT_TRUE(full.ok()) << full.status().message();
  ASSERT_EQ(full->people.size(), 1u);
  EXPECT_TRUE(full->by_nik);
  EXPECT_EQ(full->access, RegistryAccess::kFull);
  EXPECT_EQ(full->people[0].nik, scenario_.head_nik);
  EXPECT_EQ(full->people[0].id, scenario_.head_id);

  auto masked = lookups().SearchPeople(operator_desa_, {.nik = "'" + scenario_.head_nik});
  ASSERT_TRUE(masked.ok());
  ASSERT_EQ(masked->people.size(), 1u);
  EXPECT_EQ(masked->people[0].nik, domain::MaskNik(scenario_.head_nik));
  EXPECT_EQ(masked->people[0].nik, "3510********0001");
}

TEST_P(RegistryLookupTest, NikOutsideRegionsReadsAsNotFoundAndIsAuditedAsDenied) {
  auto result = lookups().SearchPeople(operator_, {.nik = scenario_.bandung_nik});
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->people.empty());
  auto audit = Audit();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit[0].action, "registry.search");
  EXPECT_EQ(audit[0].outcome, domain::AuditOutcome::kDenied);
  EXPECT_EQ(audit[0].object_id, std::to_string(scenario_.bandung_id));
  // admin sees every region
  EXPECT_EQ(lookups().SearchPeople(admin_, {.nik = scenario_.bandung_nik})->people.size(), 1u);
}

TEST_P(RegistryLookupTest, SearchByNameIsScopedPagedAndNeverAuditsTheName) {
  auto page = lookups().SearchPeople(operator_desa_, {.name = "warga", .limit = 5});
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->people.size(), 5u);
  EXPECT_TRUE(page->more);
  auto rest = lookups().SearchPeople(operator_desa_, {.name = "warga", .limit = 5, .offset = 5});
  ASSERT_TRUE(rest.ok());
  EXPECT_EQ(rest->people.size(), 3u);  // 8 in Sarongan; the Bandung person is outside
  EXPECT_FALSE(rest->more);
  auto everywhere = lookups().SearchPeople(admin_, {.name = "warga", .limit = 100});
  ASSERT_TRUE(everywhere.ok());
  EXPECT_EQ(everywhere->people.size(), 9u);
  auto narrowed = lookups().SearchPeople(admin_, {.name = "warga", .region = "32.73"});
  ASSERT_TRUE(narrowed.ok());
  ASSERT_EQ(narrowed->people.size(), 1u);
  EXPECT_EQ(narrowed->people[0].name, "WARGA BANDUNG");
  // a wider region than the scope is narrowed to the scope
  EXPECT_EQ(lookups().SearchPeople(operator_desa_, {.name = "warga", .region = "35", .limit = 100})->people.size(),
            8u);
  EXPECT_EQ(AuditText().find("warga"), std::string::npos);
  EXPECT_EQ(AuditText().find("WARGA"), std::string::npos);
}

TEST_P(RegistryLookupTest, BadSearchesNameTheField) {
  struct Case {
    service::PeopleSearchQuery query;
    ErrorCode code;
    std::string field;
  };
  const std::vector<Case> cases = {
      {{}, ErrorCode::kInvalidArgument, "nik, name"},
      {{.nik = scenario_.head_nik, .name = "warga"}, ErrorCode::kInvalidArgument, "nik, name"},
      {{.nik = "3510"}, ErrorCode::kInvalidArgument, "nik:"},
      {{.nik = "3.51E+15"}, ErrorCode::kInvalidArgument, "nik:"},
      {{.nik = "35100100000000O1"}, ErrorCode::kInvalidArgument, "nik:"},
      {{.name = "wa"}, ErrorCode::kInvalidArgument, "name:"},
      {{.name = "warga", .region = "abc"}, ErrorCode::kInvalidArgument, "region:"},
      {{.name = "warga", .region = "32.73"}, ErrorCode::kPermissionDenied, "region:"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query.nik + "/" + c.query.name + "/" + c.query.region);
    auto result = lookups().SearchPeople(operator_, c.query);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), c.code);
    EXPECT_EQ(result.status().message().rfind(c.field, 0), 0u) << result.status().message();
  }
}

TEST_P(RegistryLookupTest, CitizensAndGuestsMayNotLookUp) {
  for (const Actor& actor : {Official(Role::kWarga, {}), Actor::Guest("10.0.0.1")}) {
    EXPECT_EQ(lookups().SearchPeople(actor, {.nik = scenario_.head_nik}).status().code(), ErrorCode::kPermissionDenied);
    EXPECT_EQ(lookups().OpenPerson(actor, scenario_.head_id).status().code(), ErrorCode::kPermissionDenied);
    EXPECT_EQ(lookups().OpenHousehold(actor, scenario_.household_a_id).status().code(), ErrorCode::kPermissionDenied);
    EXPECT_EQ(lookups().DescribeNik(actor, scenario_.head_nik).status().code(), ErrorCode::kPermissionDenied);
  }
}

TEST_P(RegistryLookupTest, OpenPersonHasHouseholdDtksAidAndHistory) {
  auto detail = lookups().OpenPerson(operator_, scenario_.deceased_id);
  ASSERT_TRUE(detail.ok()) << detail.status().message();
  EXPECT_EQ(detail->person.nik, scenario_.deceased_nik);
  EXPECT_EQ(detail->person.life.status, domain::LifeStatus::kDeceased);
  EXPECT_EQ(detail->person.life.source, "dukcapil");
  ASSERT_TRUE(detail->household.has_value());
  EXPECT_EQ(detail->household->id, scenario_.household_a_id);
  EXPECT_EQ(detail->household->head_person_id, scenario_.head_id);
  EXPECT_EQ(detail->household->members.size(), 4u);
  bool life_status_changed = false;
  for (const auto& change : detail->history) life_status_changed |= change.field == "life_status" && change.job_id == 2;
  EXPECT_TRUE(life_status_changed);

  auto head = lookups().OpenPerson(operator_desa_, scenario_.head_id);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->access, RegistryAccess::kMasked);
  EXPECT_EQ(head->person.nik, domain::MaskNik(scenario_.head_nik));
  EXPECT_EQ(head->person.kk, domain::MaskKk(scenario_.household_a_kk));
  EXPECT_EQ(head->household->kk, domain::MaskKk(scenario_.household_a_kk));
  for (const auto& member : head->household->members) EXPECT_NE(member.nik.find("********"), std::string::npos);
  ASSERT_EQ(head->dtks.size(), 2u);
  EXPECT_EQ(head->dtks[0].round, "2024-03");
  EXPECT_EQ(head->dtks[0].decile, 2);
  EXPECT_EQ(head->dtks[1].round, "2023-12");
  EXPECT_EQ(head->dtks[0].kk, domain::MaskKk(scenario_.household_a_kk));

  auto receiving = lookups().OpenPerson(operator_, head->household->members[1].id);
  ASSERT_TRUE(receiving.ok());
  ASSERT_EQ(receiving->aid.size(), 2u);
  EXPECT_EQ(receiving->aid[0].record.period, "2024-01");
  EXPECT_EQ(receiving->aid[0].program_name, "Bantuan Sosial Tunai BST-3510-2024");
  EXPECT_EQ(receiving->aid[0].record.amount_rupiah, 300000);

  auto audit = Audit();
  ASSERT_GE(audit.size(), 3u);
  EXPECT_EQ(audit[1].action, "registry.person.view");
  EXPECT_EQ(audit[1].object_type, "person");
  EXPECT_EQ(audit[1].object_id, std::to_string(scenario_.head_id));
  EXPECT_EQ(audit[1].actor_id, 7);
  EXPECT_EQ(AuditText().find(scenario_.head_nik), std::string::npos);
}

TEST_P(RegistryLookupTest, OpeningOutsideTheRegionsIsRefusedAndAudited) {
  auto person = lookups().OpenPerson(operator_, scenario_.bandung_id);
  EXPECT_EQ(person.status().code(), ErrorCode::kPermissionDenied);
  auto household = lookups().OpenHousehold(operator_desa_, scenario_.bandung_household_id);
  EXPECT_EQ(household.status().code(), ErrorCode::kPermissionDenied);
  auto audit = Audit();
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "registry.household.view");
  EXPECT_EQ(audit[0].outcome, domain::AuditOutcome::kDenied);
  EXPECT_EQ(audit[1].action, "registry.person.view");
  EXPECT_EQ(audit[1].outcome, domain::AuditOutcome::kDenied);
  EXPECT_TRUE(lookups().OpenPerson(admin_, scenario_.bandung_id).ok());
  EXPECT_EQ(lookups().OpenPerson(admin_, 987654).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(lookups().OpenHousehold(admin_, 987654).status().code(), ErrorCode::kNotFound);
}

TEST_P(RegistryLookupTest, OpenHouseholdListsMembersDtksAndHistory) {
  auto detail = lookups().OpenHousehold(operator_, scenario_.household_a_id);
  ASSERT_TRUE(detail.ok()) << detail.status().message();
  EXPECT_EQ(detail->household.kk, scenario_.household_a_kk);
  EXPECT_EQ(detail->household.members.size(), 4u);
  EXPECT_EQ(detail->dtks.size(), 3u);
  EXPECT_EQ(detail->dtks.front().round, "2024-03");
  EXPECT_EQ(Audit()[0].action, "registry.household.view");
}

TEST_P(RegistryLookupTest, DescribeNikAnswersAComplaint) {
  auto head = lookups().DescribeNik(operator_desa_, scenario_.head_nik, "complaint 42");
  ASSERT_TRUE(head.ok()) << head.status().message();
  EXPECT_EQ(head->standing, NikStanding::kFound);
  EXPECT_EQ(head->nik, domain::MaskNik(scenario_.head_nik));
  ASSERT_TRUE(head->person.has_value());
  EXPECT_EQ(head->person->id, scenario_.head_id);
  EXPECT_EQ(head->life.status, domain::LifeStatus::kAlive);
  ASSERT_TRUE(head->latest_dtks.has_value());
  EXPECT_EQ(head->latest_dtks->decile, 2);
  EXPECT_EQ(head->latest_dtks->round, "2024-03");
  EXPECT_TRUE(head->aid.empty());
  ASSERT_EQ(head->family_receiving.size(), 1u);
  EXPECT_EQ(head->family_receiving[0].member.nik, domain::MaskNik(scenario_.receiving_nik));
  EXPECT_EQ(head->family_receiving[0].aid.size(), 2u);
  ASSERT_TRUE(head->household.has_value());
  EXPECT_EQ(head->household->members.size(), 4u);
  auto audit = Audit();
  EXPECT_EQ(audit[0].action, "registry.nik.describe");
  EXPECT_EQ(audit[0].object_id, std::to_string(scenario_.head_id));
  EXPECT_NE(audit[0].detail.find("complaint 42"), std::string::npos);

  auto deceased = lookups().DescribeNik(operator_, scenario_.deceased_nik);
  ASSERT_TRUE(deceased.ok());
  EXPECT_EQ(deceased->life.status, domain::LifeStatus::kDeceased);
  EXPECT_EQ(deceased->nik, scenario_.deceased_nik);

  auto no_dtks = lookups().DescribeNik(operator_, scenario_.other_household_nik);
  ASSERT_TRUE(no_dtks.ok());
  EXPECT_FALSE(no_dtks->latest_dtks.has_value());
  EXPECT_TRUE(no_dtks->family_receiving.empty());

  auto unknown = lookups().DescribeNik(operator_, scenario_.unknown_nik);
  ASSERT_TRUE(unknown.ok());
  EXPECT_EQ(unknown->standing, NikStanding::kNotFound);
  EXPECT_FALSE(unknown->person.has_value());

  auto elsewhere = lookups().DescribeNik(operator_, scenario_.bandung_nik);
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_EQ(elsewhere->standing, NikStanding::kOutsideRegions);
  EXPECT_EQ(elsewhere->registered_kabupaten, domain::RegionCode::Parse("32.73"));
  EXPECT_FALSE(elsewhere->person.has_value());

  EXPECT_EQ(lookups().DescribeNik(operator_, "12345").status().code(), ErrorCode::kInvalidArgument);
  for (const std::string& nik : {scenario_.head_nik, scenario_.unknown_nik, scenario_.bandung_nik}) {
    EXPECT_EQ(AuditText().find(nik), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, RegistryLookupTest, ::testing::ValuesIn(AllTestEngines()),
                         [](const auto& info) { return std::string(TestEngineName(info.param)); });

}  // namespace
}  // namespace tepat::test_support

// "Answering from the data" (issue 5 item 4) on both engines: for every NIK of a stored complaint, what the
// registry says and what screening said, for the officials who may see the complaint's NIKs; masked per role,
// audited, refused to everyone else.
#include <algorithm>

#include "complaint_fixture.hpp"
#include "domain/nik.hpp"
#include "support/registry_scenario.hpp"

namespace tepat::complaints_test {
namespace {

using domain::ErrorCode;
using service::ComplaintNikRole;
using service::NikStanding;

constexpr std::int64_t kScreeningJob = 501;

class ComplaintRegistryTest : public ComplaintServiceTest {
 protected:
  void SetUp() override {
    ComplaintServiceTest::SetUp();
    if (HasFatalFailure()) return;
    scenario_ = test_support::SeedRegistryScenario(*test_store_.store);
    SeedScreening();
  }

  /// One screening run of the scenario's program naming the head (rejected, with a NIK in the details) and
  /// another person.
  void SeedScreening() {
    store::ScreeningRun run;
    run.job_id = kScreeningJob;
    run.program_code = scenario_.program_code;
    run.period = "2024-06";
    run.list_name = "usulan-juni.csv";
    run.created_at = kStart - 86'400;
    auto id = test_store_.store->CreateScreeningRun(run);
    ASSERT_TRUE(id.ok()) << id.status().message();
    std::vector<store::ScreeningRowRecord> rows = {
        {2, scenario_.head_nik, "", "WARGA NOMOR 0", "35.10.01.2001", "DITOLAK", ",SUDAH_MENERIMA,KELUARGA_MENERIMA,",
         "KELUARGA_MENERIMA: anggota " + scenario_.receiving_nik + " menerima", "3510010000000009;X;0.9"},
        {3, scenario_.other_household_nik, "", "WARGA NOMOR 4", "35.10.01.2001", "LOLOS", ",", "", ""}};
    ASSERT_TRUE(test_store_.store->CompleteScreeningRun(*id, run, rows).ok());
  }

  /// A complaint stored as filed by the demo citizen, naming the head as reporter and the deceased, a person of
  /// Bandung and an unknown NIK as beneficiaries.
  domain::Complaint StoreComplaint(bool rahasia = false) {
    domain::Complaint complaint;
    complaint.region = *domain::RegionCode::Parse("35.10");
    complaint.topic_id = 1;
    complaint.title = "Tidak menerima padahal terdaftar";
    complaint.message = "Sudah terdaftar DTKS.";
    complaint.rahasia = rahasia;
    complaint.reporter_account_id = As(Role::kWarga).Id();
    complaint.reporter_nik = scenario_.head_nik;
    complaint.beneficiary_niks = {scenario_.deceased_nik, scenario_.bandung_nik, scenario_.unknown_nik};
    complaint.created_at = kStart;
    auto stored = test_store_.store->CreateComplaint(complaint, 2026, std::nullopt);
    EXPECT_TRUE(stored.ok()) << stored.status().message();
    return stored.ok() ? *stored : domain::Complaint{};
  }

  domain::Result<service::ComplaintRegistryAnswer> Answer(const service::Actor& actor, std::int64_t id) {
    return services_->complaint_registry().Answer(actor, id);
  }

  test_support::RegistryScenario scenario_;
};
TEPAT_COMPLAINT_SUITE(ComplaintRegistryTest);

TEST_P(ComplaintRegistryTest, PemdaSeesWhatTheRegistryAndScreeningSayAboutEveryNikMasked) {
  const domain::Complaint complaint = StoreComplaint();
  auto answer = Answer(As(Role::kAdminPemda), complaint.id);
  ASSERT_TRUE(answer.ok()) << answer.status().message();
  EXPECT_EQ(answer->access, domain::RegistryAccess::kMasked);
  ASSERT_EQ(answer->niks.size(), 4u);

  const service::ComplaintNikAnswer& head = answer->niks[0];
  EXPECT_EQ(head.role, ComplaintNikRole::kReporter);
  EXPECT_EQ(head.summary.standing, NikStanding::kFound);
  EXPECT_EQ(head.summary.nik, domain::MaskNik(scenario_.head_nik));
  ASSERT_TRUE(head.summary.latest_dtks.has_value());
  EXPECT_EQ(head.summary.latest_dtks->decile, 2);
  ASSERT_EQ(head.summary.family_receiving.size(), 1u);
  ASSERT_TRUE(head.summary.household.has_value());
  EXPECT_EQ(head.summary.household->members.size(), 4u);
  ASSERT_EQ(head.screenings.size(), 1u);
  const service::ScreeningMention& mention = head.screenings[0];
  EXPECT_EQ(mention.program_code, scenario_.program_code);
  EXPECT_FALSE(mention.program_name.empty());
  EXPECT_EQ(mention.period, "2024-06");
  EXPECT_EQ(mention.verdict, "DITOLAK");
  EXPECT_EQ(mention.reasons, (std::vector<std::string>{"SUDAH_MENERIMA", "KELUARGA_MENERIMA"}));
  EXPECT_EQ(mention.details.find(scenario_.receiving_nik), std::string::npos) << mention.details;
  EXPECT_NE(mention.details.find("KELUARGA_MENERIMA: anggota 3510"), std::string::npos) << mention.details;

  const service::ComplaintNikAnswer& deceased = answer->niks[1];
  EXPECT_EQ(deceased.role, ComplaintNikRole::kBeneficiary);
  EXPECT_EQ(deceased.summary.life.status, domain::LifeStatus::kDeceased);
  EXPECT_TRUE(deceased.screenings.empty());

  // Outside the Pemda's regions: only the kabupaten, and no screening rows.
  EXPECT_EQ(answer->niks[2].summary.standing, NikStanding::kOutsideRegions);
  EXPECT_FALSE(answer->niks[2].summary.person.has_value());
  EXPECT_TRUE(answer->niks[2].screenings.empty());
  EXPECT_EQ(answer->niks[3].summary.standing, NikStanding::kNotFound);

  // Audited: the view of the complaint's registry data and one description per NIK; no NIK in clear.
  const std::vector<domain::AuditEntry> audit = test_store_.store->ListAudit(100, 0).value();
  const auto count = [&](const std::string& action) {
    return std::count_if(audit.begin(), audit.end(), [&](const domain::AuditEntry& e) { return e.action == action; });
  };
  EXPECT_EQ(count("complaint.registry_view"), 1);
  EXPECT_EQ(count("registry.nik.describe"), 4);
  for (const domain::AuditEntry& entry : audit) {
    EXPECT_EQ((entry.object_id + entry.detail).find(scenario_.head_nik), std::string::npos);
  }
}

TEST_P(ComplaintRegistryTest, AdminSeesNumbersInClear) {
  const domain::Complaint complaint = StoreComplaint();
  auto answer = Answer(As(Role::kAdmin), complaint.id);
  ASSERT_TRUE(answer.ok()) << answer.status().message();
  EXPECT_EQ(answer->access, domain::RegistryAccess::kFull);
  EXPECT_EQ(answer->niks[0].summary.nik, scenario_.head_nik);
  EXPECT_NE(answer->niks[0].screenings.at(0).details.find(scenario_.receiving_nik), std::string::npos);
  // The admin sees every region: the Bandung person is found.
  EXPECT_EQ(answer->niks[2].summary.standing, NikStanding::kFound);
}

TEST_P(ComplaintRegistryTest, ReporterOtherRegionsAndRolesWithoutRegistryAccessAreRefused) {
  const domain::Complaint open = StoreComplaint();
  const domain::Complaint secret = StoreComplaint(/*rahasia=*/true);
  EXPECT_EQ(Answer(As(Role::kWarga), open.id).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Answer(AsEmail("pemda-malang@demo.tepat.id"), open.id).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Answer(AsEmail("pemda-malang@demo.tepat.id"), secret.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(Answer(As(Role::kSupervisorKabupaten), open.id).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Answer(service::Actor::Guest("127.0.0.1"), secret.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(Answer(As(Role::kPicKorwil), open.id + 100).status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(Answer(As(Role::kPicKorwil), secret.id).ok());
}

}  // namespace
}  // namespace tepat::complaints_test

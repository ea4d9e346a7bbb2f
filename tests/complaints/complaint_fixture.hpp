#pragma once
// Fixture of the complaint suites: a migrated store per engine with the small region fixture, the demo accounts
// (officials of Banyuwangi 35.10 and East Java 35), one extra admin Pemda of Malang (35.07), a manual clock and
// the services, with a listener that records every complaint event.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/demo_accounts.hpp"
#include "service/services.hpp"
#include "support/test_databases.hpp"
#include "support/test_server.hpp"

namespace tepat::complaints_test {

using domain::Role;

/// 2026-06-01 10:00 WIB.
inline constexpr domain::UnixSeconds kStart = 1'780'282'800;
/// A valid NIK of Pesanggaran, Banyuwangi (35.10.01), born 05-06-1990.
inline constexpr const char* kNik = "3510014506900003";

/// Records complaint events.
class RecordingListener final : public service::ComplaintListener {
 public:
  void OnComplaintEvent(const service::ComplaintEvent& event) override { events.push_back(event); }
  std::vector<service::ComplaintEvent> events;
};

class ComplaintServiceTest : public ::testing::TestWithParam<test_support::TestEngine> {
 protected:
  void SetUp() override {
    auto opened = test_support::OpenMigratedTestStore(GetParam());
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    test_store_ = std::move(opened).value();
    attachments_dir_ = std::filesystem::temp_directory_path() /
                       ("tepat-attachments-" + std::to_string(::getpid()) + "-" +
                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(attachments_dir_);
    service::ComplaintConfig config;
    config.attachments_dir = attachments_dir_;
    services_ = std::make_unique<service::Services>(*test_store_.store, clock_, service::HashCost::kFastForTests,
                                                    service::AuthConfig{}, Community(), std::move(config));
    services_->complaints().AddListener(&listener_);
    ASSERT_TRUE(services_->regions().LoadReferenceData(test_support::SmallRegionFixtureDir()).ok());
    ASSERT_TRUE(app::EnsureDemoAccounts(*services_).ok());
    auto malang = services_->accounts().Create(
        service::Actor::System(),
        {"pemda-malang@demo.tepat.id", "Admin Bansos Malang", "admin_pemda", app::kDemoPassword, {"35.07"}});
    ASSERT_TRUE(malang.ok()) << malang.status().message();
  }
  void TearDown() override {
    services_.reset();
    std::filesystem::remove_all(attachments_dir_);
  }

  /// Settings of notifications and discussion; a suite overrides it (e.g. to turn email on).
  virtual service::CommunityConfig Community() { return {}; }

  service::ComplaintService& complaints() { return services_->complaints(); }

  service::Actor As(Role role) { return AsEmail(app::DemoEmail(role)); }
  service::Actor AsEmail(const std::string& email) {
    auto account = test_store_.store->FindAccountByEmail(email);
    EXPECT_TRUE(account.ok() && account->has_value()) << email;
    return service::Actor{account.value(), "127.0.0.1"};
  }

  domain::ComplaintDraft Draft(const std::string& title = "Tidak menerima BPNT") {
    domain::ComplaintDraft draft;
    draft.region = "35.10";
    draft.topic_id = 1;
    draft.title = title;
    draft.message = "Saya sudah terdaftar di DTKS tetapi tidak menerima bantuan sejak Maret.";
    draft.reporter_nik = kNik;
    draft.phones = {"0812-3456-7890", "021 5551234"};
    return draft;
  }

  domain::Complaint File(const service::Actor& actor, const domain::ComplaintDraft& draft) {
    std::vector<domain::ComplaintProblem> problems;
    auto filed = complaints().File(actor, draft, &problems);
    EXPECT_TRUE(filed.ok()) << filed.status().message() << (problems.empty() ? "" : " " + problems[0].message_en);
    return filed.ok() ? *filed : domain::Complaint{};
  }

  domain::Result<service::ComplaintView> Act(Role role, std::int64_t id, domain::ComplaintAction action,
                                             const std::string& message = "Catatan petugas") {
    return complaints().Act(As(role), id, {action, message});
  }

  domain::Complaint Stored(std::int64_t id) { return test_store_.store->GetComplaint(id).value().value(); }

  test_support::TestStore test_store_;
  service::ManualClock clock_{kStart};
  std::filesystem::path attachments_dir_;
  std::unique_ptr<service::Services> services_;
  RecordingListener listener_;
};

inline std::string EngineName(const ::testing::TestParamInfo<test_support::TestEngine>& info) {
  return test_support::TestEngineName(info.param);
}

}  // namespace tepat::complaints_test

#define TEPAT_COMPLAINT_SUITE(suite)                                                                         \
  INSTANTIATE_TEST_SUITE_P(Engines, suite, ::testing::ValuesIn(::tepat::test_support::AllTestEngines()), \
                           ::tepat::complaints_test::EngineName)

#include "app/demo_accounts.hpp"

namespace tepat::app {
namespace {

constexpr const char* kDemoDomain = "@demo.tepat.id";

struct DemoAccount {
  domain::Role role;
  const char* name;
  std::vector<std::string> scopes;
};

// Banyuwangi (35.10) is the home of seed 001; the village operator works in one of its desa.
const std::vector<DemoAccount>& DemoAccounts() {
  static const std::vector<DemoAccount> kAccounts = {
      {domain::Role::kAdmin, "Admin Dinsos Provinsi", {}},
      {domain::Role::kOperator, "Walidata Dinsos Banyuwangi", {"35.10"}},
      {domain::Role::kOperatorDesa, "Operator Desa Sarongan", {"35.10.01.2001"}},
      {domain::Role::kSupervisorKabupaten, "Supervisor Kabupaten Banyuwangi", {"35.10"}},
      {domain::Role::kAdminPemda, "Admin Bansos Pemkab Banyuwangi", {"35.10"}},
      {domain::Role::kPicKorwil, "PIC Korwil Jawa Timur", {"35"}},
      {domain::Role::kWarga, "Warga Demo", {}},
  };
  return kAccounts;
}

}  // namespace

std::string DemoEmail(domain::Role role) { return std::string(domain::RoleName(role)) + kDemoDomain; }

domain::Status EnsureDemoAccounts(service::Services& services) {
  for (const DemoAccount& demo : DemoAccounts()) {
    std::string email = DemoEmail(demo.role);
    auto existing = services.store().FindAccountByEmail(email);
    if (!existing.ok()) return existing.status();
    if (existing.value()) continue;
    service::NewAccount input{email, demo.name, std::string(domain::RoleName(demo.role)), kDemoPassword, demo.scopes};
    auto created = services.accounts().Create(service::Actor::System(), input);
    if (!created.ok()) return domain::Status(created.status().code(), email + ": " + created.status().message());
  }
  return domain::Status::Ok();
}

}  // namespace tepat::app

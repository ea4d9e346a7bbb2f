#include "service/account_service.hpp"

#include "service/auth_service.hpp"
#include "service/password_policy.hpp"

namespace tepat::service {
namespace {

constexpr std::size_t kMaxNameChars = 120;

}  // namespace

domain::Result<domain::Account> AccountService::Create(const Actor& actor, const NewAccount& input) {
  auto email = NormalizeEmail(input.email);
  if (!email.ok()) return email.status();
  if (input.display_name.empty() || input.display_name.size() > kMaxNameChars) {
    return domain::InvalidArgument("display_name: enter a name (1 to 120 characters)");
  }
  std::optional<domain::Role> role = domain::ParseRole(input.role);
  if (!role) {
    return domain::InvalidArgument("role: '" + input.role +
                                   "' is not a role; use admin, operator, operator_desa, supervisor_kabupaten, "
                                   "admin_pemda, pic_korwil or warga");
  }
  domain::Account account;
  for (const std::string& text : input.scopes) {
    std::optional<domain::RegionCode> code = domain::RegionCode::Parse(text);
    if (!code) return domain::InvalidArgument("scopes: '" + text + "' is not a region code like 35.10 or 3510");
    auto region = store_.GetRegion(*code);
    if (!region.ok()) return region.status();
    if (!region.value()) {
      return domain::InvalidArgument("scopes: region " + code->Dotted() + " is not in the region list");
    }
    account.scopes.push_back(*code);
  }
  if (domain::RoleNeedsRegionScope(*role) && account.scopes.empty()) {
    return domain::InvalidArgument("scopes: a " + std::string(domain::RoleName(*role)) +
                                   " account needs at least one region");
  }
  if (auto policy = CheckPassword(input.password, email.value()); !policy.ok()) return policy;
  auto hash = hasher_.Hash(input.password);
  if (!hash.ok()) return hash.status();
  account.email = email.value();
  account.display_name = input.display_name;
  account.role = *role;
  account.password_hash = hash.value();
  account.created_at = clock_.Now();
  auto id = store_.CreateAccount(account);
  if (!id.ok()) {
    (void)auditor_.Record(actor, "account.create", {"account", ""}, domain::AuditOutcome::kFailed,
                          domain::ErrorCodeName(id.status().code()));
    if (id.status().code() == domain::ErrorCode::kAlreadyExists) {
      return domain::AlreadyExists("email: an account with this email already exists");
    }
    return id.status();
  }
  account.id = id.value();
  (void)auditor_.Record(actor, "account.create", {"account", std::to_string(account.id)},
                        domain::AuditOutcome::kSuccess, "role " + std::string(domain::RoleName(account.role)));
  return account;
}

domain::Result<std::vector<domain::Account>> AccountService::List(const Actor& actor) {
  auto accounts = store_.ListAccounts();
  (void)auditor_.Record(actor, "account.list", {"account", "*"},
                        accounts.ok() ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed);
  return accounts;
}

domain::Result<domain::Account> AccountService::SetDisabled(const Actor& actor, std::int64_t id, bool disabled) {
  if (disabled && actor.Id() == id) {
    return domain::FailedPrecondition("You cannot disable your own account; ask another admin.");
  }
  auto found = store_.GetAccount(id);
  if (!found.ok()) return found.status();
  if (!found.value()) return domain::NotFound("There is no account " + std::to_string(id) + ".");
  if (auto changed = store_.SetAccountDisabled(id, disabled); !changed.ok()) return changed;
  (void)auditor_.Record(actor, disabled ? "account.disable" : "account.enable", {"account", std::to_string(id)},
                        domain::AuditOutcome::kSuccess);
  domain::Account account = std::move(*found.value());
  account.disabled = disabled;
  return account;
}

}  // namespace tepat::service

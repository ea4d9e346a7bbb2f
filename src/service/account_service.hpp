#pragma once
// AccountService: creating officials' accounts with roles and region scopes, listing, disabling.
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/password_hasher.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Input for a new account. `scopes` are region codes, dotted or compact.
struct NewAccount {
  std::string email;
  std::string display_name;
  std::string role;
  std::string password;
  std::vector<std::string> scopes;
};

/// Thread-safe. Callers have already checked that the actor may manage accounts (route rule: admin).
class AccountService {
 public:
  AccountService(store::Store& store, Auditor& auditor, const Clock& clock, const PasswordHasher& hasher)
      : store_(store), auditor_(auditor), clock_(clock), hasher_(hasher) {}

  /// Validates and creates an account. kInvalidArgument names the field (email, role, scopes, password);
  /// kAlreadyExists when the email is taken. Officials need at least one scope; every scope must be a known region.
  domain::Result<domain::Account> Create(const Actor& actor, const NewAccount& input);
  domain::Result<std::vector<domain::Account>> List(const Actor& actor);
  /// Disables (ending all its sessions) or re-enables an account. kNotFound for an unknown id;
  /// kFailedPrecondition when an admin tries to disable their own account.
  domain::Result<domain::Account> SetDisabled(const Actor& actor, std::int64_t id, bool disabled);

 private:
  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  const PasswordHasher& hasher_;
};

}  // namespace tepat::service

#pragma once
// Account: a person who can log in, with a role and the regions they may act on.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/region_code.hpp"
#include "domain/role.hpp"

namespace tepat::domain {

/// Seconds since the Unix epoch, UTC. Every stored time in Tepat uses it.
using UnixSeconds = std::int64_t;

/// A login account. `scopes` is empty for admin (everything) and warga (own data only).
struct Account {
  std::int64_t id = 0;
  std::string email;          ///< lower-cased, unique
  std::string display_name;
  Role role = Role::kWarga;
  std::vector<RegionCode> scopes;
  std::string password_hash;  ///< Argon2id encoded string (libsodium crypto_pwhash_str)
  bool disabled = false;
  UnixSeconds created_at = 0;
};

/// True when the account may act on `region`: admin always; officials when one scope contains it; warga never.
bool AccountCoversRegion(const Account& account, const RegionCode& region);

}  // namespace tepat::domain

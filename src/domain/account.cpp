#include "domain/account.hpp"

namespace tepat::domain {

bool AccountCoversRegion(const Account& account, const RegionCode& region) {
  if (account.role == Role::kAdmin) return true;
  for (const RegionCode& scope : account.scopes) {
    if (scope.Contains(region)) return true;
  }
  return false;
}

}  // namespace tepat::domain

#pragma once
// Demo accounts: one per role, created by `tepat demo seed` and by tests.
#include <string>
#include <vector>

#include "domain/role.hpp"
#include "service/services.hpp"

namespace tepat::app {

/// Password of every demo account. Demo data only: `make run` prints it.
inline constexpr const char* kDemoPassword = "demo-tepat-2026";

/// Login email of the demo account of `role`: "<role>@demo.tepat.id".
std::string DemoEmail(domain::Role role);

/// Creates the demo accounts that do not exist yet (officials scoped to Banyuwangi 35.10, its first desa, or
/// East Java). The regions must be loaded first. Returns the first error.
domain::Status EnsureDemoAccounts(service::Services& services);

}  // namespace tepat::app

#pragma once
// Role: what kind of user an account belongs to (see docs/domain roles).
#include <optional>
#include <string_view>
#include <vector>

namespace tepat::domain {

/// Every role Tepat knows. Officials (all but kWarga and kAdmin) are limited to their region scopes.
enum class Role {
  kAdmin,                ///< provincial social office: accounts, reference data, everything
  kOperator,             ///< walidata of an agency: imports, matching, decrees
  kOperatorDesa,         ///< village operator: proposals, oral complaints
  kSupervisorKabupaten,  ///< verifies and finalises proposals, uploads decrees
  kAdminPemda,           ///< answers complaints for a local government
  kPicKorwil,            ///< KPK regional coordinator: triages and forwards complaints
  kWarga,                ///< citizen
};

/// Stable wire name: "admin", "operator", "operator_desa", "supervisor_kabupaten", "admin_pemda", "pic_korwil", "warga".
std::string_view RoleName(Role role);
/// Parses a wire name; nullopt when unknown.
std::optional<Role> ParseRole(std::string_view name);
/// All roles, in declaration order.
const std::vector<Role>& AllRoles();
/// True for roles whose accounts must carry at least one region scope.
bool RoleNeedsRegionScope(Role role);

}  // namespace tepat::domain

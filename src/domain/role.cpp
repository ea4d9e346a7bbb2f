#include "domain/role.hpp"

#include <array>
#include <utility>

namespace tepat::domain {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 7> kRoleNames = {{
    {Role::kAdmin, "admin"},
    {Role::kOperator, "operator"},
    {Role::kOperatorDesa, "operator_desa"},
    {Role::kSupervisorKabupaten, "supervisor_kabupaten"},
    {Role::kAdminPemda, "admin_pemda"},
    {Role::kPicKorwil, "pic_korwil"},
    {Role::kWarga, "warga"},
}};

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "warga";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& [r, n] : kRoleNames) {
    if (n == name) return r;
  }
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> kAll = [] {
    std::vector<Role> all;
    for (const auto& entry : kRoleNames) all.push_back(entry.first);
    return all;
  }();
  return kAll;
}

bool RoleNeedsRegionScope(Role role) { return role != Role::kAdmin && role != Role::kWarga; }

}  // namespace tepat::domain

#include "domain/registry_access.hpp"

#include "domain/id_number.hpp"

namespace tepat::domain {

const char* RegistryAccessName(RegistryAccess access) {
  switch (access) {
    case RegistryAccess::kNone: return "none";
    case RegistryAccess::kMasked: return "masked";
    case RegistryAccess::kFull: return "full";
  }
  return "none";
}

RegistryAccess RegistryAccessFor(Role role) {
  switch (role) {
    case Role::kAdmin:
    case Role::kOperator:
    case Role::kSupervisorKabupaten: return RegistryAccess::kFull;
    case Role::kOperatorDesa:
    case Role::kAdminPemda:
    case Role::kPicKorwil: return RegistryAccess::kMasked;
    case Role::kWarga: return RegistryAccess::kNone;
  }
  return RegistryAccess::kNone;
}

std::string ShowIdNumber(std::string_view number, RegistryAccess access) {
  if (access == RegistryAccess::kFull) return std::string(number);
  return MaskIdNumber(number);
}

}  // namespace tepat::domain

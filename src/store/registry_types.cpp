#include "store/registry_types.hpp"

namespace tepat::store {

const char* RegistryEntityCode(RegistryEntity entity) {
  switch (entity) {
    case RegistryEntity::kPerson: return "person";
    case RegistryEntity::kHousehold: return "household";
    case RegistryEntity::kDtksMember: return "dtks_member";
    case RegistryEntity::kProgram: return "program";
    case RegistryEntity::kRecipient: return "recipient";
  }
  return "person";
}

}  // namespace tepat::store

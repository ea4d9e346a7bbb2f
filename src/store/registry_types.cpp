#include "store/registry_types.hpp"

#include <array>
#include <utility>

namespace tepat::store {
namespace {

constexpr std::array<std::pair<ImportJobStatus, const char*>, 5> kJobStatusCodes = {{
    {ImportJobStatus::kQueued, "queued"},
    {ImportJobStatus::kRunning, "running"},
    {ImportJobStatus::kSucceeded, "succeeded"},
    {ImportJobStatus::kFailed, "failed"},
    {ImportJobStatus::kCancelled, "cancelled"},
}};

}  // namespace

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

const char* ImportJobStatusCode(ImportJobStatus status) {
  for (const auto& [value, code] : kJobStatusCodes) {
    if (value == status) return code;
  }
  return "queued";
}

std::optional<ImportJobStatus> ParseImportJobStatus(std::string_view code) {
  for (const auto& [value, name] : kJobStatusCodes) {
    if (code == name) return value;
  }
  return std::nullopt;
}

}  // namespace tepat::store

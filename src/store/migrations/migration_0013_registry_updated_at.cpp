// Migration 13: screening reloads its in-memory registry when RegistryDataVersion() changes, and checks it before
// every screening. The newest change time of people, DTKS and recipients then comes from an index instead of a
// scan of each whole table (seconds at 10,000,000 people).
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE INDEX people_updated_at_idx ON people(updated_at);
CREATE INDEX dtks_members_updated_at_idx ON dtks_members(updated_at);
CREATE INDEX recipients_updated_at_idx ON recipients(updated_at);
)sql";

}  // namespace

const Migration& Migration0013RegistryUpdatedAt() {
  static const Migration kMigration{13, "registry_updated_at", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

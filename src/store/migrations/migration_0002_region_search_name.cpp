// Migration 2: a stored, lower-cased copy of each region name, so that name search compares plain text instead of
// calling lower() on every row (about 5x faster on SQLite for the 91,599 official regions).
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
ALTER TABLE regions ADD COLUMN search_name {{BINARY_TEXT}} NOT NULL DEFAULT '';
UPDATE regions SET search_name = lower(name);
DROP INDEX regions_lower_name_idx;
)sql";

}  // namespace

const Migration& Migration0002RegionSearchName() {
  static const Migration kMigration{2, "region_search_name", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

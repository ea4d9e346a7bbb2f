// Migration 9: an index for the officials' complaint list and its count at 100,000 complaints and more. The list
// statements filter the region by a code range (complaint_filter_sql.hpp): (status, region, created_at) answers
// "my regions, this status" (and "this status" for admins) from the index alone, with the status as an equality
// and the region as a range. Without a status, complaints_region_created_idx of migration 7 serves.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE INDEX complaints_status_region_created_idx ON complaints(status, region, created_at);
)sql";

}  // namespace

const Migration& Migration0009ComplaintListIndexes() {
  static const Migration kMigration{9, "complaint_list_indexes", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

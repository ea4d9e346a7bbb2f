// Migration 8: import jobs become generic background jobs (imports, screening, dedup, ...): the table is renamed
// to `jobs` and gains handler parameters, the region the job concerns (for authorization) and a result file.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
ALTER TABLE import_jobs RENAME TO jobs;
DROP INDEX import_jobs_status_idx;
CREATE INDEX jobs_status_idx ON jobs(status, heartbeat_at);
CREATE INDEX jobs_created_by_idx ON jobs(created_by, id);
ALTER TABLE jobs ADD COLUMN params TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN scope_region TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN result_path TEXT NOT NULL DEFAULT '';
UPDATE jobs SET kind = 'import.' || kind WHERE kind NOT LIKE 'import.%';
)sql";

}  // namespace

const Migration& Migration0008Jobs() {
  static const Migration kMigration{8, "jobs", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

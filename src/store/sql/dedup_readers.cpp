#include "store/sql/dedup_readers.hpp"

#include <cmath>
#include <string>

#include "store/sql/dedup_statements.hpp"
#include "store/sql/registry_readers.hpp"
#include "store/sql/row_readers.hpp"

namespace tepat::store::sql {

double FromMicro(std::int64_t micro) { return static_cast<double>(micro) / kMicroPerUnit; }

std::int64_t ToMicro(double value) { return static_cast<std::int64_t>(std::llround(value * kMicroPerUnit)); }

Result<DedupRun> ReadDedupRun(const Row& row) {
  DedupRun run;
  run.id = row.Int(0);
  run.region = std::string(row.Text(1));
  run.settings_digest = std::string(row.Text(2));
  run.settings_text = std::string(row.Text(3));
  run.data_version = std::string(row.Text(4));
  std::optional<DedupRunStatus> status = ParseJobStatus(row.Text(5));
  if (!status) return BadColumn("dedup_runs", "status");
  run.status = *status;
  run.progress = DedupProgress{std::string(row.Text(6)), row.Int(7), row.Int(8)};
  run.counts = DedupRunCounts{row.Int(9), row.Int(10), row.Int(11), row.Int(12), row.Int(13)};
  run.created_by = row.Int(14);
  run.created_at = row.Int(15);
  run.started_at = row.Int(16);
  run.finished_at = row.Int(17);
  run.heartbeat_at = row.Int(18);
  run.cancel_requested = row.Int(19) != 0;
  run.message = std::string(row.Text(20));
  return run;
}

Result<DedupCluster> ReadDedupCluster(const Row& row) {
  DedupCluster cluster;
  cluster.id = row.Int(0);
  cluster.run_id = row.Int(1);
  std::optional<DedupClusterStatus> status = ParseDedupClusterStatus(row.Text(2));
  if (!status) return BadColumn("dedup_clusters", "status");
  cluster.status = *status;
  cluster.max_probability = FromMicro(row.Int(3));
  cluster.decided_by = row.Int(4);
  cluster.decided_at = row.Int(5);
  return cluster;
}

Result<DedupMember> ReadDedupMember(const Row& row) {
  Result<domain::RegionCode> desa = ReadRegionCode(row, 1);
  if (!desa.ok()) return desa.status();
  return DedupMember{row.Int(0), *desa};
}

Result<DedupPair> ReadDedupPair(const Row& row) {
  DedupPair pair;
  pair.id = row.Int(0);
  pair.person_a = row.Int(1);
  pair.person_b = row.Int(2);
  pair.weight = FromMicro(row.Int(3));
  pair.probability = FromMicro(row.Int(4));
  pair.prior_weight = FromMicro(row.Int(5));
  return pair;
}

Result<PersonMerge> ReadPersonMerge(const Row& row) {
  return PersonMerge{row.Int(0), row.Int(1), row.Int(2), row.Int(3), row.Int(4), row.Int(5), row.Int(6), row.Int(7)};
}

}  // namespace tepat::store::sql

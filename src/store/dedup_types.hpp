#pragma once
// Deduplication types of the Store interface: runs (with the settings and data version that produced them),
// candidate clusters of people with their scored pairs and field evidence, review decisions, and merges.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/account.hpp"
#include "domain/region_code.hpp"
#include "store/job_types.hpp"
#include "store/registry_types.hpp"

namespace tepat::store {

/// A dedup run goes through the same lifecycle as an import job (queued, running, succeeded | failed | cancelled).
using DedupRunStatus = JobStatus;

/// What a finished run found.
struct DedupRunCounts {
  std::int64_t records = 0;            ///< people compared
  std::int64_t candidate_pairs = 0;    ///< distinct pairs the blocking rules selected
  std::int64_t matches = 0;            ///< pairs at or above the match threshold
  std::int64_t clusters = 0;           ///< clusters stored for review
  std::int64_t dismissed_skipped = 0;  ///< matched pairs left out because an operator said "different" or merged them
  friend bool operator==(const DedupRunCounts&, const DedupRunCounts&) = default;
};

/// Progress of a running dedup run (also its heartbeat).
struct DedupProgress {
  std::string stage;  ///< "loading", "blocking", "comparing", "training", "scoring", "clustering", "saving"
  std::int64_t done = 0;
  std::int64_t total = 0;
};

/// One deduplication of the registry people (all, or those of one region). Times are UTC, 0 when not reached.
struct DedupRun {
  std::int64_t id = 0;
  std::string region;              ///< compact region code the run covers; "" for the whole registry
  std::string settings_digest;     ///< hex digest of settings_text
  std::string settings_text;       ///< the matching settings file the run used, verbatim
  std::string data_version;        ///< what the registry looked like (see Store::PeopleDataVersion)
  DedupRunStatus status = DedupRunStatus::kQueued;
  DedupProgress progress;
  DedupRunCounts counts;
  std::int64_t created_by = 0;     ///< account id; 0 for the command line
  domain::UnixSeconds created_at = 0;
  domain::UnixSeconds started_at = 0;
  domain::UnixSeconds finished_at = 0;
  domain::UnixSeconds heartbeat_at = 0;
  bool cancel_requested = false;
  std::string message;             ///< why it failed or was cancelled; "" otherwise
};

/// One field's part in a stored pair's score (match::FieldEvidence, kept with the pair).
struct DedupFieldEvidence {
  std::string field;
  int level = 0;            ///< level code (0 = a value missing)
  std::string label;        ///< "exact", "jaro_winkler>=0.94", "else", "null", ...
  double weight = 0;        ///< log2(m/u) including the term-frequency adjustment
  double tf_adjustment = 0;
  friend bool operator==(const DedupFieldEvidence&, const DedupFieldEvidence&) = default;
};

/// A scored pair of people within a cluster, person_a < person_b (Person::id), with its explanation.
struct DedupPair {
  std::int64_t id = 0;
  std::int64_t person_a = 0;
  std::int64_t person_b = 0;
  double weight = 0;       ///< prior + field weights (log2 odds)
  double probability = 0;
  double prior_weight = 0;
  std::vector<DedupFieldEvidence> fields;
};

/// Where a cluster is in review. kOpen -> kSame | kDifferent (may be changed while not merged); kSame -> kMerged
/// (merge) -> kSame (undo). kSuperseded: still open when a newer run of the same region replaced it.
enum class DedupClusterStatus { kOpen, kSame, kDifferent, kMerged, kSuperseded };
/// Stored code: "open", "same", "different", "merged", "superseded".
const char* DedupClusterStatusCode(DedupClusterStatus status);
std::optional<DedupClusterStatus> ParseDedupClusterStatus(std::string_view code);

/// A member of a cluster: the person and the desa it lived in when the run saw it (for region checks).
struct DedupMember {
  std::int64_t person_id = 0;
  domain::RegionCode desa = *domain::RegionCode::Parse("00.00.00.0000");
};

/// A group of people a run believes to be one person.
struct DedupCluster {
  std::int64_t id = 0;
  std::int64_t run_id = 0;
  DedupClusterStatus status = DedupClusterStatus::kOpen;
  double max_probability = 0;        ///< of its pairs
  std::vector<DedupMember> members;  ///< ordered by person id
  std::vector<DedupPair> pairs;      ///< filled by GetDedupCluster and given to SaveDedupClusters; empty in lists
  std::int64_t decided_by = 0;
  domain::UnixSeconds decided_at = 0;
  std::int64_t survivor_id = 0;      ///< the surviving person of an active merge; 0 when not merged
};

/// Which clusters a queue listing returns. Ordered by highest probability first, then id.
struct DedupClusterFilter {
  std::optional<DedupClusterStatus> status;   ///< nullopt: every status
  std::optional<domain::RegionCode> region;   ///< only clusters with a member in this region (any level)
  std::int64_t run_id = 0;                    ///< 0: every run
  int limit = 50;
  int offset = 0;
};

/// An operator's verdict on a cluster.
enum class DedupDecision { kSame, kDifferent };

/// A record linked to a surviving record. Undone merges keep their row with undone_at set.
struct PersonMerge {
  std::int64_t id = 0;
  std::int64_t cluster_id = 0;
  std::int64_t person_id = 0;
  std::int64_t survivor_id = 0;
  std::int64_t merged_by = 0;
  domain::UnixSeconds merged_at = 0;
  std::int64_t undone_by = 0;
  domain::UnixSeconds undone_at = 0;  ///< 0 while the merge is active
};

/// Two people, lower id first.
using PersonPair = std::pair<std::int64_t, std::int64_t>;

}  // namespace tepat::store

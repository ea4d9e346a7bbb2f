#pragma once
// RegistryDedup: the matching half of a registry dedup run — people in, review clusters out. Turns registry people
// into a record table, runs the match engine, leaves out pairs an operator dismissed or already merged, clusters
// with the chain guard and explains every pair within each cluster. No storage, no authorization.
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/person.hpp"
#include "domain/status.hpp"
#include "match/match_settings.hpp"
#include "match/progress.hpp"
#include "store/dedup_types.hpp"

namespace tepat::service {

/// Column names of the record table made from registry people (as in the Dukcapil import template), for the
/// `column` of settings fields: RECORD_ID (Person::id), NIK, NO_KK, NAMA, TEMPAT_LAHIR, TANGGAL_LAHIR (YYYY-MM-DD),
/// JENIS_KELAMIN (L/P), AGAMA, ALAMAT, RT, RW, KODE_DESA (10 digits).
const std::vector<std::string>& RegistryDedupColumns();

/// Pairs of people the run must not propose: dismissed as different, or already merged into one survivor.
class PairExclusions {
 public:
  /// Remembers a dismissed pair (either order).
  void AddDismissed(std::int64_t a, std::int64_t b);
  /// Remembers that `person` is merged into `survivor`: pairs within one survivor's group are excluded.
  void AddMerge(std::int64_t person, std::int64_t survivor);
  /// True when the pair was dismissed or both people belong to the same merged group.
  bool Excludes(std::int64_t a, std::int64_t b) const;

 private:
  static std::uint64_t Key(std::int64_t a, std::int64_t b);
  std::int64_t GroupOf(std::int64_t person) const;

  std::unordered_set<std::uint64_t> dismissed_;
  std::unordered_map<std::int64_t, std::int64_t> survivor_of_;
};

/// What the matching found, ready to store.
struct DedupOutcome {
  std::vector<store::DedupCluster> clusters;  ///< members by person id; every pair within each cluster explained
  store::DedupRunCounts counts;
};

/// Deduplicates `people` with `settings`. Errors: InvalidArgument when the settings name a column not in
/// RegistryDedupColumns() or a blocking rule is too broad; FailedPrecondition when cancelled through `progress`.
/// Fewer than two people give an empty outcome. Uses every core (through the match engine).
domain::Result<DedupOutcome> FindDuplicateClusters(const std::vector<domain::Person>& people,
                                                   const match::MatchSettings& settings,
                                                   const PairExclusions& exclusions, const match::Progress& progress);

}  // namespace tepat::service

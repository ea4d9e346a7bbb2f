#pragma once
// Linker: one record-linkage run (deduplicate one table or link two): prepare, block, compare, train, score.
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "match/blocker.hpp"
#include "match/match_model.hpp"
#include "match/match_settings.hpp"
#include "match/pair_scorer.hpp"
#include "match/prepared_records.hpp"
#include "match/progress.hpp"
#include "match/record_table.hpp"

namespace tepat::match {

/// What a run did, for reports and for explaining a result later.
struct LinkageSummary {
  uint64_t records = 0;            ///< all records (left + right for linkage)
  std::vector<RuleCount> rules;    ///< pairs each blocking rule selects before de-duplication across rules
  uint64_t candidate_pairs = 0;    ///< distinct pairs compared
  uint64_t matches = 0;            ///< pairs at or above settings.match_probability
  // Wall-clock seconds of each stage of Run() (preparing happens in ForDedup/ForLink and is not included).
  double blocking_seconds = 0;
  double comparing_seconds = 0;
  double training_seconds = 0;     ///< u from random pairs and m by EM
  double scoring_seconds = 0;
};

/// A linkage run over tables the caller keeps alive for the Linker's life.
/// Thread-safety: Run() uses all cores internally; do not call methods concurrently with Run().
class Linker {
 public:
  /// Deduplication of `table`. Returns InvalidArgument when the settings are invalid or a column is missing.
  static domain::Result<std::unique_ptr<Linker>> ForDedup(const RecordTable& table, const MatchSettings& settings);
  /// Linkage of `left` against `right` (only pairs across the two). Same errors as ForDedup.
  static domain::Result<std::unique_ptr<Linker>> ForLink(const RecordTable& left, const RecordTable& right,
                                                         const MatchSettings& settings);

  /// Blocks, compares, estimates u (random pairs) and m (EM, see MatchSettings::em_estimates_u), scores. Returns the pairs with probability at least
  /// settings.match_probability, sorted by record. Errors: InvalidArgument when a blocking rule is too broad
  /// (nothing is compared), FailedPrecondition when cancelled. Empty input gives an empty result.
  domain::Result<std::vector<ScoredPair>> Run(const Progress& progress = {});

  /// The trained model (after Run).
  const MatchModel& model() const { return model_; }
  const LinkageSummary& summary() const { return summary_; }
  /// A scorer for any two records (after Run), e.g. to explain a pair or guard clusters.
  const PairScorer& scorer() const { return *scorer_; }
  const PreparedRecords& records() const { return records_; }
  PairScope scope() const { return scope_; }
  /// The id (settings.id_column) of a record number.
  std::string_view RecordId(uint32_t record) const;

 private:
  Linker(PreparedRecords records, std::vector<const RecordTable*> tables, PairScope scope, size_t id_column_left,
         size_t id_column_right);

  PreparedRecords records_;
  std::vector<const RecordTable*> tables_;
  PairScope scope_;
  size_t id_column_left_;
  size_t id_column_right_;
  MatchModel model_;
  LinkageSummary summary_;
  std::unique_ptr<PairScorer> scorer_;
};

/// The comparison vectors of `pairs`, computed on all cores, reporting progress in chunks as "comparing".
/// Returns FailedPrecondition when cancelled.
domain::Result<std::vector<ComparisonPattern>> ComparePairs(const PairComparator& comparator,
                                                            const std::vector<RecordPair>& pairs,
                                                            const Progress& progress);

}  // namespace tepat::match

#pragma once
// RegistryIndex: a registry prepared once (normalised fields, blocking keys, trained model) so that lists of
// candidates can be screened against it quickly, without preparing the registry again.
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "domain/status.hpp"
#include "match/blocker.hpp"
#include "match/match_model.hpp"
#include "match/pair_scorer.hpp"
#include "match/prepared_records.hpp"
#include "match/progress.hpp"
#include "match/record_table.hpp"

namespace tepat::match {

/// One registry record found for a candidate.
struct RegistryMatch {
  uint32_t registry_row = 0;  ///< row of the registry table
  float weight = 0;
  float probability = 0;
};

/// The in-memory index screening uses. Memory: the prepared fields plus 8 bytes per record and blocking rule for
/// the sorted keys and 8 more for the key per record.
/// Thread-safety: Screen() and Explain() serialise on an internal mutex (candidates are appended to the prepared
/// records for the duration of a call); the index itself is read-only otherwise.
class RegistryIndex {
 public:
  /// Prepares `registry` (which must outlive the index) with valid `settings` and a model trained for them (e.g.
  /// by TrainRegistryModel). InvalidArgument when settings are invalid or a column is missing.
  static domain::Result<std::unique_ptr<RegistryIndex>> Build(const RecordTable& registry, const MatchSettings& settings,
                                                              MatchModel model);
  /// As above, with the model still on its way (e.g. being trained on another thread): the registry is prepared
  /// meanwhile, then `model` is awaited. Its error, if it gives one, is returned; so is InvalidArgument for a model of
  /// other settings. `model` is always awaited, whatever fails first.
  static domain::Result<std::unique_ptr<RegistryIndex>> Build(const RecordTable& registry, const MatchSettings& settings,
                                                              std::future<domain::Result<MatchModel>> model);

  /// For every row of `candidates`, the registry records sharing a blocking key with it whose probability is at
  /// least `min_probability`, best first, at most `top_k`. Refuses with InvalidArgument (naming the rule) when one
  /// rule would compare more than settings.max_pairs_per_rule pairs; FailedPrecondition when cancelled. An empty
  /// registry or list gives empty results.
  domain::Result<std::vector<std::vector<RegistryMatch>>> Screen(const RecordTable& candidates, double min_probability,
                                                                 size_t top_k, const Progress& progress = {});

  /// Explains candidate row `candidate_row` of `candidates` against registry row `registry_row`.
  domain::Result<PairExplanation> Explain(const RecordTable& candidates, size_t candidate_row, uint32_t registry_row);

  size_t registry_rows() const { return registry_rows_; }
  const MatchModel& model() const { return model_; }

 private:
  explicit RegistryIndex(PreparedRecords records);
  // The index without its model (settings validated, records prepared, blocking keys sorted).
  static domain::Result<std::unique_ptr<RegistryIndex>> Prepare(const RecordTable& registry,
                                                                const MatchSettings& settings);
  // Sets the model after checking it was trained for these settings.
  domain::Status SetModel(MatchModel model);

  std::mutex mutex_;
  PreparedRecords records_;
  MatchModel model_;
  size_t registry_rows_;
  std::vector<std::vector<uint64_t>> keys_;                            // [rule][registry row]
  std::vector<std::vector<std::pair<uint64_t, uint32_t>>> sorted_;     // [rule]: (key, row) sorted
};

/// Trains a model for screening against `registry`: u from random registry pairs, m by EM over the registry's own
/// candidate pairs (as deduplication would). Errors as Linker::Run.
domain::Result<MatchModel> TrainRegistryModel(const RecordTable& registry, const MatchSettings& settings,
                                              const Progress& progress = {});

}  // namespace tepat::match

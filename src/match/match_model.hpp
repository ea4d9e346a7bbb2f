#pragma once
// MatchModel: Fellegi-Sunter parameters (m and u per field level, share of matches) and how they are estimated.
#include <cstdint>
#include <vector>

#include "match/blocker.hpp"
#include "match/pair_comparator.hpp"
#include "match/prepared_records.hpp"
#include "match/progress.hpp"

namespace tepat::match {

/// m and u of one field, indexed by level code (index kNullLevel is unused: a missing value adds no evidence).
struct FieldModel {
  std::vector<double> m;  ///< P(level | the records are the same person)
  std::vector<double> u;  ///< P(level | they are not)
  double u_exact_random = 0.0;  ///< chance that two random records have equal values (term-frequency reference)
};

/// A trained model. Value type.
struct MatchModel {
  double lambda = 0.0;  ///< share of candidate pairs that match
  std::vector<FieldModel> fields;
  size_t em_iterations = 0;
  bool em_converged = false;
  uint64_t training_pairs = 0;
};

/// Estimates u of every field from `settings.u_sample_pairs` random pairs within `scope` (seeded, reproducible; at
/// most as many as there are pairs),
/// using exact term frequencies for a first "exact" level. Fields come back with m empty; lambda is unset.
/// Needs at least two records (one per side for linkage); otherwise every u is uniform.
MatchModel EstimateU(const PreparedRecords& records, PairScope scope);

/// Runs expectation-maximisation over the comparison vectors of candidate pairs, starting from `start` (u from
/// EstimateU, m filled here), without labels. Estimates m and lambda, and u too when settings.em_estimates_u.
/// Stops after settings.em_max_iterations or when no parameter moves more than settings.em_tolerance.
/// This is the classic (ECM-like) variant: lambda is the share of matches among the candidates.
MatchModel TrainByEm(const PreparedRecords& records, const std::vector<ComparisonPattern>& patterns,
                     MatchModel start, const Progress& progress = {});

/// Trains m without labels, rule by rule; the model keeps u from random pairs (`start`, from EstimateU): for each
/// blocking rule, EM runs over the candidate pairs that agree on the rule's key, ignoring the fields the rule blocks on
/// (their agreement there is forced, not evidence), with u re-estimated inside the block only. Each rule's EM starts
/// from the m the earlier rules found (so the first rule should be the most telling one, such as the NIK). Each
/// field's m is the average over the rules that could estimate it, weighted by the matches each rule expects. Lambda is then the share of matches among all pairs of `scope`
/// (candidates give the expected number of matches), so weights of every field, blocked or not, stay valid.
MatchModel TrainByBlockingRules(const PreparedRecords& records, PairScope scope, const std::vector<RecordPair>& pairs,
                                const std::vector<ComparisonPattern>& patterns, MatchModel start,
                                const Progress& progress = {});

}  // namespace tepat::match

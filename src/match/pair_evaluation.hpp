#pragma once
// Pair-level accuracy of a linkage result against ground truth (precision, recall, F1).
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tepat::match {

/// Counts and scores of predicted pairs against true pairs.
struct PairMetrics {
  uint64_t predicted_pairs = 0;  ///< distinct predicted pairs
  uint64_t true_positives = 0;   ///< predicted pairs whose two ids belong to one entity
  uint64_t truth_pairs = 0;      ///< pairs of ids that belong to one entity
  uint64_t unknown_ids = 0;      ///< predicted pairs naming an id absent from the truth (counted as wrong)
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

/// Scores `predicted` (id pairs, any order, duplicates counted once; a pair of an id with itself ignored) against
/// `entity_of` (id -> entity). True pairs are all pairs of ids sharing an entity. Precision of no prediction and
/// recall of no true pair are 1 by convention only when both are empty; otherwise 0. Pure; thread-safe.
PairMetrics EvaluatePairs(const std::vector<std::pair<std::string, std::string>>& predicted,
                          const std::unordered_map<std::string, std::string>& entity_of);

}  // namespace tepat::match

#pragma once
// PairScorer: Fellegi-Sunter match weight and probability of a pair, and its explanation field by field.
#include <cstdint>
#include <string>
#include <vector>

#include "match/match_model.hpp"
#include "match/pair_comparator.hpp"
#include "match/prepared_records.hpp"

namespace tepat::match {

/// One field's part in a pair's score.
struct FieldEvidence {
  std::string field;    ///< FieldSpec name
  uint8_t level = 0;    ///< level code (0 = a value missing)
  std::string label;    ///< "null", "else" or the level's label ("exact", "jaro_winkler>=0.92", ...)
  double weight = 0;    ///< log2(m/u) of the level, including the term-frequency adjustment
  double tf_adjustment = 0;  ///< the part of `weight` due to how common the value is (0 when not adjusted)
};

/// Why a pair scored what it did: the prior, each field's evidence, the total and the probability.
struct PairExplanation {
  double prior_weight = 0;  ///< log2(lambda / (1 - lambda))
  std::vector<FieldEvidence> fields;
  double weight = 0;        ///< prior + sum of field weights
  double probability = 0;   ///< 1 / (1 + 2^-weight)
};

/// A scored candidate pair.
struct ScoredPair {
  uint32_t a = 0;
  uint32_t b = 0;
  float weight = 0;
  float probability = 0;
};

/// Turns comparison vectors into match weights with a trained model.
/// Thread-safety: const; many threads may score at once while `records` is not modified.
class PairScorer {
 public:
  PairScorer(const PreparedRecords& records, const MatchModel& model);

  /// The match weight (log2 odds) of records a and b whose comparison vector is `pattern`.
  double Weight(ComparisonPattern pattern, uint32_t a, uint32_t b) const;
  /// Compares and scores a and b.
  double Weight(uint32_t a, uint32_t b) const { return Weight(comparator_.Pattern(a, b), a, b); }
  /// Compares, scores and explains a and b.
  PairExplanation Explain(uint32_t a, uint32_t b) const;

  /// The probability of a match weight.
  static double Probability(double weight);
  const PairComparator& comparator() const { return comparator_; }

 private:
  double TfAdjustment(size_t field, uint32_t a) const;

  const PreparedRecords& records_;
  PairComparator comparator_;
  double prior_weight_ = 0;
  std::vector<std::vector<double>> level_weight_;  // [field][level code]
  std::vector<double> u_exact_random_;             // [field]
  std::vector<uint8_t> tf_level_;                  // [field]: the level code adjusted, 0 when none
};

}  // namespace tepat::match

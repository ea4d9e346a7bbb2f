#pragma once
// WeightedChoice: picks an index with probability proportional to its weight (cumulative table + binary search).
#include <cstddef>
#include <vector>

#include "synth/rng.hpp"

namespace tepat::synth {

/// Immutable after construction; Pick is const and thread-safe given a per-thread Rng.
class WeightedChoice {
 public:
  WeightedChoice() = default;
  /// Negative or NaN weights count as zero. An all-zero (or empty) table makes empty() true.
  explicit WeightedChoice(const std::vector<double>& weights);

  /// Index in [0, size()) drawn with probability weight/total. Must not be called when empty().
  std::size_t Pick(Rng& rng) const;
  std::size_t size() const { return cumulative_.size(); }
  bool empty() const { return total_ <= 0.0; }
  double total() const { return total_; }

 private:
  std::vector<double> cumulative_;
  double total_ = 0.0;
};

}  // namespace tepat::synth

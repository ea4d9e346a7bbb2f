#include "synth/weighted_choice.hpp"

#include <algorithm>

namespace tepat::synth {

WeightedChoice::WeightedChoice(const std::vector<double>& weights) {
  cumulative_.reserve(weights.size());
  for (double w : weights) {
    if (w > 0.0) total_ += w;  // false for NaN
    cumulative_.push_back(total_);
  }
}

std::size_t WeightedChoice::Pick(Rng& rng) const {
  const double target = rng.Unit() * total_;
  auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
  if (it == cumulative_.end()) --it;
  return static_cast<std::size_t>(it - cumulative_.begin());
}

}  // namespace tepat::synth

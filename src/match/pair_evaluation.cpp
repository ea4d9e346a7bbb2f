#include "match/pair_evaluation.hpp"

#include <set>

namespace tepat::match {

PairMetrics EvaluatePairs(const std::vector<std::pair<std::string, std::string>>& predicted,
                          const std::unordered_map<std::string, std::string>& entity_of) {
  PairMetrics metrics;
  std::unordered_map<std::string, uint64_t> entity_size;
  for (const auto& [id, entity] : entity_of) ++entity_size[entity];
  for (const auto& [entity, size] : entity_size) metrics.truth_pairs += size * (size - 1) / 2;
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& [left, right] : predicted) {
    if (left == right) continue;
    const auto key = left < right ? std::pair<std::string_view, std::string_view>(left, right)
                                  : std::pair<std::string_view, std::string_view>(right, left);
    if (!seen.insert(key).second) continue;
    ++metrics.predicted_pairs;
    const auto l = entity_of.find(left);
    const auto r = entity_of.find(right);
    if (l == entity_of.end() || r == entity_of.end()) {
      ++metrics.unknown_ids;
      continue;
    }
    if (l->second == r->second) ++metrics.true_positives;
  }
  const bool nothing = metrics.predicted_pairs == 0 && metrics.truth_pairs == 0;
  const auto ratio = [&](uint64_t part, uint64_t whole) {
    if (whole == 0) return nothing ? 1.0 : 0.0;
    return static_cast<double>(part) / static_cast<double>(whole);
  };
  metrics.precision = ratio(metrics.true_positives, metrics.predicted_pairs);
  metrics.recall = ratio(metrics.true_positives, metrics.truth_pairs);
  const double sum = metrics.precision + metrics.recall;
  metrics.f1 = sum > 0 ? 2 * metrics.precision * metrics.recall / sum : 0.0;
  return metrics;
}

}  // namespace tepat::match

#include "match/clustering.hpp"

#include <algorithm>
#include <unordered_map>

namespace tepat::match {

Clustering ClusterPairs(std::vector<ScoredPair> matches, const PairProbability& probability, double guard_probability,
                        size_t max_size) {
  std::stable_sort(matches.begin(), matches.end(), [](const ScoredPair& x, const ScoredPair& y) {
    if (x.weight != y.weight) return x.weight > y.weight;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  // Groups by representative; records never linked have no entry.
  std::unordered_map<uint32_t, uint32_t> group_of;
  std::unordered_map<uint32_t, std::vector<uint32_t>> members;
  const auto group = [&](uint32_t record) {
    auto [it, inserted] = group_of.try_emplace(record, record);
    if (inserted) members[record] = {record};
    return it->second;
  };
  Clustering result;
  for (const ScoredPair& pair : matches) {
    const uint32_t ga = group(pair.a);
    const uint32_t gb = group(pair.b);
    if (ga == gb) continue;
    auto& small = members[ga].size() < members[gb].size() ? members[ga] : members[gb];
    auto& large = members[ga].size() < members[gb].size() ? members[gb] : members[ga];
    bool allowed = small.size() + large.size() <= max_size;
    for (size_t i = 0; allowed && i < small.size(); ++i) {
      for (size_t j = 0; allowed && j < large.size(); ++j) {
        const bool is_this_pair = (small[i] == pair.a && large[j] == pair.b) || (small[i] == pair.b && large[j] == pair.a);
        if (!is_this_pair && probability(small[i], large[j]) < guard_probability) allowed = false;
      }
    }
    if (!allowed) {
      ++result.links_refused;
      continue;
    }
    const uint32_t into = group_of[large.front()];
    for (const uint32_t record : small) group_of[record] = into;
    const uint32_t from = into == ga ? gb : ga;
    large.insert(large.end(), small.begin(), small.end());
    members.erase(from);
  }
  for (auto& [representative, list] : members) {
    if (list.size() < 2) continue;
    std::sort(list.begin(), list.end());
    result.clusters.push_back(std::move(list));
  }
  std::sort(result.clusters.begin(), result.clusters.end());
  return result;
}

std::vector<std::pair<uint32_t, uint32_t>> PairsWithinClusters(const Clustering& clustering) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& cluster : clustering.clusters) {
    for (size_t i = 0; i < cluster.size(); ++i) {
      for (size_t j = i + 1; j < cluster.size(); ++j) pairs.emplace_back(cluster[i], cluster[j]);
    }
  }
  return pairs;
}

}  // namespace tepat::match

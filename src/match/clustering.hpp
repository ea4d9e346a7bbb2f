#pragma once
// Clustering of matched pairs for deduplication: connected components with a guard against chains.
#include <cstdint>
#include <functional>
#include <vector>

#include "match/pair_scorer.hpp"

namespace tepat::match {

/// Groups of records believed to be one person, and how often the chain guard refused a link.
struct Clustering {
  std::vector<std::vector<uint32_t>> clusters;  ///< each sorted, at least two members; sorted by first member
  uint64_t links_refused = 0;  ///< matched pairs not followed because the groups' members did not all match
};

/// Scores any two records (a probability in [0, 1]); used to check members that were never compared.
using PairProbability = std::function<double(uint32_t, uint32_t)>;

/// Clusters matched pairs: links are taken strongest first, joining two groups only when every member of one scores
/// at least `guard_probability` with every member of the other and the joined group has at most `max_size` members.
/// With guard 0 and no size limit this is plain connected components; the guard splits chains A~B~C where A and C
/// do not match. Deterministic for the same input. Thread-safety: `probability` is called from this thread only.
Clustering ClusterPairs(std::vector<ScoredPair> matches, const PairProbability& probability, double guard_probability,
                        size_t max_size);

/// Every pair of members within each cluster (a < b), e.g. to report the clustering as pairs.
std::vector<std::pair<uint32_t, uint32_t>> PairsWithinClusters(const Clustering& clustering);

}  // namespace tepat::match

#include "match/clustering.hpp"

#include <gtest/gtest.h>

#include <map>

namespace tepat::match {
namespace {

// Probabilities of record pairs not listed are 0.
PairProbability Table(std::map<std::pair<uint32_t, uint32_t>, double> known) {
  return [known = std::move(known)](uint32_t a, uint32_t b) {
    const auto it = known.find({std::min(a, b), std::max(a, b)});
    return it == known.end() ? 0.0 : it->second;
  };
}

TEST(ClusteringTest, ConnectedComponentsWithoutGuard) {
  const std::vector<ScoredPair> matches = {{0, 1, 10, 0.99f}, {1, 2, 9, 0.98f}, {5, 6, 8, 0.9f}};
  const auto result = ClusterPairs(matches, Table({}), 0.0, 1000);
  const std::vector<std::vector<uint32_t>> expected = {{0, 1, 2}, {5, 6}};
  EXPECT_EQ(result.clusters, expected);
  EXPECT_EQ(result.links_refused, 0u);
}

TEST(ClusteringTest, GuardSplitsChainWhoseEndsDoNotMatch) {
  // 0~1 strong, 1~2 weaker, but 0 and 2 are clearly different people.
  const std::vector<ScoredPair> matches = {{0, 1, 10, 0.99f}, {1, 2, 5, 0.9f}};
  const auto result = ClusterPairs(matches, Table({{{0, 1}, 0.99}, {{1, 2}, 0.9}, {{0, 2}, 0.01}}), 0.1, 1000);
  const std::vector<std::vector<uint32_t>> expected = {{0, 1}};
  EXPECT_EQ(result.clusters, expected);
  EXPECT_EQ(result.links_refused, 1u);
}

TEST(ClusteringTest, GuardKeepsTriangleThatMatchesThroughout) {
  const std::vector<ScoredPair> matches = {{0, 1, 10, 0.99f}, {1, 2, 9, 0.98f}};
  const auto result = ClusterPairs(matches, Table({{{0, 1}, 0.99}, {{1, 2}, 0.98}, {{0, 2}, 0.4}}), 0.1, 1000);
  const std::vector<std::vector<uint32_t>> expected = {{0, 1, 2}};
  EXPECT_EQ(result.clusters, expected);
}

TEST(ClusteringTest, SizeLimitStopsGrowth) {
  const std::vector<ScoredPair> matches = {{0, 1, 10, 0.99f}, {1, 2, 9, 0.98f}, {2, 3, 8, 0.97f}};
  const auto result = ClusterPairs(matches, Table({}), 0.0, 2);
  const std::vector<std::vector<uint32_t>> expected = {{0, 1}, {2, 3}};
  EXPECT_EQ(result.clusters, expected);
  EXPECT_EQ(result.links_refused, 1u);
}

TEST(ClusteringTest, PairsWithinClusters) {
  Clustering clustering;
  clustering.clusters = {{1, 2, 3}, {7, 9}};
  const std::vector<std::pair<uint32_t, uint32_t>> expected = {{1, 2}, {1, 3}, {2, 3}, {7, 9}};
  EXPECT_EQ(PairsWithinClusters(clustering), expected);
}

}  // namespace
}  // namespace tepat::match

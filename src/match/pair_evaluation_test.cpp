#include "match/pair_evaluation.hpp"

#include <gtest/gtest.h>

namespace tepat::match {
namespace {

TEST(PairEvaluationTest, CountsTruePairsWithinEntities) {
  const std::unordered_map<std::string, std::string> truth = {
      {"a1", "A"}, {"a2", "A"}, {"a3", "A"}, {"b1", "B"}, {"b2", "B"}, {"c1", "C"}};
  // True pairs: 3 in A + 1 in B = 4. Predicted: a1-a2 (ok), a2-a1 (duplicate), b1-b2 (ok), a1-c1 (wrong), x-a1.
  const auto metrics = EvaluatePairs({{"a1", "a2"}, {"a2", "a1"}, {"b2", "b1"}, {"a1", "c1"}, {"x", "a1"}}, truth);
  EXPECT_EQ(metrics.truth_pairs, 4u);
  EXPECT_EQ(metrics.predicted_pairs, 4u);
  EXPECT_EQ(metrics.true_positives, 2u);
  EXPECT_EQ(metrics.unknown_ids, 1u);
  EXPECT_DOUBLE_EQ(metrics.precision, 0.5);
  EXPECT_DOUBLE_EQ(metrics.recall, 0.5);
  EXPECT_DOUBLE_EQ(metrics.f1, 0.5);
}

TEST(PairEvaluationTest, EmptyCases) {
  const auto nothing = EvaluatePairs({}, {{"a", "A"}});
  EXPECT_DOUBLE_EQ(nothing.f1, 1.0);
  const auto missed = EvaluatePairs({}, {{"a", "A"}, {"b", "A"}});
  EXPECT_DOUBLE_EQ(missed.recall, 0.0);
  EXPECT_DOUBLE_EQ(missed.f1, 0.0);
}

}  // namespace
}  // namespace tepat::match

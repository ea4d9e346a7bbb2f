#include "match/string_similarity.hpp"

#include <gtest/gtest.h>

namespace tepat::match {
namespace {

TEST(StringSimilarityTest, JaroWinklerKnownValues) {
  EXPECT_DOUBLE_EQ(JaroWinkler("martha", "martha"), 1.0);
  EXPECT_NEAR(JaroWinkler("martha", "marhta"), 0.9611, 1e-4);
  EXPECT_NEAR(JaroWinkler("dwayne", "duane"), 0.84, 1e-2);
  EXPECT_NEAR(JaroWinkler("dixon", "dicksonx"), 0.8133, 1e-4);
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "xyz"), 0.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("", "abc"), 0.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("", ""), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("a", "a"), 1.0);
}

TEST(StringSimilarityTest, JaroWinklerIsSymmetric) {
  EXPECT_DOUBLE_EQ(JaroWinkler("sutrisno", "sutrisna"), JaroWinkler("sutrisna", "sutrisno"));
}

TEST(StringSimilarityTest, BoundedLevenshtein) {
  EXPECT_EQ(BoundedLevenshtein("kitten", "sitting", 5), 3u);
  EXPECT_EQ(BoundedLevenshtein("kitten", "sitting", 1), 2u);  // limit + 1
  EXPECT_EQ(BoundedLevenshtein("", "abc", 3), 3u);
  EXPECT_EQ(BoundedLevenshtein("same", "same", 0), 0u);
}

TEST(StringSimilarityTest, OneDigitOffAndTransposition) {
  EXPECT_TRUE(DiffersInOnePosition("3273011001", "3273011002"));
  EXPECT_FALSE(DiffersInOnePosition("3273011001", "3273011001"));
  EXPECT_FALSE(DiffersInOnePosition("3273011001", "3273011012"));
  EXPECT_FALSE(DiffersInOnePosition("327", "3271"));
  EXPECT_TRUE(IsAdjacentTransposition("3273", "3237"));
  EXPECT_TRUE(IsAdjacentTransposition("12345", "21345"));
  EXPECT_FALSE(IsAdjacentTransposition("3273", "3273"));
  EXPECT_FALSE(IsAdjacentTransposition("1234", "4231"));
  EXPECT_FALSE(IsAdjacentTransposition("1234", "2143"));
}

}  // namespace
}  // namespace tepat::match

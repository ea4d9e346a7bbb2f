#include "match/string_similarity.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace tepat::match {
namespace {

// A word of 1..max_length characters drawn from `alphabet` (repeat a character there to make it more likely).
std::string RandomWord(std::mt19937& random, std::string_view alphabet, size_t max_length) {
  std::string word(1 + random() % max_length, ' ');
  for (char& c : word) c = alphabet[random() % alphabet.size()];
  return word;
}

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

TEST(StringSimilarityTest, LevenshteinBeyondTheStackRow) {
  const std::string long_a(100, 'a');
  std::string long_b = long_a;
  long_b[50] = 'b';
  EXPECT_EQ(BoundedLevenshtein(long_a, long_b, 3), 1u);
  EXPECT_EQ(BoundedLevenshtein(long_a, std::string(100, 'b'), 3), 4u);
}

// The bound may only over-state: for every pair of a mixed list (names, repeats, digits, punctuation, long values,
// letters occurring four times or more) it is at least the true Jaro-Winkler.
TEST(StringSimilarityTest, JaroWinklerUpperBoundNeverBelowTheValue) {
  const std::vector<std::string> words = {
      "martha", "marhta", "dwayne", "duane", "dixon", "dicksonx", "siti aminah", "st aminah", "muhammad", "mohamad",
      "muhamad", "mochammad", "aaaaab", "aaaaaa", "baaaaa", "mississippi", "missisippi", "3510014101800003",
      "3510014110800003", "a", "ab", "ba", "o'neil", "oneil", "sutrisno", "trisno", "ni wayan sari", "wayan sari",
      "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"};
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      const double bound = JaroWinklerUpperBound(CountLetters(a), CountLetters(b), a, b);
      EXPECT_GE(bound, JaroWinkler(a, b)) << a << " / " << b;
    }
  }
  // And for many random strings over a small alphabet (many repeated letters and near misses).
  std::mt19937 random(7);
  for (int i = 0; i < 20000; ++i) {
    const std::string a = RandomWord(random, "aabn i", 12);
    const std::string b = RandomWord(random, "aabn i", 12);
    ASSERT_GE(JaroWinklerUpperBound(CountLetters(a), CountLetters(b), a, b), JaroWinkler(a, b)) << a << " / " << b;
  }
}

TEST(StringSimilarityTest, LevenshteinLowerBoundNeverAboveTheDistance) {
  std::mt19937 random(11);
  for (int i = 0; i < 20000; ++i) {
    const std::string a = RandomWord(random, "0123456789aaaa", 10);
    const std::string b = RandomWord(random, "0123456789aaaa", 10);
    ASSERT_LE(LevenshteinLowerBound(CountLetters(a), CountLetters(b), a, b), BoundedLevenshtein(a, b, 20))
        << a << " / " << b;
  }
  // Numbers sharing few digits are proved far apart without the edit-distance table.
  EXPECT_EQ(LevenshteinLowerBound(CountLetters("7535316"), CountLetters("2448890"), "7535316", "2448890"), 7u);
  EXPECT_EQ(LevenshteinLowerBound(CountLetters("7535316"), CountLetters("7535361"), "7535316", "7535361"), 0u);
}

TEST(StringSimilarityTest, JaroWinklerUpperBoundRulesOutDifferentNames) {
  // No letters in common: nothing can match.
  EXPECT_EQ(JaroWinklerUpperBound(CountLetters("budi"), CountLetters("xyz"), "budi", "xyz"), 0.0);
  // Names sharing few letters are proved below the usual 0.85 level without computing Jaro-Winkler.
  EXPECT_LT(JaroWinklerUpperBound(CountLetters("bambang"), CountLetters("suharti"), "bambang", "suharti"), 0.85);
  // Equal letters in another order: the bound cannot rule it out (only Jaro-Winkler can).
  EXPECT_GE(JaroWinklerUpperBound(CountLetters("marhta"), CountLetters("martha"), "marhta", "martha"), 0.96);
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

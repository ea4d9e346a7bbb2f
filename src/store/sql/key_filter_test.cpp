#include "store/sql/key_filter.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tepat::store::sql {
namespace {

std::string Key(int i) { return "35100112038" + std::to_string(100000 + i); }

TEST(KeyFilterTest, EveryAddedKeyIsSeenAndFewOthersAre) {
  KeyFilter filter(20);  // 128 KiB
  constexpr int kAdded = 50000;
  for (int i = 0; i < kAdded; ++i) filter.Add(1, Key(i));
  for (int i = 0; i < kAdded; ++i) ASSERT_TRUE(filter.MayHaveSeen(1, Key(i))) << i;
  int false_positives = 0;
  for (int i = kAdded; i < 2 * kAdded; ++i) false_positives += filter.MayHaveSeen(1, Key(i)) ? 1 : 0;
  // 4 probes in blocks of 512 bits, 1 Mi bits, 50,000 keys: about 0.11 % expected.
  EXPECT_LT(false_positives, kAdded / 200) << false_positives;
}

TEST(KeyFilterTest, KindsAreSeparate) {
  KeyFilter filter(20);
  filter.Add(1, "3510010101200001");
  EXPECT_TRUE(filter.MayHaveSeen(1, "3510010101200001"));
  EXPECT_FALSE(filter.MayHaveSeen(2, "3510010101200001"));
  EXPECT_FALSE(filter.MayHaveSeen(1, "3510010101200002"));
}

TEST(KeyFilterTest, AddSaysWhetherTheKeyMayHaveBeenSeenBefore) {
  KeyFilter filter(20);
  EXPECT_FALSE(filter.Add(1, "3510010101200001"));
  EXPECT_TRUE(filter.Add(1, "3510010101200001"));
  EXPECT_FALSE(filter.Add(2, "3510010101200001"));
  EXPECT_FALSE(filter.Add(1, "3510010101200002"));
}

}  // namespace
}  // namespace tepat::store::sql

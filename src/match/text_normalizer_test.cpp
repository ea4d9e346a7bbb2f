#include "match/text_normalizer.hpp"

#include <gtest/gtest.h>

namespace tepat::match {
namespace {

TEST(TextNormalizerTest, NormalizeText) {
  EXPECT_EQ(NormalizeText("  Jl. Merdeka  No.5, RT 01/RW 02 "), "jl merdeka no 5 rt 01 rw 02");
  EXPECT_EQ(NormalizeText("D'Arcy"), "darcy");
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText("---"), "");
}

TEST(TextNormalizerTest, SplitTokens) {
  const auto tokens = SplitTokens("siti nur aminah");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0], "siti");
  EXPECT_EQ(tokens[2], "aminah");
  EXPECT_TRUE(SplitTokens("").empty());
}

TEST(TextNormalizerTest, DigitsOnly) {
  EXPECT_EQ(DigitsOnly("3273-0112 3456"), "327301123456");
  EXPECT_EQ(DigitsOnly("abc"), "");
}

struct DateCase {
  const char* raw;
  const char* expected;
};

class NormalizeDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(NormalizeDateTest, GivesYyyyMmDd) { EXPECT_EQ(NormalizeDate(GetParam().raw), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Cases, NormalizeDateTest,
                         ::testing::Values(DateCase{"19850317", "19850317"}, DateCase{"1985-03-17", "19850317"},
                                           DateCase{"1985/3/7", "19850307"}, DateCase{"17-03-1985", "19850317"},
                                           DateCase{"7/3/1985", "19850307"}, DateCase{"17.03.1985", "19850317"},
                                           DateCase{"", ""}, DateCase{"1985", ""}, DateCase{"tujuh", ""},
                                           DateCase{"85-03-17", ""}));

}  // namespace
}  // namespace tepat::match

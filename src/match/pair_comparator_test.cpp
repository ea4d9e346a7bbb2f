#include "match/pair_comparator.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

using testing::Field;
using testing::MakeTable;

// One field "v" with the given levels over rows of single values; returns the level code of rows 0 and 1.
uint8_t LevelOf(NormalizeKind normalize, std::vector<LevelSpec> levels, const std::string& a, const std::string& b) {
  MatchSettings settings;
  settings.id_column = "v";
  settings.fields = {Field("v", normalize, std::move(levels))};
  settings.blocking = {testing::Rule("v", {"v"})};
  const RecordTable table = MakeTable({"v"}, {{a}, {b}});
  auto prepared = PreparedRecords::Build(settings, {&table});
  EXPECT_TRUE(prepared.ok());
  return PairComparator(*prepared).Level(0, 0, 1);
}

struct LevelCase {
  const char* description;
  NormalizeKind normalize;
  std::vector<LevelSpec> levels;
  const char* a;
  const char* b;
  uint8_t expected;  // 0 null, 1..n level, n+1 else
};

class ComparisonLevelTest : public ::testing::TestWithParam<LevelCase> {};

TEST_P(ComparisonLevelTest, PicksFirstLevelThatHolds) {
  const auto& c = GetParam();
  EXPECT_EQ(LevelOf(c.normalize, c.levels, c.a, c.b), c.expected) << c.description;
}

const std::vector<LevelSpec> kNameLevels = {{LevelKind::kExact},       {LevelKind::kJaroWinkler, 0.92},
                                            {LevelKind::kPhonetic},    {LevelKind::kTokenSet, 1.0},
                                            {LevelKind::kTokenSubset}, {LevelKind::kInitials},
                                            {LevelKind::kJaroWinkler, 0.7}};
const std::vector<LevelSpec> kDateLevels = {{LevelKind::kExact},
                                            {LevelKind::kDayMonthSwapped},
                                            {LevelKind::kOneDigitOff},
                                            {LevelKind::kYearWithin, 1}};
const std::vector<LevelSpec> kIdLevels = {{LevelKind::kExact}, {LevelKind::kOneDigitOff}, {LevelKind::kTransposed}};
const std::vector<LevelSpec> kRegionLevels = {
    {LevelKind::kExact}, {LevelKind::kPrefix, 6}, {LevelKind::kPrefix, 4}};
constexpr auto kName = NormalizeKind::kIndonesianName;

INSTANTIATE_TEST_SUITE_P(
    Names, ComparisonLevelTest,
    ::testing::Values(
        LevelCase{"same after normalising", kName, kNameLevels, "H. Muhamad Rizki", "MOCH. RIZKI", 1},
        LevelCase{"one letter typo", kName, kNameLevels, "Sutrisnoputro", "Sutrisnoputra", 2},
        LevelCase{"one letter typo in a name longer than a card holds", kName, kNameLevels,
                  "Raden Mas Bagus Hadi Kusumo Wijoyo Prawiro", "Raden Mas Bagus Hadi Kusuma Wijoyo Prawiro", 2},
        LevelCase{"sounds alike", kName, kNameLevels, "Fatimah Zahra", "Patima Jahra", 3},
        LevelCase{"order swapped", kName, kNameLevels, "Aminah Siti", "Siti Aminah", 4},
        LevelCase{"single name within full", kName, kNameLevels, "Sutrisno", "Sutrisno Hadi Wibowo", 5},
        LevelCase{"initial", kName, kNameLevels, "B. Hartono", "Bambang Hartono", 6},
        LevelCase{"different", kName, kNameLevels, "Siti Aminah", "Joko Purnomo", 8},
        LevelCase{"missing", kName, kNameLevels, "", "Joko", 0}));

INSTANTIATE_TEST_SUITE_P(
    Dates, ComparisonLevelTest,
    ::testing::Values(LevelCase{"same", NormalizeKind::kDate, kDateLevels, "1985-03-17", "17/03/1985", 1},
                      LevelCase{"day month swapped", NormalizeKind::kDate, kDateLevels, "1985-03-07", "1985-07-03", 2},
                      LevelCase{"one digit", NormalizeKind::kDate, kDateLevels, "1985-03-17", "1985-03-18", 3},
                      LevelCase{"year off by one", NormalizeKind::kDate, kDateLevels, "1985-03-17", "1986-03-17", 3},
                      LevelCase{"year off by ten", NormalizeKind::kDate, kDateLevels, "1985-03-17", "1975-03-17", 3},
                      LevelCase{"year off by nine", NormalizeKind::kDate, kDateLevels, "1981-03-17", "1990-03-17", 5},
                      LevelCase{"unparseable is missing", NormalizeKind::kDate, kDateLevels, "kemarin", "1985-03-17",
                                0}));

INSTANTIATE_TEST_SUITE_P(
    Ids, ComparisonLevelTest,
    ::testing::Values(LevelCase{"same", NormalizeKind::kDigits, kIdLevels, "3273011703850001", "3273011703850001", 1},
                      LevelCase{"one digit", NormalizeKind::kDigits, kIdLevels, "3273011703850001", "3273011703850007",
                                2},
                      LevelCase{"transposed", NormalizeKind::kDigits, kIdLevels, "3273011703850001",
                                "3273017103850001", 3},
                      LevelCase{"different", NormalizeKind::kDigits, kIdLevels, "3273011703850001",
                                "3173011703859991", 4},
                      // A NIK one digit off in its region and date part is a typo; in its serial it is usually a
                      // neighbour born the same day.
                      LevelCase{"one digit in the first 12", NormalizeKind::kDigits,
                                {{LevelKind::kExact}, {LevelKind::kOneDigitOff, 12}}, "3273011703850001",
                                "3273011708850001", 2},
                      LevelCase{"one digit in the serial", NormalizeKind::kDigits,
                                {{LevelKind::kExact}, {LevelKind::kOneDigitOff, 12}}, "3273011703850001",
                                "3273011703850002", 3}));

const std::vector<LevelSpec> kNicknameLevels = {{LevelKind::kExact}, {LevelKind::kNickname}};

INSTANTIATE_TEST_SUITE_P(
    Nicknames, ComparisonLevelTest,
    ::testing::Values(LevelCase{"known nickname", kName, kNicknameLevels, "Muhammad Eko", "Mamat Eko", 2},
                      LevelCase{"first syllable dropped", kName, kNicknameLevels, "Sutrisno", "Trisno", 2},
                      LevelCase{"too short a tail", kName, kNicknameLevels, "Budiono", "No", 3},
                      LevelCase{"other token differs too", kName, kNicknameLevels, "Muhammad Eko", "Mamat Budi", 3},
                      LevelCase{"different token count", kName, kNicknameLevels, "Sutrisno Hadi", "Trisno", 3}));

INSTANTIATE_TEST_SUITE_P(
    Regions, ComparisonLevelTest,
    ::testing::Values(LevelCase{"same desa", NormalizeKind::kDigits, kRegionLevels, "32.73.01.1001", "3273011001", 1},
                      LevelCase{"same kecamatan", NormalizeKind::kDigits, kRegionLevels, "3273011001", "3273012005", 2},
                      LevelCase{"same kabupaten", NormalizeKind::kDigits, kRegionLevels, "3273011001", "3273051001",
                                3},
                      LevelCase{"other kabupaten", NormalizeKind::kDigits, kRegionLevels, "3273011001", "3204011001",
                                4}));

INSTANTIATE_TEST_SUITE_P(
    Generic, ComparisonLevelTest,
    ::testing::Values(LevelCase{"numbers close", NormalizeKind::kNone, {{LevelKind::kNumericWithin, 2}}, "10", "11.5", 1},
                      LevelCase{"numbers far", NormalizeKind::kNone, {{LevelKind::kNumericWithin, 2}}, "10", "13", 2},
                      LevelCase{"not numbers", NormalizeKind::kNone, {{LevelKind::kNumericWithin, 2}}, "x", "10", 2},
                      LevelCase{"edit distance", NormalizeKind::kText, {{LevelKind::kLevenshtein, 2}}, "jalan",
                                "jalam", 1},
                      LevelCase{"exact text", NormalizeKind::kText, {{LevelKind::kExact}}, "Jl. Merdeka", "jl merdeka",
                                1}));

TEST(PairComparatorTest, PatternPacksEveryField) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable table = MakeTable({"id", "nama", "lahir", "desa"}, {{"1", "Siti Aminah", "1980-01-02", "3273011001"},
                                                                        {"2", "Siti Aminah", "", "3273012001"}});
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const ComparisonPattern pattern = PairComparator(*prepared).Pattern(0, 1);
  EXPECT_EQ(LevelAt(pattern, 0), 1);  // exact name
  EXPECT_EQ(LevelAt(pattern, 1), kNullLevel);
  EXPECT_EQ(LevelAt(pattern, 2), 2);  // same kecamatan
}

TEST(PairComparatorTest, TokenHelpersWeighCommonTokensLittle) {
  MatchSettings settings;
  settings.id_column = "v";
  settings.fields = {Field("v", kName, {{LevelKind::kTokenSet, 0.5}})};
  settings.blocking = {testing::Rule("v", {"v"})};
  const RecordTable table = MakeTable({"v"}, {{"Siti Aminah"}, {"Siti Rahayu"}, {"Aminah"}});
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const FieldColumn& column = prepared->field(0);
  // "siti" is common: sharing only it is weak evidence.
  EXPECT_LT(WeightedTokenJaccard(column, column.value[0], column.value[1]), 0.2);
  EXPECT_TRUE(IsTokenSubset(column, column.value[2], column.value[0]));
  EXPECT_FALSE(IsTokenSubset(column, column.value[1], column.value[2]));
}

}  // namespace
}  // namespace tepat::match

namespace tepat::match {
namespace {

TEST(PairComparatorTest, PatternsOfManyPairsEqualPatternPairByPair) {
  const MatchSettings settings = testing::PersonSettings();
  const std::vector<std::string> names = {"Siti Aminah", "Sity Aminah", "Budi Santoso", "Budi Santosa", "",
                                          "Raden Mas Bagus Hadi Kusumo Wijoyo Prawiro",   // longer than inline text
                                          "Raden Mas Bagus Hadi Kusuma Wijoyo Prawiro"};
  std::mt19937 random(5);
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 300; ++i) {
    rows.push_back({std::to_string(i), names[random() % names.size()],
                    "1980-0" + std::to_string(1 + random() % 3) + "-1" + std::to_string(random() % 3),
                    "32730" + std::to_string(10 + random() % 5)});
  }
  const RecordTable table = MakeTable({"id", "nama", "lahir", "desa"}, rows);
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const PairComparator comparator(*prepared);
  std::vector<RecordPair> pairs;
  for (int i = 0; i < 2000; ++i) {
    const auto a = static_cast<uint32_t>(random() % rows.size());
    const auto b = static_cast<uint32_t>(random() % rows.size());
    pairs.push_back({std::min(a, b), std::max(a, b)});
  }
  std::vector<ComparisonPattern> patterns(pairs.size());
  comparator.Patterns(pairs.data(), pairs.size(), patterns.data());
  for (size_t i = 0; i < pairs.size(); ++i) {
    ASSERT_EQ(patterns[i], comparator.Pattern(pairs[i].a, pairs[i].b)) << "pair " << i;
    for (size_t f = 0; f < prepared->field_count(); ++f) {
      EXPECT_EQ(LevelAt(patterns[i], f), comparator.Level(f, pairs[i].a, pairs[i].b));
    }
  }
}

}  // namespace
}  // namespace tepat::match

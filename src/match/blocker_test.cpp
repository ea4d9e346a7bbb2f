#include "match/blocker.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

using testing::MakeTable;

const std::vector<std::string> kHeader = {"id", "nama", "lahir", "desa"};

RecordTable People() {
  return MakeTable(kHeader, {{"1", "Siti Aminah", "1980-01-02", "3273011001"},
                             {"2", "Siti Aminah", "1980-01-02", "3273011001"},  // both rules
                             {"3", "Joko", "1980-01-02", "3204011001"},         // lahir only
                             {"4", "Budi", "1975-05-05", "3273011001"},         // desa only
                             {"5", "Ani", "", ""}});                            // no key at all
}

TEST(BlockerTest, UnionOfRulesHasEachPairOnce) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable table = People();
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const Blocker blocker(*prepared);
  const auto counts = blocker.CountPairs({});
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].pairs, 3u);  // lahir: records 0,1,2
  EXPECT_EQ(counts[1].pairs, 3u);  // desa: records 0,1,3
  auto pairs = blocker.Pairs({});
  ASSERT_TRUE(pairs.ok());
  const std::vector<RecordPair> expected = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}};
  EXPECT_EQ(*pairs, expected);
}

TEST(BlockerTest, LinkageOnlyPairsAcrossTables) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable left = MakeTable(kHeader, {{"a", "Siti", "1980-01-02", "1"}, {"b", "Joko", "1980-01-02", "2"}});
  const RecordTable right = MakeTable(kHeader, {{"x", "Siti", "1980-01-02", "9"}});
  auto prepared = PreparedRecords::Build(settings, {&left, &right});
  ASSERT_TRUE(prepared.ok());
  auto pairs = Blocker(*prepared).Pairs({2, true});
  ASSERT_TRUE(pairs.ok());
  const std::vector<RecordPair> expected = {{0, 2}, {1, 2}};
  EXPECT_EQ(*pairs, expected);
}

TEST(BlockerTest, GuardRefusesBroadRuleBeforeRunning) {
  MatchSettings settings = testing::PersonSettings();
  settings.max_pairs_per_rule = 2;
  const RecordTable table = People();
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  bool paired = false;
  Progress progress;
  progress.report = [&](std::string_view stage, uint64_t, uint64_t) { paired = paired || stage == "pairing"; };
  auto pairs = Blocker(*prepared).Pairs({}, progress);
  ASSERT_FALSE(pairs.ok());
  EXPECT_EQ(pairs.status().code(), domain::ErrorCode::kInvalidArgument);
  EXPECT_NE(pairs.status().message().find("\"lahir\" would compare 3 pairs"), std::string::npos)
      << pairs.status().message();
  EXPECT_NE(pairs.status().message().find("limits.max_pairs_per_rule"), std::string::npos);
  EXPECT_FALSE(paired);
}

TEST(BlockerTest, TransformsGiveKeys) {
  MatchSettings settings = testing::PersonSettings();
  settings.blocking = {{"nama3", {{"nama", KeyTransform::kPrefix, 3}}},
                       {"phon", {{"nama", KeyTransform::kPhonetic, 0}}},
                       {"first", {{"nama", KeyTransform::kFirstToken, 0}}},
                       {"last", {{"nama", KeyTransform::kLastToken, 0}}}};
  const RecordTable table = MakeTable(kHeader, {{"1", "Sitinah Rahayu", "", ""},
                                                {"2", "Siti Aminah", "", ""},
                                                {"3", "Fatimah", "", ""},
                                                {"4", "Patima", "", ""},
                                                {"5", "Dewi Aminah", "", ""}});
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const Blocker blocker(*prepared);
  const auto prefix = blocker.Keys(0, 0, 5);
  EXPECT_EQ(prefix[0], prefix[1]);
  const auto phonetic = blocker.Keys(1, 0, 5);
  EXPECT_EQ(phonetic[2], phonetic[3]);
  EXPECT_NE(phonetic[0], phonetic[1]);
  const auto last = blocker.Keys(3, 0, 5);
  EXPECT_EQ(last[1], last[4]);
  const auto first = blocker.Keys(2, 0, 5);
  EXPECT_NE(first[1], first[4]);
}

TEST(BlockerTest, DayMonthUnorderedKeyJoinsSwappedDates) {
  MatchSettings settings = testing::PersonSettings();
  settings.blocking = {{"lahir", {{"lahir", KeyTransform::kDayMonthUnordered, 0}}}};
  const RecordTable table = MakeTable(kHeader, {{"1", "", "1985-03-07", ""},
                                                {"2", "", "1985-07-03", ""},
                                                {"3", "", "1986-07-03", ""},
                                                {"4", "", "", ""}});
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const auto keys = Blocker(*prepared).Keys(0, 0, 4);
  EXPECT_EQ(keys[0], keys[1]);
  EXPECT_NE(keys[1], keys[2]);
  EXPECT_EQ(keys[3], Blocker::kNoKey);
}

TEST(BlockerTest, EmptyTableGivesNoPairs) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable table = MakeTable(kHeader, {});
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  auto pairs = Blocker(*prepared).Pairs({});
  ASSERT_TRUE(pairs.ok());
  EXPECT_TRUE(pairs->empty());
}

}  // namespace
}  // namespace tepat::match

namespace tepat::match {
namespace {

// A table of `rows` records whose names, dates and desa codes come from small sets, so that the two rules overlap.
RecordTable RandomPeople(size_t rows, uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<std::vector<std::string>> cells;
  for (size_t i = 0; i < rows; ++i) {
    const std::string name = random() % 7 == 0 ? "" : "nama" + std::to_string(random() % 9);
    const std::string date = random() % 5 == 0 ? "" : "1980-01-" + std::to_string(10 + random() % 6);
    cells.push_back({std::to_string(i), name, date, std::to_string(3273000 + random() % 4)});
  }
  return testing::MakeTable(kHeader, cells);
}

// The pairs of `scope` that share a non-empty key of any rule, sorted, each once (what Pairs() must return).
std::vector<RecordPair> BruteForcePairs(const Blocker& blocker, size_t rules, size_t rows, PairScope scope) {
  std::vector<std::vector<uint64_t>> keys;
  for (size_t r = 0; r < rules; ++r) keys.push_back(blocker.Keys(r, 0, rows));
  std::vector<RecordPair> pairs;
  for (uint32_t a = 0; a < rows; ++a) {
    for (uint32_t b = a + 1; b < rows; ++b) {
      if (scope.IsLink() && !(a < scope.split && b >= scope.split)) continue;
      for (size_t r = 0; r < rules; ++r) {
        if (keys[r][a] != Blocker::kNoKey && keys[r][a] == keys[r][b]) {
          pairs.push_back({a, b});
          break;
        }
      }
    }
  }
  return pairs;
}

TEST(BlockerTest, PairsAreTheSortedUnionOfEveryRuleForDedupAndLinkage) {
  const MatchSettings settings = testing::PersonSettings();
  for (const uint32_t seed : {1u, 2u, 3u}) {
    const RecordTable table = RandomPeople(700, seed);  // several tasks of records
    auto prepared = PreparedRecords::Build(settings, {&table});
    ASSERT_TRUE(prepared.ok());
    const Blocker blocker(*prepared);
    for (const PairScope scope : {PairScope{}, PairScope{300, true}}) {
      std::vector<RuleCount> counts;
      auto pairs = blocker.Pairs(scope, {}, &counts);
      ASSERT_TRUE(pairs.ok());
      EXPECT_EQ(*pairs, BruteForcePairs(blocker, settings.blocking.size(), table.rows(), scope))
          << "seed " << seed << " link " << scope.IsLink();
      const auto expected_counts = blocker.CountPairs(scope);
      ASSERT_EQ(counts.size(), expected_counts.size());
      for (size_t r = 0; r < counts.size(); ++r) {
        EXPECT_EQ(counts[r].rule, expected_counts[r].rule);
        EXPECT_EQ(counts[r].pairs, expected_counts[r].pairs);
      }
    }
  }
}

}  // namespace
}  // namespace tepat::match

#include "match/registry_index.hpp"

#include <gtest/gtest.h>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

using testing::MakeTable;

const std::vector<std::string> kHeader = {"id", "nama", "lahir", "desa"};

RecordTable Registry() {
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 60; ++i) {
    rows.push_back({"r" + std::to_string(i), "Warga Nomor " + std::string(1, static_cast<char>('a' + i % 26)) +
                                                 std::to_string(i),
                    std::to_string(1950 + i) + "-01-0" + std::to_string(1 + i % 9), "32730" + std::to_string(10000 + i)});
  }
  rows.push_back({"siti", "Siti Aminah", "1980-02-03", "3273011001"});
  rows.push_back({"siti-copy", "Hj. Siti Aminah", "1980-03-02", "3273011001"});
  return MakeTable(kHeader, rows);
}

TEST(RegistryIndexTest, ScreensCandidatesAndExplains) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable registry = Registry();
  auto model = TrainRegistryModel(registry, settings);
  ASSERT_TRUE(model.ok()) << model.status().message();
  auto index = RegistryIndex::Build(registry, settings, *model);
  ASSERT_TRUE(index.ok()) << index.status().message();
  const RecordTable list = MakeTable(kHeader, {{"c1", "SITI AMINAH", "03-02-1980", "3273011001"},
                                               {"c2", "Orang Baru", "2001-01-01", "9999999999"}});
  auto results = (*index)->Screen(list, 0.5, 5);
  ASSERT_TRUE(results.ok()) << results.status().message();
  ASSERT_EQ(results->size(), 2u);
  ASSERT_FALSE((*results)[0].empty());
  EXPECT_EQ(registry.Value((*results)[0][0].registry_row, 0).substr(0, 4), "siti");  // a record of Siti Aminah
  for (size_t i = 1; i < (*results)[0].size(); ++i) EXPECT_GE((*results)[0][i - 1].weight, (*results)[0][i].weight);
  EXPECT_TRUE((*results)[1].empty());
  EXPECT_EQ((*index)->registry_rows(), registry.rows());  // candidates were removed again
  auto explanation = (*index)->Explain(list, 0, (*results)[0][0].registry_row);
  ASSERT_TRUE(explanation.ok());
  EXPECT_EQ(explanation->fields[0].label, "exact");
  EXPECT_NEAR(explanation->weight, (*results)[0][0].weight, 1e-3);
}

TEST(RegistryIndexTest, EmptyListGivesEmptyResult) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable registry = Registry();
  auto model = TrainRegistryModel(registry, settings);
  ASSERT_TRUE(model.ok());
  auto index = RegistryIndex::Build(registry, settings, *model);
  ASSERT_TRUE(index.ok());
  auto results = (*index)->Screen(MakeTable(kHeader, {}), 0.5, 5);
  ASSERT_TRUE(results.ok());
  EXPECT_TRUE(results->empty());
}

TEST(RegistryIndexTest, GuardRefusesBroadRule) {
  MatchSettings settings = testing::PersonSettings();
  const RecordTable registry = Registry();
  auto model = TrainRegistryModel(registry, settings);
  ASSERT_TRUE(model.ok());
  settings.max_pairs_per_rule = 1;
  auto index = RegistryIndex::Build(registry, settings, *model);
  ASSERT_TRUE(index.ok());
  const RecordTable list = MakeTable(kHeader, {{"c1", "Siti", "1980-02-03", "3273011001"}});
  auto results = (*index)->Screen(list, 0.5, 5);
  ASSERT_FALSE(results.ok());
  EXPECT_NE(results.status().message().find("\"desa\" would compare 2 pairs"), std::string::npos)
      << results.status().message();
}

}  // namespace
}  // namespace tepat::match

#include "match/linker.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

using testing::MakeTable;

// A small synthetic population: each person twice, the copy with a typo in the name or a digit in the date.
struct Synthetic {
  RecordTable table{{"id", "nama", "lahir", "desa"}};
  std::set<std::pair<std::string, std::string>> truth;
};

Synthetic MakePopulation(int people, unsigned seed) {
  const std::vector<std::string> given = {"siti", "budi", "agus", "dewi", "joko", "rina", "wahyu", "sri", "eko",
                                          "ani", "rudi", "yanti", "hendra", "lestari", "bambang", "nur"};
  const std::vector<std::string> family = {"santoso", "wijaya", "hartono", "susanti", "pratama", "kusuma",
                                           "hidayat", "saputra", "rahayu", "setiawan", "wibowo", "lestari"};
  std::mt19937 random(seed);
  const auto pick = [&](const std::vector<std::string>& list) { return list[random() % list.size()]; };
  Synthetic out;
  for (int p = 0; p < people; ++p) {
    const std::string name = pick(given) + " " + pick(family);
    const std::string date = std::to_string(1950 + random() % 50) + "-0" + std::to_string(1 + random() % 9) + "-1" +
                             std::to_string(random() % 10);
    const std::string desa = "32730" + std::to_string(10 + random() % 20) + "00" + std::to_string(random() % 10);
    std::string name2 = name;
    std::string date2 = date;
    if (random() % 2 == 0) {
      name2[1 + random() % (name2.size() - 2)] = 'x';
    } else {
      date2[9] = date2[9] == '1' ? '2' : '1';
    }
    const std::string a = "p" + std::to_string(p) + "a";
    const std::string b = "p" + std::to_string(p) + "b";
    (void)out.table.AddRow({a, name, date, desa});
    (void)out.table.AddRow({b, name2, date2, desa});
    out.truth.insert({a, b});
  }
  return out;
}

TEST(LinkerTest, EmLearnsWithoutLabelsAndFindsDuplicates) {
  MatchSettings settings = testing::PersonSettings();
  const Synthetic data = MakePopulation(300, 7);
  auto linker = Linker::ForDedup(data.table, settings);
  ASSERT_TRUE(linker.ok()) << linker.status().message();
  auto pairs = (*linker)->Run();
  ASSERT_TRUE(pairs.ok()) << pairs.status().message();
  const MatchModel& model = (*linker)->model();
  for (size_t f = 0; f < model.fields.size(); ++f) {
    EXPECT_GT(model.fields[f].m[1], model.fields[f].u[1]) << "field " << f << ": exact agreement must favour a match";
  }
  EXPECT_GT(model.lambda, 0.0);
  EXPECT_LT(model.lambda, 1.0);
  size_t correct = 0;
  for (const ScoredPair& pair : *pairs) {
    const std::pair<std::string, std::string> ids((*linker)->RecordId(pair.a), (*linker)->RecordId(pair.b));
    correct += data.truth.contains(ids) ? 1 : 0;
  }
  EXPECT_GE(correct, data.truth.size() * 95 / 100);
  EXPECT_GE(correct, pairs->size() * 95 / 100);
  EXPECT_EQ((*linker)->summary().matches, pairs->size());
}

TEST(LinkerTest, ExplanationAddsUpToTheWeight) {
  const Synthetic data = MakePopulation(200, 3);
  auto linker = Linker::ForDedup(data.table, testing::PersonSettings());
  ASSERT_TRUE(linker.ok());
  auto pairs = (*linker)->Run();
  ASSERT_TRUE(pairs.ok());
  ASSERT_FALSE(pairs->empty());
  const ScoredPair& pair = pairs->front();
  const PairExplanation explanation = (*linker)->scorer().Explain(pair.a, pair.b);
  ASSERT_EQ(explanation.fields.size(), 3u);
  EXPECT_EQ(explanation.fields[0].field, "nama");
  double total = explanation.prior_weight;
  for (const FieldEvidence& field : explanation.fields) {
    total += field.weight;
    EXPECT_FALSE(field.label.empty());
  }
  EXPECT_NEAR(total, explanation.weight, 1e-9);
  EXPECT_NEAR(explanation.weight, pair.weight, 1e-3);
  EXPECT_NEAR(explanation.probability, PairScorer::Probability(explanation.weight), 1e-12);
  EXPECT_EQ(explanation.fields[2].label, "exact");  // copies share the desa
}

TEST(LinkerTest, CommonNamesWeighLessThanRareOnes) {
  MatchSettings settings = testing::PersonSettings();
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 40; ++i) rows.push_back({std::to_string(i), "Siti Aminah", "19" + std::to_string(50 + i) + "0101", "1"});
  rows.push_back({"r1", "Kresnayana Wiryawan", "1990-01-01", "2"});
  rows.push_back({"r2", "Kresnayana Wiryawan", "1991-02-02", "2"});
  rows.push_back({"c1", "Siti Aminah", "1990-01-01", "3"});
  const RecordTable table = MakeTable({"id", "nama", "lahir", "desa"}, rows);
  auto linker = Linker::ForDedup(table, settings);
  ASSERT_TRUE(linker.ok());
  ASSERT_TRUE((*linker)->Run().ok());
  const auto rare = (*linker)->scorer().Explain(40, 41).fields[0];
  const auto common = (*linker)->scorer().Explain(0, 42).fields[0];
  EXPECT_EQ(rare.label, "exact");
  EXPECT_EQ(common.label, "exact");
  EXPECT_GT(rare.tf_adjustment, 0.0);
  EXPECT_LT(common.tf_adjustment, 0.0);
  EXPECT_GT(rare.weight, common.weight);
}

TEST(LinkerTest, LinksTwoTables) {
  const RecordTable left = MakeTable({"id", "nama", "lahir", "desa"}, {{"L1", "Budi Santoso", "1980-01-02", "3273011001"},
                                                                       {"L2", "Siti Aminah", "1975-06-07", "3273011002"}});
  const RecordTable right = MakeTable({"id", "nama", "lahir", "desa"}, {{"R1", "BUDI SANTOSO", "02-01-1980", "3273011001"},
                                                                        {"R2", "Joko", "1999-09-09", "3204011001"}});
  MatchSettings settings = testing::PersonSettings();
  settings.em_estimates_u = false;  // two candidate pairs are too few to learn u from; keep u from random pairs
  auto linker = Linker::ForLink(left, right, settings);
  ASSERT_TRUE(linker.ok());
  auto pairs = (*linker)->Run();
  ASSERT_TRUE(pairs.ok());
  ASSERT_EQ(pairs->size(), 1u);
  EXPECT_EQ((*linker)->RecordId(pairs->front().a), "L1");
  EXPECT_EQ((*linker)->RecordId(pairs->front().b), "R1");
}

TEST(LinkerTest, EmptyInputGivesEmptyResult) {
  const RecordTable empty = MakeTable({"id", "nama", "lahir", "desa"}, {});
  auto dedup = Linker::ForDedup(empty, testing::PersonSettings());
  ASSERT_TRUE(dedup.ok());
  auto pairs = (*dedup)->Run();
  ASSERT_TRUE(pairs.ok());
  EXPECT_TRUE(pairs->empty());
  const RecordTable one = MakeTable({"id", "nama", "lahir", "desa"}, {{"1", "Siti", "1980-01-01", "1"}});
  auto link = Linker::ForLink(empty, one, testing::PersonSettings());
  ASSERT_TRUE(link.ok());
  auto linked = (*link)->Run();
  ASSERT_TRUE(linked.ok());
  EXPECT_TRUE(linked->empty());
}

TEST(LinkerTest, MissingColumnNamesFieldAndColumn) {
  const RecordTable table = MakeTable({"id", "nama", "lahir"}, {});
  auto linker = Linker::ForDedup(table, testing::PersonSettings());
  ASSERT_FALSE(linker.ok());
  EXPECT_NE(linker.status().message().find("\"desa\""), std::string::npos) << linker.status().message();
  const RecordTable no_id = MakeTable({"nik", "nama", "lahir", "desa"}, {});
  auto without_id = Linker::ForDedup(no_id, testing::PersonSettings());
  ASSERT_FALSE(without_id.ok());
  EXPECT_NE(without_id.status().message().find("id_column"), std::string::npos);
}

TEST(LinkerTest, CancelStopsTheRun) {
  const Synthetic data = MakePopulation(50, 1);
  auto linker = Linker::ForDedup(data.table, testing::PersonSettings());
  ASSERT_TRUE(linker.ok());
  std::atomic<bool> cancel{true};
  Progress progress;
  progress.cancel = &cancel;
  auto pairs = (*linker)->Run(progress);
  ASSERT_FALSE(pairs.ok());
  EXPECT_EQ(pairs.status().code(), domain::ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace tepat::match

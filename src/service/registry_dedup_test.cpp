// RegistryDedup: registry people in, review clusters out; dismissed and merged pairs are never proposed again.
#include "service/registry_dedup.hpp"

#include <gtest/gtest.h>

#include "match/match_test_util.hpp"

namespace tepat::service {
namespace {

/// The match engine's person settings, with the registry's column names.
match::MatchSettings RegistrySettings() {
  match::MatchSettings settings = match::testing::PersonSettings();
  settings.id_column = "RECORD_ID";
  settings.fields[0].column = "NAMA";
  settings.fields[1].column = "TANGGAL_LAHIR";
  settings.fields[2].column = "KODE_DESA";
  return settings;
}

domain::Person Resident(std::int64_t id, const std::string& name, int year, int month, int day, const char* desa) {
  domain::Person person;
  person.id = id;
  person.nik = "35100100000000" + std::to_string(10 + id);
  person.name = name;
  person.birth_date = *domain::CivilDate::FromYmd(year, month, day);
  person.desa = *domain::RegionCode::Parse(desa);
  return person;
}

/// Distinct residents plus Siti Aminah twice (ids 100, 101) and Bambang Susilo twice (ids 200, 201).
std::vector<domain::Person> Residents() {
  const char* kGiven[] = {"AGUS", "BUDI", "DEWI", "EKO", "FITRI", "GILANG", "HENDRA", "INDAH"};
  const char* kFamily[] = {"PRASETYO", "WIBOWO", "SANTOSO", "HIDAYAT", "SAPUTRA"};
  std::vector<domain::Person> people;
  for (int i = 0; i < 40; ++i) {
    people.push_back(Resident(i + 1, std::string(kGiven[i % 8]) + " " + kFamily[i / 8], 1950 + i, 1 + i % 12,
                              1 + i % 28, "35.10.01.2001"));
  }
  people.push_back(Resident(100, "SITI AMINAH", 1985, 3, 12, "35.10.01.2001"));
  people.push_back(Resident(101, "SITI AMINAH", 1985, 3, 12, "35.10.01.2001"));
  people.push_back(Resident(200, "BAMBANG SUSILO", 1970, 7, 4, "35.10.01.2001"));
  people.push_back(Resident(201, "BAMBANG SUSILO", 1970, 4, 7, "35.10.01.2001"));
  return people;
}

std::vector<std::vector<std::int64_t>> MemberIds(const DedupOutcome& outcome) {
  std::vector<std::vector<std::int64_t>> out;
  for (const auto& cluster : outcome.clusters) {
    std::vector<std::int64_t> ids;
    for (const auto& member : cluster.members) ids.push_back(member.person_id);
    out.push_back(ids);
  }
  return out;
}

TEST(PairExclusionsTest, DismissedPairsAndMergedGroupsAreExcludedEitherWay) {
  PairExclusions exclusions;
  exclusions.AddDismissed(7, 3);
  exclusions.AddMerge(5, 9);
  exclusions.AddMerge(6, 9);
  EXPECT_TRUE(exclusions.Excludes(3, 7));
  EXPECT_TRUE(exclusions.Excludes(7, 3));
  EXPECT_TRUE(exclusions.Excludes(5, 9));
  EXPECT_TRUE(exclusions.Excludes(5, 6)) << "both merged into 9";
  EXPECT_FALSE(exclusions.Excludes(3, 5));
  EXPECT_FALSE(exclusions.Excludes(9, 10));
}

TEST(RegistryDedupTest, FindsTheDuplicatesAndExplainsEveryPair) {
  auto outcome = FindDuplicateClusters(Residents(), RegistrySettings(), PairExclusions{}, {});
  ASSERT_TRUE(outcome.ok()) << outcome.status().message();
  EXPECT_EQ(MemberIds(*outcome), (std::vector<std::vector<std::int64_t>>{{100, 101}, {200, 201}}));
  EXPECT_EQ(outcome->counts.records, 44);
  EXPECT_EQ(outcome->counts.clusters, 2);
  EXPECT_GE(outcome->counts.matches, 2);
  const store::DedupPair& pair = outcome->clusters[1].pairs.at(0);
  EXPECT_EQ(pair.person_a, 200);
  EXPECT_EQ(pair.person_b, 201);
  ASSERT_EQ(pair.fields.size(), 3u);
  EXPECT_EQ(pair.fields[1].field, "lahir");
  EXPECT_EQ(pair.fields[1].label, "day_month_swapped");
  double total = pair.prior_weight;
  for (const auto& field : pair.fields) total += field.weight;
  EXPECT_NEAR(total, pair.weight, 1e-9);
  EXPECT_EQ(outcome->clusters[0].members[0].desa.Dotted(), "35.10.01.2001");
}

TEST(RegistryDedupTest, DismissedAndMergedPairsAreLeftOut) {
  PairExclusions exclusions;
  exclusions.AddDismissed(100, 101);
  exclusions.AddMerge(201, 200);
  auto outcome = FindDuplicateClusters(Residents(), RegistrySettings(), exclusions, {});
  ASSERT_TRUE(outcome.ok()) << outcome.status().message();
  EXPECT_TRUE(outcome->clusters.empty());
  EXPECT_EQ(outcome->counts.dismissed_skipped, 2);
}

TEST(RegistryDedupTest, FewPeopleGiveAnEmptyOutcomeAndUnknownColumnsAreRefused) {
  auto empty = FindDuplicateClusters({}, RegistrySettings(), PairExclusions{}, {});
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->clusters.empty());
  match::MatchSettings settings = RegistrySettings();
  settings.fields[0].column = "NAMA_LENGKAP";
  auto refused = FindDuplicateClusters(Residents(), settings, PairExclusions{}, {});
  EXPECT_EQ(refused.status().code(), domain::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace tepat::service

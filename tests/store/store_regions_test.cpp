// Shared store suite: the region hierarchy, on both engines (a small fixture and the full official data).
#include <cstdlib>
#include <fstream>
#include <map>

#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using domain::Region;
using domain::RegionCode;

RegionCode Code(const char* text) { return *RegionCode::Parse(text); }

Region MakeRegion(const char* code, const char* name) {
  const RegionCode parsed = Code(code);
  return Region{.code = parsed, .parent = parsed.Parent(), .name = name};
}

/// A small slice of the hierarchy, parents before children.
std::vector<Region> FixtureRegions() {
  return {MakeRegion("31", "DKI Jakarta"),
          MakeRegion("32", "Jawa Barat"),
          MakeRegion("31.71", "Kota Administrasi Jakarta Pusat"),
          MakeRegion("32.73", "Kota Bandung"),
          MakeRegion("32.04", "Kabupaten Bandung"),
          MakeRegion("32.04.05", "Bandung_Raya 100%"),
          MakeRegion("32.73.01", "Sukasari"),
          MakeRegion("32.73.01.1001", "Sukarasa"),
          MakeRegion("32.73.01.1002", "Gegerkalong")};
}

std::vector<std::string> Codes(const std::vector<Region>& regions) {
  std::vector<std::string> out;
  for (const Region& region : regions) out.push_back(region.code.Dotted());
  return out;
}

/// Splits one CSV line (RFC 4180 quoting, no embedded newlines) into fields.
std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back().push_back('"');
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

/// Reads data/wilayah/<file> (code,parent_code,name) from the source tree into `out`.
void LoadWilayahCsv(const std::string& file, std::vector<Region>& out) {
  const char* source_dir = std::getenv("TEPAT_SOURCE_DIR");
  const std::string path = std::string(source_dir != nullptr ? source_dir : ".") + "/data/wilayah/" + file;
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot read " << path;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> fields = SplitCsvLine(line);
    ASSERT_EQ(fields.size(), 3u) << path << ": " << line;
    std::optional<RegionCode> code = RegionCode::Parse(fields[0]);
    ASSERT_TRUE(code) << path << ": bad code in " << line;
    out.push_back(Region{.code = *code, .parent = RegionCode::Parse(fields[1]), .name = fields[2]});
  }
}

class RegionStoreTest : public StoreTest {
 protected:
  void LoadFixture() {
    domain::Status loaded = store().UpsertRegions(FixtureRegions());
    ASSERT_TRUE(loaded.ok()) << loaded.message();
  }
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(RegionStoreTest);

TEST_P(RegionStoreTest, UpsertThenGetAndCount) {
  LoadFixture();
  EXPECT_EQ(store().CountRegions().value(), 9);
  auto found = store().GetRegion(Code("32.73.01.1001"));
  ASSERT_TRUE(found.ok()) << found.status().message();
  ASSERT_TRUE(found.value().has_value());
  EXPECT_EQ(found.value()->name, "Sukarasa");
  EXPECT_EQ(found.value()->parent, Code("32.73.01"));
  auto province = store().GetRegion(Code("32"));
  ASSERT_TRUE(province.ok() && province.value().has_value());
  EXPECT_FALSE(province.value()->parent.has_value());
  EXPECT_FALSE(store().GetRegion(Code("99")).value().has_value());
}

TEST_P(RegionStoreTest, UpsertAgainUpdatesNamesWithoutDuplicating) {
  LoadFixture();
  LoadFixture();
  ASSERT_TRUE(store().UpsertRegions({MakeRegion("32.73", "Kota Bandung (baru)")}).ok());
  EXPECT_EQ(store().CountRegions().value(), 9);
  EXPECT_EQ(store().GetRegion(Code("32.73")).value()->name, "Kota Bandung (baru)");
}

TEST_P(RegionStoreTest, DuplicateCodesInOneCallKeepTheLastName) {
  ASSERT_TRUE(store().UpsertRegions({MakeRegion("32", "Jabar"), MakeRegion("32", "Jawa Barat")}).ok());
  EXPECT_EQ(store().CountRegions().value(), 1);
  EXPECT_EQ(store().GetRegion(Code("32")).value()->name, "Jawa Barat");
}

TEST_P(RegionStoreTest, ChildOfAnUnknownParentIsRefused) {
  EXPECT_FALSE(store().UpsertRegions({MakeRegion("33.01", "Kabupaten Cilacap")}).ok());
  EXPECT_EQ(store().CountRegions().value(), 0);
}

TEST_P(RegionStoreTest, ChildrenAreOrderedByCode) {
  LoadFixture();
  auto provinces = store().ListChildRegions(std::nullopt);
  ASSERT_TRUE(provinces.ok()) << provinces.status().message();
  EXPECT_EQ(Codes(*provinces), (std::vector<std::string>{"31", "32"}));
  EXPECT_EQ(Codes(store().ListChildRegions(Code("32")).value()), (std::vector<std::string>{"32.04", "32.73"}));
  EXPECT_EQ(Codes(store().ListChildRegions(Code("32.73.01")).value()),
            (std::vector<std::string>{"32.73.01.1001", "32.73.01.1002"}));
  EXPECT_TRUE(store().ListChildRegions(Code("32.73.01.1001")).value().empty());
}

TEST_P(RegionStoreTest, SearchIsCaseInsensitiveOrderedByLevelThenName) {
  LoadFixture();
  for (const char* query : {"bandung", "BANDUNG", "BaNdUnG"}) {
    auto found = store().SearchRegions(query, 10);
    ASSERT_TRUE(found.ok()) << found.status().message();
    EXPECT_EQ(Codes(*found), (std::vector<std::string>{"32.04", "32.73", "32.04.05"})) << query;
  }
  EXPECT_EQ(Codes(store().SearchRegions("bandung", 2).value()), (std::vector<std::string>{"32.04", "32.73"}));
  EXPECT_TRUE(store().SearchRegions("bandung", 0).value().empty());
  EXPECT_TRUE(store().SearchRegions("tidak ada", 10).value().empty());
}

TEST_P(RegionStoreTest, SearchTreatsLikeWildcardsAsPlainCharacters) {
  LoadFixture();
  EXPECT_EQ(Codes(store().SearchRegions("100%", 10).value()), std::vector<std::string>{"32.04.05"});
  EXPECT_EQ(Codes(store().SearchRegions("g_r", 10).value()), std::vector<std::string>{"32.04.05"});
  EXPECT_EQ(Codes(store().SearchRegions("%", 10).value()), std::vector<std::string>{"32.04.05"});
  EXPECT_TRUE(store().SearchRegions("su_asari", 10).value().empty());
}

TEST_P(RegionStoreTest, AncestorsFromProvinceDown) {
  LoadFixture();
  auto ancestors = store().ListRegionAncestors(Code("32.73.01.1001"));
  ASSERT_TRUE(ancestors.ok()) << ancestors.status().message();
  EXPECT_EQ(Codes(*ancestors), (std::vector<std::string>{"32", "32.73", "32.73.01"}));
  EXPECT_TRUE(store().ListRegionAncestors(Code("32")).value().empty());
}

TEST_P(RegionStoreTest, UpgradeFromVersion1BackfillsTheSearchName) {
  LoadFixture();
  // Turn the database back into what migration 1 left (later migrations undone too), with regions loaded.
  ASSERT_TRUE(sql_store()
                  .ExecScriptForTest("DROP TABLE dedup_pair_fields; DROP TABLE dedup_pairs; "
                                     "DROP TABLE dedup_cluster_members; DROP TABLE dedup_dismissed_pairs; "
                                     "DROP TABLE person_merges; DROP TABLE dedup_clusters; DROP TABLE dedup_runs; "
                                     "DROP TABLE people; DROP TABLE households; DROP TABLE dtks_members; "
                                     "DROP TABLE programs; DROP TABLE recipients; DROP TABLE change_history; "
                                     "DROP TABLE jobs; DROP TABLE screening_rows; DROP TABLE screening_runs; "
                                     "DROP TABLE discussion_reports; DROP TABLE discussion_revisions; "
                                     "DROP TABLE discussion_posts; DROP TABLE email_outbox; DROP TABLE notifications; "
                                     "DROP TABLE complaint_attachments; DROP TABLE complaint_comment_revisions; "
                                     "DROP TABLE complaint_comments; DROP TABLE complaint_phones; "
                                     "DROP TABLE complaint_niks; DROP TABLE complaints; DROP TABLE complaint_sequences; "
                                     "DROP TABLE complaint_topics; "
                                     "ALTER TABLE regions DROP COLUMN search_name; "
                                     "CREATE INDEX regions_lower_name_idx ON regions(lower(name)); "
                                     "DELETE FROM schema_migrations WHERE version >= 2")
                  .ok());
  ASSERT_EQ(store().SchemaVersion().value(), 1);
  ASSERT_TRUE(store().Migrate().ok());
  EXPECT_EQ(Codes(store().SearchRegions("BANDUNG", 10).value()),
            (std::vector<std::string>{"32.04", "32.73", "32.04.05"}));
}

TEST_P(RegionStoreTest, FullOfficialHierarchyLoadsInOneCall) {
  std::vector<Region> all;
  for (const char* file : {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"}) {
    ASSERT_NO_FATAL_FAILURE(LoadWilayahCsv(file, all));
  }
  domain::Status loaded = store().UpsertRegions(all);
  ASSERT_TRUE(loaded.ok()) << loaded.message();

  constexpr std::int64_t kProvinces = 38, kKabupaten = 514, kKecamatan = 7285, kDesa = 83762;
  EXPECT_EQ(store().CountRegions().value(), kProvinces + kKabupaten + kKecamatan + kDesa);
  auto everything = store().SearchRegions("", static_cast<int>(all.size()));
  ASSERT_TRUE(everything.ok()) << everything.status().message();
  std::map<domain::RegionLevel, std::int64_t> per_level;
  for (const Region& region : *everything) ++per_level[region.code.level()];
  EXPECT_EQ(per_level[domain::RegionLevel::kProvince], kProvinces);
  EXPECT_EQ(per_level[domain::RegionLevel::kKabupaten], kKabupaten);
  EXPECT_EQ(per_level[domain::RegionLevel::kKecamatan], kKecamatan);
  EXPECT_EQ(per_level[domain::RegionLevel::kDesa], kDesa);

  EXPECT_EQ(store().ListChildRegions(std::nullopt).value().size(), static_cast<std::size_t>(kProvinces));
  auto quoted = store().GetRegion(Code("12.07.28.1007"));
  ASSERT_TRUE(quoted.ok() && quoted.value().has_value());
  EXPECT_EQ(quoted.value()->name, "Lubuk Pakam I,II");
  EXPECT_EQ(Codes(store().ListRegionAncestors(Code("12.07.28.1007")).value()),
            (std::vector<std::string>{"12", "12.07", "12.07.28"}));
}

}  // namespace
}  // namespace tepat::store_test

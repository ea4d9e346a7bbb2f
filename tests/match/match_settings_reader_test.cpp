// Settings files: valid ones load, unknown keys and bad values are refused with a message naming the key.
#include "app/match_settings_reader.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace tepat::app {
namespace {

std::string SourceDir() {
  const char* dir = std::getenv("TEPAT_SOURCE_DIR");
  return dir != nullptr ? dir : ".";
}

constexpr const char* kMinimal = R"({
  "id_column": "id",
  "fields": [{"name": "nama", "normalize": "indonesian_name", "tf_adjust": true,
              "levels": ["exact", {"kind": "jaro_winkler", "threshold": 0.9}]}],
  "blocking": [{"name": "nama", "keys": ["nama"]}]
})";

TEST(MatchSettingsReaderTest, ReadsMinimalSettingsWithDefaults) {
  auto settings = ParseMatchSettings(kMinimal);
  ASSERT_TRUE(settings.ok()) << settings.status().message();
  EXPECT_EQ(settings->id_column, "id");
  ASSERT_EQ(settings->fields.size(), 1u);
  EXPECT_EQ(settings->fields[0].column, "nama");  // column defaults to the name
  EXPECT_EQ(settings->fields[0].normalize, match::NormalizeKind::kIndonesianName);
  EXPECT_TRUE(settings->fields[0].tf_adjust);
  ASSERT_EQ(settings->fields[0].levels.size(), 2u);
  EXPECT_EQ(settings->fields[0].levels[1].kind, match::LevelKind::kJaroWinkler);
  EXPECT_DOUBLE_EQ(settings->fields[0].levels[1].threshold, 0.9);
  EXPECT_DOUBLE_EQ(settings->match_probability, 0.5);
}

TEST(MatchSettingsReaderTest, ShippedSettingsFilesLoad) {
  for (const char* name : {"febrl.json", "registry.json"}) {
    auto settings = ReadMatchSettingsFile(SourceDir() + "/config/match/" + name);
    EXPECT_TRUE(settings.ok()) << name << ": " << settings.status().message();
  }
}

struct BadCase {
  const char* description;
  const char* from;  // text replaced in kMinimal
  const char* to;
  const char* message_part;
};

class BadSettingsFileTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadSettingsFileTest, RefusedNamingTheKey) {
  std::string json = kMinimal;
  const auto& c = GetParam();
  const size_t at = json.find(c.from);
  ASSERT_NE(at, std::string::npos) << c.description;
  json.replace(at, std::string(c.from).size(), c.to);
  auto settings = ParseMatchSettings(json);
  ASSERT_FALSE(settings.ok()) << c.description;
  EXPECT_EQ(settings.status().code(), domain::ErrorCode::kInvalidArgument);
  EXPECT_NE(settings.status().message().find(c.message_part), std::string::npos)
      << c.description << ": " << settings.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadSettingsFileTest,
    ::testing::Values(
        BadCase{"unknown top-level key", "\"blocking\":", "\"blokking\": [], \"blocking\":", "unknown key \"blokking\""},
        BadCase{"unknown field key", "\"tf_adjust\"", "\"tf_adjusted\"", "unknown key \"fields[0].tf_adjusted\""},
        BadCase{"unknown level key", "\"threshold\": 0.9", "\"treshold\": 0.9",
                "unknown key \"fields[0].levels[1].treshold\""},
        BadCase{"unknown section key", "\"blocking\":", "\"thresholds\": {\"match\": 0.5}, \"blocking\":",
                "unknown key \"thresholds.match\""},
        BadCase{"threshold above one", "\"threshold\": 0.9", "\"threshold\": 1.9", "fields[0].levels[1].threshold"},
        BadCase{"threshold as text", "\"threshold\": 0.9", "\"threshold\": \"0.9\"",
                "fields[0].levels[1].threshold must be a number"},
        BadCase{"match probability out of range", "\"blocking\":", "\"thresholds\": {\"match_probability\": 2}, \"blocking\":",
                "thresholds.match_probability"},
        BadCase{"unknown level kind", "\"exact\"", "\"soundex\"", "fields[0].levels[0].kind \"soundex\""},
        BadCase{"unknown normaliser", "\"indonesian_name\"", "\"malay_name\"", "fields[0].normalize"},
        BadCase{"blocking names unknown field", "\"keys\": [\"nama\"]", "\"keys\": [\"alamat\"]",
                "blocking[0].keys[0].field \"alamat\""},
        BadCase{"negative limit", "\"blocking\":", "\"limits\": {\"max_pairs_per_rule\": -5}, \"blocking\":",
                "limits.max_pairs_per_rule"},
        BadCase{"missing id column", "\"id_column\": \"id\",", "", "id_column is required"},
        BadCase{"duplicate key", "\"id_column\": \"id\",", "\"id_column\": \"id\", \"id_column\": \"x\",",
                "appears twice"},
        BadCase{"duplicate nested key", "\"tf_adjust\": true,", "\"tf_adjust\": true, \"tf_adjust\": false,",
                "key \"tf_adjust\" appears twice"},
        BadCase{"broken JSON", "\"fields\": [", "\"fields\" [", "line 3"},
        BadCase{"text after the document", "\"nama\"]}]\n}", "\"nama\"]}]\n} {}", "line 6"},
        BadCase{"trailing comma", "\"keys\": [\"nama\"]", "\"keys\": [\"nama\",]", "line 5"}));

}  // namespace
}  // namespace tepat::app

#include "match/match_settings.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

struct SettingsCase {
  const char* description;
  std::function<void(MatchSettings&)> spoil;
  const char* key_in_message;
};

class BadSettingsTest : public ::testing::TestWithParam<SettingsCase> {};

TEST_P(BadSettingsTest, RefusedNamingTheKey) {
  MatchSettings settings = testing::PersonSettings();
  ASSERT_TRUE(ValidateSettings(settings).ok());
  GetParam().spoil(settings);
  const auto status = ValidateSettings(settings);
  EXPECT_EQ(status.code(), domain::ErrorCode::kInvalidArgument) << GetParam().description;
  EXPECT_NE(status.message().find(GetParam().key_in_message), std::string::npos) << status.message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadSettingsTest,
    ::testing::Values(
        SettingsCase{"no id column", [](MatchSettings& s) { s.id_column.clear(); }, "id_column"},
        SettingsCase{"no fields", [](MatchSettings& s) { s.fields.clear(); }, "fields"},
        SettingsCase{"field twice", [](MatchSettings& s) { s.fields.push_back(s.fields[0]); }, "fields[3].name"},
        SettingsCase{"no levels", [](MatchSettings& s) { s.fields[1].levels.clear(); }, "fields[1].levels"},
        SettingsCase{"jaro threshold above 1", [](MatchSettings& s) { s.fields[0].levels[1].threshold = 1.5; },
                     "fields[0].levels[1].threshold"},
        SettingsCase{"jaro threshold zero", [](MatchSettings& s) { s.fields[0].levels[1].threshold = 0; },
                     "fields[0].levels[1].threshold"},
        SettingsCase{"prefix not whole", [](MatchSettings& s) { s.fields[2].levels[1].threshold = 2.5; },
                     "fields[2].levels[1].threshold"},
        SettingsCase{"no blocking", [](MatchSettings& s) { s.blocking.clear(); }, "blocking"},
        SettingsCase{"blocking unknown field", [](MatchSettings& s) { s.blocking[1].keys[0].field = "alamat"; },
                     "blocking[1].keys[0].field"},
        SettingsCase{"match probability 1", [](MatchSettings& s) { s.match_probability = 1.0; },
                     "thresholds.match_probability"},
        SettingsCase{"negative guard", [](MatchSettings& s) { s.cluster_guard_probability = -0.1; },
                     "thresholds.cluster_guard_probability"},
        SettingsCase{"zero pair limit", [](MatchSettings& s) { s.max_pairs_per_rule = 0; },
                     "limits.max_pairs_per_rule"},
        SettingsCase{"too many fields",
                     [](MatchSettings& s) {
                       while (s.fields.size() <= kMaxFields) {
                         s.fields.push_back(s.fields[0]);
                         s.fields.back().name += std::to_string(s.fields.size());
                       }
                     },
                     "fields"}));

TEST(MatchSettingsTest, NamesRoundTrip) {
  for (const char* name : {"exact", "jaro_winkler", "phonetic", "token_set", "token_subset", "initials", "levenshtein",
                           "one_digit_off", "transposed", "day_month_swapped", "year_within", "prefix",
                           "numeric_within"}) {
    const auto kind = LevelKindFromName(name);
    ASSERT_TRUE(kind.has_value()) << name;
    EXPECT_STREQ(LevelKindName(*kind), name);
  }
  EXPECT_FALSE(LevelKindFromName("soundex").has_value());
  EXPECT_EQ(LevelLabel({LevelKind::kJaroWinkler, 0.92}), "jaro_winkler>=0.92");
  EXPECT_EQ(LevelLabel({LevelKind::kPrefix, 6}), "prefix:6");
}

}  // namespace
}  // namespace tepat::match

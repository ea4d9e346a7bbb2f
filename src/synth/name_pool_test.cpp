#include "synth/name_pool.hpp"

#include <gtest/gtest.h>

#include <map>

#include "synth/test_data.hpp"

namespace tepat::synth {
namespace {

TEST(NamePoolTest, CommonNamesOutweighRareOldJavaneseNames) {
  const NamePool pool(TestReferenceData());
  EXPECT_GT(pool.male_given().Probability("Muhammad"), 0.05);
  EXPECT_GT(pool.male_given().Probability("Agus"), pool.male_given().Probability("Budi"));
  EXPECT_LT(pool.male_given().Probability("Bahuwirya"), 0.002);  // rare old-Javanese name from the file
  EXPECT_GT(pool.male_given().Probability("Bahuwirya"), 0.0);    // but still drawn now and then
  EXPECT_GT(pool.female_given().Probability("Siti"), 0.05);
  EXPECT_EQ(pool.female_given().Probability("Muhammad"), 0.0);
}

TEST(NamePoolTest, OlderPeopleMoreOftenHaveOneName) {
  const NamePool pool(TestReferenceData());
  Rng rng(3);
  auto single_share = [&](int year) {
    int single = 0;
    for (int i = 0; i < 4000; ++i) {
      const std::string name = pool.Compose(i % 2 ? Sex::kMale : Sex::kFemale, year, rng);
      single += name.find(' ') == std::string::npos ? 1 : 0;
    }
    return single / 4000.0;
  };
  const double old_share = single_share(1950);
  const double young_share = single_share(2010);
  EXPECT_GT(old_share, 0.35);
  EXPECT_LT(young_share, 0.2);
}

TEST(NamePoolTest, LeadingNamesNeverStandAloneAndNamesRepeatModerately) {
  const NamePool pool(TestReferenceData());
  Rng rng(4);
  std::map<std::string, int> counts;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    const std::string name = pool.Compose(Sex::kFemale, 1980, rng);
    EXPECT_NE(name, "Siti");
    EXPECT_NE(name, "Sri");
    ++counts[name];
  }
  int most = 0;
  for (const auto& [name, c] : counts) most = std::max(most, c);
  EXPECT_LT(most, n / 50) << "one full name takes more than 2% of women";
}

TEST(NamePoolTest, SonsOftenCarryOnTheFamilyName) {
  const NamePool pool(TestReferenceData());
  Rng rng(5);
  int carried = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string name = pool.Compose(Sex::kMale, 2000, rng, "Sihombing");
    carried += name.size() > 9 && name.substr(name.size() - 9) == "Sihombing" ? 1 : 0;
  }
  EXPECT_NEAR(carried / 1000.0, 0.6, 0.06);
  EXPECT_TRUE(pool.IsFamilyName("Sihombing"));
  EXPECT_FALSE(pool.IsFamilyName("Sutrisno2"));
}

}  // namespace
}  // namespace tepat::synth

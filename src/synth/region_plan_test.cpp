#include "synth/region_plan.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "synth/test_data.hpp"

namespace tepat::synth {
namespace {

TEST(LargestRemainderTest, PartsAddUpAndFollowWeights) {
  const auto parts = SplitByLargestRemainder(10, {1, 1, 1});
  EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), std::uint64_t{0}), 10u);
  EXPECT_EQ(parts, (std::vector<std::uint64_t>{4, 3, 3}));
  EXPECT_EQ(SplitByLargestRemainder(100, {3, 1}), (std::vector<std::uint64_t>{75, 25}));
  EXPECT_EQ(SplitByLargestRemainder(5, {0, 0}), (std::vector<std::uint64_t>{0, 0}));
}

TEST(RegionPlanTest, KabupatenDottedAndCompact) {
  for (const char* text : {"35.10", "3510", " 35.10 "}) {
    auto plan = ResolveRegionPlan(TestReferenceData(), text, 1000, Rng(1));
    ASSERT_TRUE(plan.ok()) << text << ": " << plan.status().message();
    EXPECT_EQ(plan->code, "35.10");
    EXPECT_EQ(plan->name, "Kabupaten Banyuwangi");
    EXPECT_EQ(plan->province_code, "35");
    ASSERT_EQ(plan->parts.size(), 1u);
    EXPECT_EQ(plan->parts[0].people, 1000u);
    EXPECT_EQ(plan->parts[0].village_choice.size(), 217u);
  }
}

TEST(RegionPlanTest, ProvinceSplitsByPopulation) {
  auto plan = ResolveRegionPlan(TestReferenceData(), "35", 419199, Rng(1));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_TRUE(plan->is_province);
  EXPECT_EQ(plan->parts.size(), 38u);  // Jawa Timur: 29 kabupaten + 9 kota
  std::uint64_t total = 0;
  for (const auto& part : plan->parts) {
    total += part.people;
    const auto& kab = TestReferenceData().kabupaten[part.kabupaten];
    // 419,199 is 1% of the province's 41,919,906 residents: each part is 1% of its kabupaten, give or take one.
    EXPECT_NEAR(static_cast<double>(part.people), static_cast<double>(kab.population) / 100.0, 1.0) << kab.code;
  }
  EXPECT_EQ(total, 419199u);
}

struct BadRegion {
  const char* text;
  const char* says;
};

class BadRegionTest : public ::testing::TestWithParam<BadRegion> {};

TEST_P(BadRegionTest, IsRejectedWithAClearMessage) {
  auto plan = ResolveRegionPlan(TestReferenceData(), GetParam().text, 10, Rng(1));
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), domain::ErrorCode::kInvalidArgument);
  EXPECT_NE(plan.status().message().find("--region"), std::string::npos) << plan.status().message();
  EXPECT_NE(plan.status().message().find(GetParam().says), std::string::npos) << plan.status().message();
}

INSTANTIATE_TEST_SUITE_P(Cases, BadRegionTest,
                         ::testing::Values(BadRegion{"abc", "not a region code"}, BadRegion{"35.1", "not a region code"},
                                           BadRegion{"", "not a region code"},
                                           BadRegion{"99", "no such province"},
                                           BadRegion{"35.99", "no such kabupaten"},
                                           BadRegion{"35.10.01", "kecamatan or desa"},
                                           BadRegion{"35.10.01.2001", "kecamatan or desa"}),
                         [](const ::testing::TestParamInfo<BadRegion>& info) {
                           return "case" + std::to_string(info.index);
                         });

}  // namespace
}  // namespace tepat::synth

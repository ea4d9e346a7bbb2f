#include "domain/region_code.hpp"

#include <gtest/gtest.h>

namespace tepat::domain {
namespace {

struct ParseCase {
  const char* text;
  const char* compact;  // nullptr when the text must be rejected
  RegionLevel level;
};

class RegionCodeParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(RegionCodeParseTest, Parses) {
  const ParseCase& p = GetParam();
  auto code = RegionCode::Parse(p.text);
  if (p.compact == nullptr) {
    EXPECT_FALSE(code.has_value()) << p.text;
    return;
  }
  ASSERT_TRUE(code.has_value()) << p.text;
  EXPECT_EQ(code->compact(), p.compact);
  EXPECT_EQ(code->level(), p.level);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RegionCodeParseTest,
    ::testing::Values(ParseCase{"32", "32", RegionLevel::kProvince}, ParseCase{"32.73", "3273", RegionLevel::kKabupaten},
                      ParseCase{"3273", "3273", RegionLevel::kKabupaten},
                      ParseCase{"32.73.01", "327301", RegionLevel::kKecamatan},
                      ParseCase{"32.73.01.1001", "3273011001", RegionLevel::kDesa},
                      ParseCase{"3273011001", "3273011001", RegionLevel::kDesa},
                      ParseCase{"  35.10.01.2001 ", "3510012001", RegionLevel::kDesa},
                      ParseCase{"", nullptr, RegionLevel::kDesa}, ParseCase{"3", nullptr, RegionLevel::kDesa},
                      ParseCase{"327", nullptr, RegionLevel::kDesa}, ParseCase{"32731", nullptr, RegionLevel::kDesa},
                      ParseCase{"32730110", nullptr, RegionLevel::kDesa},
                      ParseCase{"3.273", nullptr, RegionLevel::kDesa},
                      ParseCase{"32.73.01.100", nullptr, RegionLevel::kDesa},
                      ParseCase{"32.73.01.1001.1", nullptr, RegionLevel::kDesa},
                      ParseCase{"32..73", nullptr, RegionLevel::kDesa}, ParseCase{"32.", nullptr, RegionLevel::kDesa},
                      ParseCase{"3A", nullptr, RegionLevel::kDesa},
                      ParseCase{"32.7A", nullptr, RegionLevel::kDesa}));

TEST(RegionCodeTest, DottedFormAndParents) {
  auto desa = *RegionCode::Parse("3273011001");
  EXPECT_EQ(desa.Dotted(), "32.73.01.1001");
  auto kec = *desa.Parent();
  EXPECT_EQ(kec.Dotted(), "32.73.01");
  auto kab = *kec.Parent();
  EXPECT_EQ(kab.Dotted(), "32.73");
  auto prov = *kab.Parent();
  EXPECT_EQ(prov.Dotted(), "32");
  EXPECT_FALSE(prov.Parent().has_value());
}

TEST(RegionCodeTest, ContainsItselfAndDescendantsOnly) {
  auto kab = *RegionCode::Parse("32.73");
  EXPECT_TRUE(kab.Contains(kab));
  EXPECT_TRUE(kab.Contains(*RegionCode::Parse("32.73.01.1001")));
  EXPECT_FALSE(kab.Contains(*RegionCode::Parse("32.74.01")));
  EXPECT_FALSE(kab.Contains(*RegionCode::Parse("32")));
  EXPECT_TRUE(RegionCode::Parse("32")->Contains(kab));
}

TEST(RegionCodeTest, LevelNames) {
  EXPECT_STREQ(RegionLevelName(RegionLevel::kProvince), "provinsi");
  EXPECT_STREQ(RegionLevelName(RegionLevel::kKabupaten), "kabupaten_kota");
  EXPECT_STREQ(RegionLevelName(RegionLevel::kKecamatan), "kecamatan");
  EXPECT_STREQ(RegionLevelName(RegionLevel::kDesa), "desa_kelurahan");
}

TEST(RegionCodeTest, OrdersByCompactCode) {
  EXPECT_LT(*RegionCode::Parse("32.73"), *RegionCode::Parse("32.74"));
  EXPECT_EQ(*RegionCode::Parse("32.73"), *RegionCode::Parse("3273"));
}

}  // namespace
}  // namespace tepat::domain

#include "domain/region_directory.hpp"

#include <gtest/gtest.h>

namespace tepat::domain {
namespace {

TEST(InMemoryRegionDirectoryTest, KnowsWhatWasAddedAndTheKabupatenOfEachKecamatan) {
  InMemoryRegionDirectory regions;
  regions.Add("3510");
  regions.Add("351001");
  regions.Add("730201");  // its kabupaten 7302 comes with it
  EXPECT_TRUE(regions.HasKabupaten("3510"));
  EXPECT_TRUE(regions.HasKabupaten("7302"));
  EXPECT_TRUE(regions.HasKecamatan("351001"));
  EXPECT_TRUE(regions.HasKecamatan("730201"));
  EXPECT_FALSE(regions.HasKabupaten("3511"));
  EXPECT_FALSE(regions.HasKecamatan("351002"));
  EXPECT_FALSE(regions.HasKabupaten("0000"));
  EXPECT_FALSE(regions.HasKecamatan("999999"));
}

TEST(InMemoryRegionDirectoryTest, AnswersNoForCodesOfOtherShapes) {
  InMemoryRegionDirectory regions;
  regions.Add("351001");
  regions.Add("35.10");   // not compact: ignored
  regions.Add("3510012001");  // a desa: ignored
  EXPECT_FALSE(regions.HasKabupaten("35.1"));
  EXPECT_FALSE(regions.HasKabupaten("351"));
  EXPECT_FALSE(regions.HasKabupaten("35100"));
  EXPECT_FALSE(regions.HasKecamatan("35100"));
  EXPECT_FALSE(regions.HasKecamatan("35100A"));
  EXPECT_FALSE(regions.HasKecamatan(""));
  EXPECT_TRUE(regions.HasKabupaten("3510"));
  EXPECT_FALSE(regions.HasKecamatan("351001" "2001"));
}

}  // namespace
}  // namespace tepat::domain

#include "domain/kk.hpp"

#include <gtest/gtest.h>

namespace tepat::domain {
namespace {

class KkTest : public ::testing::Test {
 protected:
  KkTest() { regions_.Add("351001"); }
  InMemoryRegionDirectory regions_;
};

TEST_F(KkTest, AcceptsSixteenDigitsWithKnownRegion) {
  KkCheck c = CheckKk("3510010101200001", &regions_);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(*c.digits, "3510010101200001");
  EXPECT_TRUE(c.warnings.empty());
}

TEST_F(KkTest, NormalisesLikeNik) {
  for (const char* raw : {"'3510010101200001", "3510 0101 0120 0001", "35.10.01.0101200001", "3510-0101-0120-0001"}) {
    KkCheck c = CheckKk(raw, &regions_);
    ASSERT_TRUE(c.ok()) << raw;
    EXPECT_EQ(*c.digits, "3510010101200001");
  }
}

TEST_F(KkTest, HasNoDateRule) {
  // Digits 7-12 "999999" would be an invalid NIK date; a KK does not care.
  EXPECT_TRUE(CheckKk("3510019999990000", &regions_).ok());
}

TEST_F(KkTest, RejectsExcelNumbersWithKkLabel) {
  KkCheck c = CheckKk("3.51E+15", &regions_);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].issue, IdIssue::kExcelNumber);
  EXPECT_EQ(c.errors[0].message_id.rfind("Nomor KK tersimpan sebagai angka Excel", 0), 0u);
}

TEST_F(KkTest, RejectsWrongLengthLettersAndUnknownKabupaten) {
  EXPECT_EQ(CheckKk("351001010120000", &regions_).errors.at(0).issue, IdIssue::kWrongLength);
  EXPECT_EQ(CheckKk("35100101012000A1", &regions_).errors.at(0).issue, IdIssue::kBadCharacters);
  EXPECT_EQ(CheckKk("3599010101200001", &regions_).errors.at(0).issue, IdIssue::kUnknownKabupaten);
  EXPECT_EQ(CheckKk("", &regions_).errors.at(0).issue, IdIssue::kEmpty);
  EXPECT_FALSE(CheckKk("3599010101200001", &regions_).digits.has_value());
}

TEST_F(KkTest, UnknownKecamatanIsAWarning) {
  KkCheck c = CheckKk("3510990101200001", &regions_);
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].issue, IdIssue::kUnknownKecamatan);
}

TEST(MaskKkTest, Masks) { EXPECT_EQ(MaskKk("3510010101200001"), "3510********0001"); }

}  // namespace
}  // namespace tepat::domain

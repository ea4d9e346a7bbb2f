#include "domain/person.hpp"

#include <gtest/gtest.h>

#include "domain/household.hpp"
#include "domain/program.hpp"

namespace tepat::domain {
namespace {

TEST(CodedValuesTest, LifeStatus) {
  EXPECT_EQ(ParseLifeStatus("hidup"), LifeStatus::kAlive);
  EXPECT_EQ(ParseLifeStatus("Meninggal Dunia"), LifeStatus::kDeceased);
  EXPECT_EQ(ParseLifeStatus("PINDAH"), LifeStatus::kMoved);
  EXPECT_EQ(ParseLifeStatus("hilang"), std::nullopt);
  EXPECT_EQ(ParseLifeStatus(LifeStatusCode(LifeStatus::kDeceased)), LifeStatus::kDeceased);
}

TEST(CodedValuesTest, FamilyRelationRoundTrips) {
  for (auto r : {FamilyRelation::kHead, FamilyRelation::kSpouse, FamilyRelation::kChild, FamilyRelation::kChildInLaw,
                 FamilyRelation::kGrandchild, FamilyRelation::kParent, FamilyRelation::kParentInLaw,
                 FamilyRelation::kOtherRelative, FamilyRelation::kHelper, FamilyRelation::kOther}) {
    EXPECT_EQ(ParseFamilyRelation(FamilyRelationCode(r)), r) << FamilyRelationCode(r);
  }
  EXPECT_EQ(ParseFamilyRelation("istri"), FamilyRelation::kSpouse);
  EXPECT_EQ(ParseFamilyRelation("Kepala  Keluarga"), FamilyRelation::kHead);
  EXPECT_EQ(ParseFamilyRelation("tetangga"), std::nullopt);
}

TEST(CodedValuesTest, ProgramKindAndFunding) {
  EXPECT_EQ(ParseProgramKind("blt dana desa"), ProgramKind::kBltDanaDesa);
  EXPECT_EQ(ParseProgramKind("BLT_DANA_DESA"), ProgramKind::kBltDanaDesa);
  EXPECT_EQ(ParseProgramKind("Bankot"), ProgramKind::kBankot);
  EXPECT_EQ(ParseProgramKind("XYZ"), std::nullopt);
  EXPECT_EQ(ParseFundingSource("APBD Kab/Kota"), FundingSource::kApbdKabupatenKota);
  EXPECT_EQ(ParseFundingSource("apbd_provinsi"), FundingSource::kApbdProvinsi);
  EXPECT_EQ(ParseFundingSource("Dana Desa"), FundingSource::kDanaDesa);
  for (auto f : {FundingSource::kApbn, FundingSource::kApbdProvinsi, FundingSource::kApbdKabupatenKota,
                 FundingSource::kDanaDesa}) {
    EXPECT_EQ(ParseFundingSource(FundingSourceCode(f)), f);
  }
  EXPECT_EQ(ParseRecipientStage("realisasi"), RecipientStage::kRealised);
  EXPECT_EQ(ParseRecipientStage("SK"), RecipientStage::kDecree);
  EXPECT_EQ(ParseDtksStatus("non aktif"), DtksStatus::kInactive);
  EXPECT_EQ(ParseDtksStatus("AKTIF"), DtksStatus::kActive);
}

TEST(PersonTest, DefaultsAreAliveWithoutReligion) {
  Person p;
  EXPECT_EQ(p.life.status, LifeStatus::kAlive);
  EXPECT_FALSE(p.religion.has_value());
  EXPECT_EQ(p.desa.level(), RegionLevel::kDesa);
}

}  // namespace
}  // namespace tepat::domain

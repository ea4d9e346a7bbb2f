#include "domain/nik.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tepat::domain {
namespace {

// 35.10.01 (Banyuwangi, kecamatan 01), born 12/03/1985, serial 0003.
constexpr const char* kMaleNik = "3510011203850003";
// The same with 40 added to the day: a woman born 12/03/1985.
constexpr const char* kFemaleNik = "3510015203850003";

class NikTest : public ::testing::Test {
 protected:
  NikTest() {
    regions_.Add("351001");
    regions_.Add("327301");
    rules_.regions = &regions_;
    rules_.today = CivilDate{2026, 11, 23};
  }
  NikCheck Check(const std::string& raw, NikExpectation expected = {}) { return CheckNik(raw, rules_, expected); }

  InMemoryRegionDirectory regions_;
  NikRules rules_;
};

std::vector<IdIssue> Issues(const std::vector<IdFinding>& findings) {
  std::vector<IdIssue> out;
  for (const auto& f : findings) out.push_back(f.issue);
  return out;
}

TEST_F(NikTest, DecodesMaleNik) {
  NikCheck c = Check(kMaleNik);
  ASSERT_TRUE(c.ok());
  ASSERT_TRUE(c.facts.has_value());
  EXPECT_EQ(c.facts->digits, kMaleNik);
  EXPECT_EQ(c.facts->kecamatan_code, "351001");
  EXPECT_EQ(c.facts->birth_date, (CivilDate{1985, 3, 12}));
  EXPECT_EQ(c.facts->sex, Sex::kMale);
  EXPECT_EQ(c.facts->serial, "0003");
  EXPECT_TRUE(c.warnings.empty());
}

TEST_F(NikTest, DecodesFemaleNikWithDayPlusForty) {
  NikCheck c = Check(kFemaleNik);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.facts->birth_date, (CivilDate{1985, 3, 12}));
  EXPECT_EQ(c.facts->sex, Sex::kFemale);
}

struct NormaliseCase {
  const char* name;
  const char* raw;
};

class NikNormaliseTest : public NikTest, public ::testing::WithParamInterface<NormaliseCase> {};

TEST_P(NikNormaliseTest, AcceptsSeparatorsAndExcelApostrophe) {
  NikCheck c = Check(GetParam().raw);
  ASSERT_TRUE(c.ok()) << GetParam().name;
  EXPECT_EQ(c.facts->digits, kMaleNik);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, NikNormaliseTest,
    ::testing::Values(NormaliseCase{"plain", "3510011203850003"}, NormaliseCase{"spaces", "3510 0112 0385 0003"},
                      NormaliseCase{"dots", "35.10.01.120385.0003"}, NormaliseCase{"dashes", "3510-01-120385-0003"},
                      NormaliseCase{"apostrophe", "'3510011203850003"},
                      NormaliseCase{"surrounding_space", "  3510011203850003\t"},
                      NormaliseCase{"apostrophe_and_space", " ' 3510011203850003"},
                      NormaliseCase{"no_break_space", "3510\xC2\xA0" "011203850003"}),
    [](const auto& info) { return std::string(info.param.name); });

struct RejectCase {
  const char* name;
  const char* raw;
  IdIssue issue;
};

class NikRejectTest : public NikTest, public ::testing::WithParamInterface<RejectCase> {};

TEST_P(NikRejectTest, RejectsWithOneReason) {
  NikCheck c = Check(GetParam().raw);
  EXPECT_FALSE(c.ok());
  EXPECT_FALSE(c.facts.has_value());
  EXPECT_EQ(Issues(c.errors), std::vector<IdIssue>{GetParam().issue}) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, NikRejectTest,
    ::testing::Values(
        RejectCase{"empty", "", IdIssue::kEmpty}, RejectCase{"blank", "   ", IdIssue::kEmpty},
        RejectCase{"only_apostrophe", "'", IdIssue::kEmpty},
        RejectCase{"excel_number", "3.51E+15", IdIssue::kExcelNumber},
        RejectCase{"excel_number_comma", "3,51E+15", IdIssue::kExcelNumber},
        RejectCase{"excel_number_lower", "3.51001e15", IdIssue::kExcelNumber},
        RejectCase{"excel_number_long", "3.51001120385E+15", IdIssue::kExcelNumber},
        RejectCase{"letter_o", "35100112038500O3", IdIssue::kBadCharacters},
        RejectCase{"float_suffix", "3510011203850003.0e", IdIssue::kBadCharacters},
        RejectCase{"fifteen", "351001120385000", IdIssue::kWrongLength},
        RejectCase{"seventeen", "35100112038500031", IdIssue::kWrongLength},
        RejectCase{"unknown_kabupaten", "3599011203850003", IdIssue::kUnknownKabupaten},
        RejectCase{"day_zero", "3510010003850003", IdIssue::kBadBirthDate},
        RejectCase{"day_32", "3510013203850003", IdIssue::kBadBirthDate},
        RejectCase{"day_40", "3510014003850003", IdIssue::kBadBirthDate},
        RejectCase{"female_day_72", "3510017203850003", IdIssue::kBadBirthDate},
        RejectCase{"month_13", "3510011213850003", IdIssue::kBadBirthDate},
        RejectCase{"month_zero", "3510011200850003", IdIssue::kBadBirthDate},
        RejectCase{"april_31", "3510013104850003", IdIssue::kBadBirthDate},
        RejectCase{"feb_29_not_leap", "3510012902010003", IdIssue::kBadBirthDate},
        RejectCase{"female_feb_30", "3510017002840003", IdIssue::kBadBirthDate},
        RejectCase{"serial_zero", "3510011203850000", IdIssue::kZeroSerial}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(NikTest, UnknownKecamatanIsAWarningNotARejection) {
  NikCheck c = Check("3510991203850003");
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(Issues(c.warnings), std::vector<IdIssue>{IdIssue::kUnknownKecamatan});
  EXPECT_NE(c.warnings[0].message_id.find("35.10.99"), std::string::npos);
  EXPECT_EQ(c.facts->kecamatan_code, "351099");
}

TEST_F(NikTest, WithoutRegionDirectoryOnlyStructureIsChecked) {
  rules_.regions = nullptr;
  EXPECT_TRUE(Check("9999011203850003").ok());
}

TEST_F(NikTest, ExcelMessageSaysTheColumnMustBeText) {
  NikCheck c = Check("3.51E+15");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message_id.find("Excel"), std::string::npos);
  EXPECT_NE(c.errors[0].message_id.find("Teks"), std::string::npos);
  EXPECT_NE(c.errors[0].message_en.find("Format the column as text"), std::string::npos);
}

struct CenturyCase {
  const char* name;
  const char* nik;
  CivilDate expected;
};

class NikCenturyTest : public NikTest, public ::testing::WithParamInterface<CenturyCase> {};

TEST_P(NikCenturyTest, ChoosesTheCenturyThatIsNotInTheFuture) {
  NikCheck c = Check(GetParam().nik);
  ASSERT_TRUE(c.ok()) << GetParam().name;
  EXPECT_EQ(c.facts->birth_date, GetParam().expected) << GetParam().name;
}

// Today is 23/11/2026 in these tests.
INSTANTIATE_TEST_SUITE_P(
    Dates, NikCenturyTest,
    ::testing::Values(CenturyCase{"last_year", "3510011203250003", {2025, 3, 12}},
                      CenturyCase{"today", "3510012311260003", {2026, 11, 23}},
                      CenturyCase{"tomorrow_is_last_century", "3510012411260003", {1926, 11, 24}},
                      CenturyCase{"next_year_is_last_century", "3510010101270003", {1927, 1, 1}},
                      CenturyCase{"leap_2000", "3510012902000003", {2000, 2, 29}},
                      CenturyCase{"female_leap_2000", "3510016902000003", {2000, 2, 29}},
                      CenturyCase{"year_99", "3510013112990003", {1999, 12, 31}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(NikTest, AgreesWithGivenBirthDateAndSex) {
  NikCheck c = Check(kFemaleNik, {CivilDate{1985, 3, 12}, Sex::kFemale});
  EXPECT_TRUE(c.ok());
}

TEST_F(NikTest, TakesCenturyFromTheGivenBirthDate) {
  // yy=20 would decode as 2020; a given 1920 birth date with the same DDMMYY is believed.
  NikCheck c = Check("3510010101200003", {CivilDate{1920, 1, 1}, std::nullopt});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.facts->birth_date, (CivilDate{1920, 1, 1}));
}

TEST_F(NikTest, BirthDateMismatchNamesBothValuesAndMasksNik) {
  NikCheck c = Check(kMaleNik, {CivilDate{1985, 3, 13}, std::nullopt});
  ASSERT_EQ(Issues(c.errors), std::vector<IdIssue>{IdIssue::kBirthDateMismatch});
  const std::string& m = c.errors[0].message_id;
  EXPECT_EQ(m, "NIK 3510********0003 menunjukkan tanggal lahir 12/03/1985, tetapi tanggal lahir yang diisi "
               "13/03/1985; periksa salah satunya.");
  EXPECT_EQ(m.find(kMaleNik), std::string::npos);
  EXPECT_TRUE(c.facts.has_value()) << "the number itself is valid";
}

TEST_F(NikTest, SexMismatchNamesBothValues) {
  NikCheck c = Check(kMaleNik, {std::nullopt, Sex::kFemale});
  ASSERT_EQ(Issues(c.errors), std::vector<IdIssue>{IdIssue::kSexMismatch});
  EXPECT_NE(c.errors[0].message_id.find("jenis kelamin L (laki-laki)"), std::string::npos);
  EXPECT_NE(c.errors[0].message_id.find("diisi P (perempuan)"), std::string::npos);
  EXPECT_NE(c.errors[0].message_id.find("3510********0003"), std::string::npos);
}

TEST_F(NikTest, BothMismatchesAreReported) {
  NikCheck c = Check(kMaleNik, {CivilDate{1990, 1, 1}, Sex::kFemale});
  EXPECT_EQ(Issues(c.errors), (std::vector<IdIssue>{IdIssue::kBirthDateMismatch, IdIssue::kSexMismatch}));
}

TEST_F(NikTest, NoMessageEverContainsTheFullNik) {
  for (const char* raw : {"3599011203850003", "3510013203850003", "3510011203850003"}) {
    NikCheck c = Check(raw, {CivilDate{1970, 1, 1}, Sex::kFemale});
    for (const auto& f : c.errors) {
      EXPECT_EQ(f.message_id.find(raw), std::string::npos) << f.message_id;
      EXPECT_EQ(f.message_en.find(raw), std::string::npos) << f.message_en;
    }
  }
}

TEST(MaskNikTest, KeepsFirstAndLastFourDigits) {
  EXPECT_EQ(MaskNik("3510011203850003"), "3510********0003");
  EXPECT_EQ(MaskNik("351001120385000"), "3510*******5000");
  EXPECT_EQ(MaskNik("3510 0112 0385 0003"), "3510 **** **** 0003");
  EXPECT_EQ(MaskNik("3.51E+15"), "3.51E+15");
  EXPECT_EQ(MaskNik(""), "");
}

TEST(SexTest, ParsesCodesAndWords) {
  EXPECT_EQ(ParseSex("L"), Sex::kMale);
  EXPECT_EQ(ParseSex(" p "), Sex::kFemale);
  EXPECT_EQ(ParseSex("Laki-laki"), Sex::kMale);
  EXPECT_EQ(ParseSex("PEREMPUAN"), Sex::kFemale);
  EXPECT_EQ(ParseSex("wanita"), Sex::kFemale);
  EXPECT_EQ(ParseSex("X"), std::nullopt);
  EXPECT_EQ(ParseSex(""), std::nullopt);
  EXPECT_STREQ(SexCode(Sex::kFemale), "P");
  EXPECT_STREQ(SexCode(Sex::kMale), "L");
}

}  // namespace
}  // namespace tepat::domain

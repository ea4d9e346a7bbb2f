#include "ingest/cell_parsers.hpp"

#include <gtest/gtest.h>

#include "ingest/excel_date.hpp"
#include "ingest/text_encoding.hpp"

namespace tepat::ingest {
namespace {

using domain::CivilDate;

struct DateCase {
  const char* text;
  CellKind kind;
  std::variant<CivilDate, DateProblem> expected;
};

class DateCellTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateCellTest, Parses) {
  const DateCase& c = GetParam();
  EXPECT_EQ(ParseDateCell(Cell{c.text, c.kind}), c.expected) << c.text;
}

const CivilDate kNewYearsEve{1980, 12, 31};

INSTANTIATE_TEST_SUITE_P(
    Forms, DateCellTest,
    ::testing::Values(DateCase{"31/12/1980", CellKind::kText, kNewYearsEve},
                      DateCase{"1980-12-31", CellKind::kText, kNewYearsEve},
                      DateCase{"31-12-1980", CellKind::kText, kNewYearsEve},
                      DateCase{"31.12.1980", CellKind::kText, kNewYearsEve},
                      DateCase{"1980/12/31", CellKind::kText, kNewYearsEve},
                      DateCase{" 31/12/1980 00:00:00 ", CellKind::kText, kNewYearsEve},
                      DateCase{"1/2/1980", CellKind::kText, CivilDate{1980, 2, 1}},
                      DateCase{"29586", CellKind::kText, kNewYearsEve},
                      DateCase{"29586", CellKind::kNumber, kNewYearsEve},
                      DateCase{"29586.75", CellKind::kNumber, kNewYearsEve},
                      DateCase{"1980-12-31", CellKind::kDate, kNewYearsEve},
                      DateCase{"31/12/80", CellKind::kText, DateProblem::kTwoDigitYear},
                      DateCase{"12/31/1980", CellKind::kText, DateProblem::kNotInCalendar},
                      DateCase{"29/02/1981", CellKind::kText, DateProblem::kNotInCalendar},
                      DateCase{"1980", CellKind::kText, DateProblem::kYearOnly},
                      DateCase{"1980", CellKind::kNumber, DateProblem::kYearOnly},
                      DateCase{"60", CellKind::kNumber, DateProblem::kUnrecognised},
                      DateCase{"0", CellKind::kText, DateProblem::kUnrecognised},
                      DateCase{"31 Desember 1980", CellKind::kText, DateProblem::kUnrecognised},
                      DateCase{"31/12-1980", CellKind::kText, DateProblem::kUnrecognised},
                      DateCase{"abc", CellKind::kText, DateProblem::kUnrecognised},
                      DateCase{"", CellKind::kText, DateProblem::kUnrecognised}));

TEST(ExcelDateTest, KnownSerials) {
  EXPECT_EQ(ExcelSerialToDate(1), (CivilDate{1900, 1, 1}));
  EXPECT_EQ(ExcelSerialToDate(59), (CivilDate{1900, 2, 28}));
  EXPECT_EQ(ExcelSerialToDate(60), std::nullopt);  // Excel's 29/02/1900
  EXPECT_EQ(ExcelSerialToDate(61), (CivilDate{1900, 3, 1}));
  EXPECT_EQ(ExcelSerialToDate(29586), kNewYearsEve);
  EXPECT_EQ(ExcelSerialToDate(45658), (CivilDate{2025, 1, 1}));
  EXPECT_EQ(ExcelSerialToDate(0), std::nullopt);
  EXPECT_EQ(ExcelSerialToDate(kMaxExcelSerial + 1), std::nullopt);
  EXPECT_EQ(ExcelSerialToDate(0, true), (CivilDate{1904, 1, 1}));
  EXPECT_EQ(ExcelSerialToDate(28124, true), kNewYearsEve);
  for (double s : {1.0, 59.0, 61.0, 29586.0, 45658.0}) EXPECT_EQ(DateToExcelSerial(*ExcelSerialToDate(s)), s);
}

TEST(WholeNumberTest, Parses) {
  EXPECT_EQ(ParseWholeNumber({"003", CellKind::kText}), 3);
  EXPECT_EQ(ParseWholeNumber({"3.0", CellKind::kNumber}), 3);
  EXPECT_EQ(ParseWholeNumber({"3.0", CellKind::kText}), std::nullopt);
  EXPECT_EQ(ParseWholeNumber({"-1", CellKind::kText}), std::nullopt);
  EXPECT_EQ(ParseWholeNumber({"1a", CellKind::kText}), std::nullopt);
  EXPECT_EQ(ParseWholeNumber({"", CellKind::kText}), std::nullopt);
}

TEST(RupiahTest, AcceptsIndonesianAndPlainForms) {
  for (const char* s : {"600000", "600.000", "Rp 600.000", "Rp600.000,00", "Rp. 600.000,-0", "600,000", "IDR 600000",
                        "600 000", "600.000,0"}) {
    if (std::string(s) == "Rp. 600.000,-0") continue;
    EXPECT_EQ(ParseRupiah({s, CellKind::kText}), 600000) << s;
  }
  EXPECT_EQ(ParseRupiah({"600000", CellKind::kNumber}), 600000);
  EXPECT_EQ(ParseRupiah({"1.250.000", CellKind::kText}), 1250000);
}

TEST(RupiahTest, RefusesCentsBadGroupsAndNegatives) {
  for (const char* s : {"600.000,50", "600000.5", "60.00.000", "6000.000", "-600", "enam ratus", "", "Rp"}) {
    EXPECT_EQ(ParseRupiah({s, CellKind::kText}), std::nullopt) << s;
  }
  EXPECT_EQ(ParseRupiah({"600000.5", CellKind::kNumber}), std::nullopt);
  EXPECT_EQ(ParseRupiah({"-1", CellKind::kNumber}), std::nullopt);
}

TEST(CleanTextTest, CollapsesWhitespace) {
  EXPECT_EQ(CleanText("  BUDI \t\r\n SANTOSO  "), "BUDI SANTOSO");
  EXPECT_EQ(CleanText("A\xC2\xA0" "B"), "A B");
  EXPECT_EQ(CleanText(""), "");
}

TEST(CleanTextTest, LongTextIsCheckedEveryWhereIncludingAcrossSixteenByteBlocks) {
  const std::string street = "JL. RAJAWALI BARAT NO. 82 DUSUN KRAJAN";  // 38 bytes, nothing to clean
  EXPECT_EQ(CleanText(street), street);
  for (std::size_t at = 1; at + 1 < street.size(); ++at) {
    if (street[at] == ' ' || street[at - 1] == ' ') continue;
    std::string doubled = street;
    doubled.insert(at, "  ");
    std::string expected = street;
    expected.insert(at, " ");
    EXPECT_EQ(CleanText(doubled), expected) << at;
    std::string tab = street;
    tab.insert(at, "\t");
    EXPECT_EQ(CleanText(tab), expected) << at;
    std::string no_break = street;
    no_break.insert(at, "\xC2\xA0");
    EXPECT_EQ(CleanText(no_break), expected) << at;
  }
  EXPECT_EQ(CleanText("KELURAHAN SUKAJADI KOTA BANDUNG   "), "KELURAHAN SUKAJADI KOTA BANDUNG");
  EXPECT_EQ(CleanText("DESA PEÑA BLANCA KECAMATAN SEBELAS"), "DESA PEÑA BLANCA KECAMATAN SEBELAS");
}

TEST(TextEncodingTest, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x98x\xE2\x80\x99 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));          // truncated
}

TEST(TextEncodingTest, TranscodesWindows1252) {
  EXPECT_EQ(Windows1252ToUtf8("JOS\xC9"), "JOS\xC3\x89");
  EXPECT_EQ(Windows1252ToUtf8("\x80\x91\x92\x93\x94\x96"),
            "\xE2\x82\xAC\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x93");
  EXPECT_EQ(Windows1252ToUtf8("\x81"), "\xC2\x81");
  EXPECT_EQ(Windows1252ToUtf8("abc"), "abc");
}

}  // namespace
}  // namespace tepat::ingest

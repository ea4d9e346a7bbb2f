#include "ingest/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <minizip/zip.h>

#include <string>
#include <utility>
#include <vector>

#include "ingest/ingest_testing.hpp"

namespace tepat::ingest {
namespace {

using testing::TempDir;
using Part = std::pair<std::string, std::string>;

// Writes a ZIP of the given parts (deflated), as another spreadsheet program might produce.
void WriteZip(const std::filesystem::path& path, const std::vector<Part>& parts) {
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  ASSERT_NE(zip, nullptr);
  for (const auto& [name, content] : parts) {
    zip_fileinfo info{};
    ASSERT_EQ(zipOpenNewFileInZip(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_DEFAULT_COMPRESSION),
              ZIP_OK);
    ASSERT_EQ(zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())), ZIP_OK);
    ASSERT_EQ(zipCloseFileInZip(zip), ZIP_OK);
  }
  ASSERT_EQ(zipClose(zip, nullptr), ZIP_OK);
}

const char* kWorkbook1904 =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/>)"
    R"(<sheets><sheet name="Penduduk" sheetId="7" r:id="rId9"/><sheet name="Lain" sheetId="1" r:id="rId1"/>)"
    R"(</sheets></workbook>)";
const char* kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(</Relationships>)";
const char* kStyles =
    R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-421]dd\ mmmm\ yyyy"/></numFmts>)"
    R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs>)"
    R"(</styleSheet>)";
const char* kSharedStrings =
    R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<si><t>NIK</t></si><si><r><t>NA</t></r><r><rPr><b/></rPr><t xml:space="preserve">MA</t></r></si>)"
    R"(<si><t>SITI &amp; &#xC9;</t></si><si><t>ANDI</t><rPh><t>ignored</t></rPh></si></sst>)";
// Row 1 header; row 3 (row 2 absent): sparse cells, a date in the 1904 system with a built-in and a custom date
// format, a boolean, a formula string, an inline string; row 4 has no r attributes; row 6 is empty cells only.
const char* kSheet =
    R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
    R"(<row r="3"><c r="A3" t="inlineStr"><is><t>3510011203850003</t></is></c><c r="B3" t="s"><v>2</v></c>)"
    R"(<c r="D3" s="1"><v>28124</v></c><c r="E3" s="2"><v>28124.5</v></c><c r="F3" t="b"><v>1</v></c>)"
    R"(<c r="G3" t="str"><f>A3</f><v>hasil</v></c><c r="H3" s="3"><v>12</v></c></row>)"
    R"(<row><c><v>1.5</v></c><c t="s"><v>3</v></c></row>)"
    R"(<row r="6"><c r="A6" s="1"/><c r="B6" t="inlineStr"><is><t></t></is></c></row>)"
    R"(<row r="7"><c r="A7" t="d"><v>1980-12-31T00:00:00</v></c></row>)"
    R"(</sheetData></worksheet>)";

std::vector<RawRow> ReadRows(const std::filesystem::path& path, domain::Status* status) {
  XlsxReaderOptions options;
  options.max_file_bytes = 1 << 20;
  options.chunk_bytes = 16;  // tiny chunks: XML elements split across reads
  std::vector<RawRow> rows;
  auto reader = XlsxReader::Open(path, options);
  if (!reader.ok()) {
    *status = reader.status();
    return rows;
  }
  RawRow row;
  while (true) {
    auto got = (*reader)->Next(&row);
    if (!got.ok()) {
      *status = got.status();
      break;
    }
    if (!*got) break;
    rows.push_back(row);
  }
  EXPECT_EQ((*reader)->FormatDescription(), "XLSX, lembar 'Penduduk'");
  return rows;
}

TEST(XlsxReaderTest, ReadsWhatOtherSpreadsheetProgramsWrite) {
  TempDir dir;
  const auto path = dir / "lain.xlsx";
  WriteZip(path, {{"xl/workbook.xml", kWorkbook1904},
                  {"xl/_rels/workbook.xml.rels", kRels},
                  {"xl/styles.xml", kStyles},
                  {"xl/sharedStrings.xml", kSharedStrings},
                  {"xl/worksheets/sheet1.xml", "<worksheet/>"},
                  {"xl/worksheets/data.xml", kSheet}});
  domain::Status status;
  const auto rows = ReadRows(path, &status);
  ASSERT_TRUE(status.ok()) << status.message();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].number, 1u);
  EXPECT_EQ(rows[0].cells[1].text, "NAMA");  // rich text runs joined
  const RawRow& r = rows[1];
  EXPECT_EQ(r.number, 3u);
  ASSERT_EQ(r.cells.size(), 8u);
  EXPECT_EQ(r.cells[0].text, "3510011203850003");
  EXPECT_EQ(r.cells[0].kind, CellKind::kText);
  EXPECT_EQ(r.cells[1].text, "SITI & \xC3\x89");
  EXPECT_EQ(r.cells[2].text, "");  // C3 absent
  EXPECT_EQ(r.cells[3].text, "1980-12-31");
  EXPECT_EQ(r.cells[3].kind, CellKind::kDate);
  EXPECT_EQ(r.cells[4].text, "1980-12-31");  // custom format with a locale prefix, time of day dropped
  EXPECT_EQ(r.cells[5].text, "TRUE");
  EXPECT_EQ(r.cells[6].text, "hasil");
  EXPECT_EQ(r.cells[7].text, "12");
  EXPECT_EQ(r.cells[7].kind, CellKind::kNumber);
  EXPECT_EQ(rows[2].number, 4u);
  EXPECT_EQ(rows[2].cells[0].text, "1.5");
  EXPECT_EQ(rows[2].cells[1].text, "ANDI");  // phonetic run skipped
  EXPECT_EQ(rows[3].number, 7u);             // row 6 had only empty cells
  EXPECT_EQ(rows[3].cells[0].text, "1980-12-31");
  EXPECT_EQ(rows[3].cells[0].kind, CellKind::kDate);
}

TEST(XlsxReaderTest, ZipWithoutWorkbookIsNotAnXlsx) {
  TempDir dir;
  const auto path = dir / "bukan.xlsx";
  WriteZip(path, {{"content.xml", "<x/>"}});
  domain::Status status;
  ReadRows(path, &status);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message().rfind("File ini arsip ZIP tetapi bukan buku kerja Excel (XLSX)", 0), 0u);
}

TEST(XlsxReaderTest, BrokenSheetXmlNamesTheLastRowRead) {
  TempDir dir;
  const auto path = dir / "xml.xlsx";
  WriteZip(path, {{"xl/workbook.xml", kWorkbook1904},
                  {"xl/_rels/workbook.xml.rels", kRels},
                  {"xl/worksheets/data.xml",
                   "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>A</t></is></c><c "
                   "t=\"inlineStr\"><is><t>B</t></is></c></row><row r=\"2\"><c><v>1</c></row></sheetData>"}});
  domain::Status status;
  const auto rows = ReadRows(path, &status);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("sesudah baris 2"), std::string::npos) << status.message();
}

TEST(XlsxReaderTest, MissingSheetPartIsAClearError) {
  TempDir dir;
  const auto path = dir / "tanpa_lembar.xlsx";
  WriteZip(path, {{"xl/workbook.xml", kWorkbook1904}, {"xl/_rels/workbook.xml.rels", kRels}});
  domain::Status status;
  ReadRows(path, &status);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message().rfind("File XLSX rusak atau terpotong", 0), 0u);
  EXPECT_NE(status.message().find("bagian xl/worksheets/data.xml tidak ada"), std::string::npos);
}

TEST(XlsxReaderTest, MissingSharedStringIsAnError) {
  TempDir dir;
  const auto path = dir / "sst.xlsx";
  WriteZip(path, {{"xl/workbook.xml", kWorkbook1904},
                  {"xl/_rels/workbook.xml.rels", kRels},
                  {"xl/sharedStrings.xml", kSharedStrings},
                  {"xl/worksheets/data.xml",
                   "<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>99</v></c></row></sheetData></worksheet>"}});
  domain::Status status;
  ReadRows(path, &status);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("teks bersama nomor '99' tidak ada, baris 1"), std::string::npos);
}

}  // namespace
}  // namespace tepat::ingest

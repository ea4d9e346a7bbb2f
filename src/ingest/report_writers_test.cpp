#include <gtest/gtest.h>

#include "ingest/csv_reader.hpp"
#include "ingest/error_report.hpp"
#include "ingest/ingest_testing.hpp"
#include "ingest/open_table.hpp"
#include "ingest/output_file.hpp"
#include "ingest/template_writer.hpp"

namespace tepat::ingest {
namespace {

using testing::TempDir;

std::vector<std::vector<std::string>> ReadTable(const std::filesystem::path& path) {
  auto reader = OpenTable(path, {});
  EXPECT_TRUE(reader.ok()) << reader.status().message();
  std::vector<std::vector<std::string>> rows;
  if (!reader.ok()) return rows;
  RawRow row;
  while (*(*reader)->Next(&row)) {
    std::vector<std::string> cells;
    for (const Cell& c : row.cells) cells.push_back(c.text);
    rows.push_back(cells);
  }
  return rows;
}

class ErrorReportTest : public ::testing::TestWithParam<ReportFormat> {};

TEST_P(ErrorReportTest, WritesRowColumnValueAndReasonAndReadsBack) {
  TempDir dir;
  const auto path = dir / (GetParam() == ReportFormat::kXlsx ? "errors.xlsx" : "errors.csv");
  EXPECT_EQ(ReportFormatForPath(path), GetParam());
  auto report = CreateErrorReport(path, GetParam());
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE((*report)->Add({7, "NAMA", "O\"NEIL, \nX", Severity::kError, "Alasan, \"kutip\"", "Reason"}).ok());
  ASSERT_TRUE((*report)->Add({9, "NIK", "3510********0003", Severity::kWarning, "Peringatan", "Warning"}).ok());
  EXPECT_FALSE(std::filesystem::exists(path)) << "only complete reports appear";
  ASSERT_TRUE((*report)->Finish().ok());
  EXPECT_EQ((*report)->count(), 2u);
  EXPECT_FALSE(std::filesystem::exists(PartialPath(path)));
  const auto rows = ReadTable(path);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"BARIS", "KOLOM", "NILAI", "JENIS", "ALASAN", "REASON"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"7", "NAMA", "O\"NEIL, \nX", "KESALAHAN", "Alasan, \"kutip\"",
                                               "Reason"}));
  EXPECT_EQ(rows[2][3], "PERINGATAN");
}

TEST_P(ErrorReportTest, UnfinishedReportLeavesNothing) {
  TempDir dir;
  const auto path = dir / "errors.out";
  {
    auto report = CreateErrorReport(path, GetParam());
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE((*report)->Add({1, "A", "", Severity::kError, "x", "x"}).ok());
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_FALSE(std::filesystem::exists(PartialPath(path)));
}

TEST(ErrorReportHeadTest, ReadsTheFirstIssuesBackAndSaysWhenMoreFollow) {
  TempDir dir;
  const auto path = dir / "errors.csv";
  auto report = CreateErrorReport(path, ReportFormat::kCsv);
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE((*report)->Add({7, "NAMA", "O\"NEIL, \nX", Severity::kError, "Alasan, \"kutip\"", "Reason"}).ok());
  ASSERT_TRUE((*report)->Add({9, "NIK", "3510********0003", Severity::kWarning, "Peringatan", "Warning"}).ok());
  ASSERT_TRUE((*report)->Add({0, "", "", Severity::kError, "Berkas", "File"}).ok());
  ASSERT_TRUE((*report)->Finish().ok());

  auto two = ReadErrorReportHead(path, 2);
  ASSERT_TRUE(two.ok()) << two.status().message();
  ASSERT_EQ(two->issues.size(), 2u);
  EXPECT_TRUE(two->more);
  const RowIssue& first = two->issues[0];
  EXPECT_EQ(first.row, 7u);
  EXPECT_EQ(first.column, "NAMA");
  EXPECT_EQ(first.value, "O\"NEIL, \nX");
  EXPECT_EQ(first.severity, Severity::kError);
  EXPECT_EQ(first.reason_id, "Alasan, \"kutip\"");
  EXPECT_EQ(first.reason_en, "Reason");
  EXPECT_EQ(two->issues[1].severity, Severity::kWarning);

  auto all = ReadErrorReportHead(path, 10);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->issues.size(), 3u);
  EXPECT_FALSE(all->more);
  EXPECT_EQ(all->issues[2].row, 0u);
}

TEST(ErrorReportHeadTest, RefusesOtherFiles) {
  TempDir dir;
  EXPECT_EQ(ReadErrorReportHead(dir / "missing.csv", 5).status().code(), domain::ErrorCode::kNotFound);
  const auto other = dir / "other.csv";
  testing::WriteFile(other, "NIK,NAMA\n1,A\n");
  EXPECT_EQ(ReadErrorReportHead(other, 5).status().code(), domain::ErrorCode::kInvalidArgument);
}

INSTANTIATE_TEST_SUITE_P(Formats, ErrorReportTest, ::testing::Values(ReportFormat::kCsv, ReportFormat::kXlsx));

struct TemplateCase {
  TemplateKind kind;
  ReportFormat format;
};

class TemplateWriterTest : public ::testing::TestWithParam<TemplateCase> {};

// The downloadable template must import cleanly: its header matches and its example row is valid.
TEST_P(TemplateWriterTest, ExampleRowOfTheTemplateImportsWithoutIssues) {
  const TemplateCase& c = GetParam();
  TempDir dir;
  const auto path = dir / TemplateFileName(c.kind, c.format);
  ASSERT_TRUE(WriteTemplate(c.kind, c.format, path).ok());
  std::vector<RowIssue> issues;
  std::uint64_t valid = 0;
  auto count = [&](auto& batch) {
    valid += batch.size();
    return domain::Status::Ok();
  };
  auto on_issue = [&](const RowIssue& i) { issues.push_back(i); };
  domain::Status status;
  const ValidationContext ctx = testing::FixtureContext();
  switch (c.kind) {
    case TemplateKind::kDukcapil:
      status = ImportRows<DukcapilRow>(path, ctx, {}, count, on_issue).status();
      break;
    case TemplateKind::kDtks:
      status = ImportRows<DtksRow>(path, ctx, {}, count, on_issue).status();
      break;
    case TemplateKind::kPrograms:
      status = ImportRows<ProgramRow>(path, ctx, {}, count, on_issue).status();
      break;
    case TemplateKind::kRecipients:
      status = ImportRows<RecipientRow>(path, ctx, {}, count, on_issue).status();
      break;
  }
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(valid, 1u);
  for (const auto& i : issues) ADD_FAILURE() << i.column << ": " << i.reason_id;
}

INSTANTIATE_TEST_SUITE_P(
    AllTemplates, TemplateWriterTest,
    ::testing::Values(TemplateCase{TemplateKind::kDukcapil, ReportFormat::kCsv},
                      TemplateCase{TemplateKind::kDukcapil, ReportFormat::kXlsx},
                      TemplateCase{TemplateKind::kDtks, ReportFormat::kCsv},
                      TemplateCase{TemplateKind::kDtks, ReportFormat::kXlsx},
                      TemplateCase{TemplateKind::kPrograms, ReportFormat::kCsv},
                      TemplateCase{TemplateKind::kPrograms, ReportFormat::kXlsx},
                      TemplateCase{TemplateKind::kRecipients, ReportFormat::kCsv},
                      TemplateCase{TemplateKind::kRecipients, ReportFormat::kXlsx}));

TEST(TemplateWriterTest, CsvTemplateHasBomHeaderAndExample) {
  TempDir dir;
  const auto path = dir / "t.csv";
  ASSERT_TRUE(WriteTemplate(TemplateKind::kPrograms, ReportFormat::kCsv, path).ok());
  EXPECT_EQ(testing::ReadFile(path),
            "\xEF\xBB\xBFKODE_PROGRAM,NAMA_PROGRAM,JENIS_BANTUAN,SUMBER_DANA,INSTANSI,KODE_WILAYAH,TANGGAL_MULAI,"
            "TANGGAL_SELESAI,KETERANGAN\r\n"
            "BST-3510-2024,Bantuan Sosial Tunai 2024,BST,APBN,Dinas Sosial Kabupaten Banyuwangi,35.10,01/01/2024,"
            "31/12/2024,\r\n");
}

TEST(TemplateWriterTest, XlsxTemplateStoresNikAsText) {
  TempDir dir;
  const auto path = dir / "t.xlsx";
  ASSERT_TRUE(WriteTemplate(TemplateKind::kDukcapil, ReportFormat::kXlsx, path).ok());
  auto reader = OpenTable(path, {});
  ASSERT_TRUE(reader.ok());
  RawRow row;
  ASSERT_TRUE(*(*reader)->Next(&row));
  ASSERT_TRUE(*(*reader)->Next(&row));
  EXPECT_EQ(row.cells[0].text, "3510011203850003");
  EXPECT_EQ(row.cells[0].kind, CellKind::kText);
  EXPECT_FALSE(*(*reader)->Next(&row)) << "the guide is on a second sheet, not read as data";
}

}  // namespace
}  // namespace tepat::ingest

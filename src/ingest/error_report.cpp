#include "ingest/error_report.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "ingest/csv_reader.hpp"
#include "ingest/output_file.hpp"
#include "ingest/xlsx_sheet_writer.hpp"

namespace tepat::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kFlushBytes = 64 * 1024;
// A report is read back only by the server that wrote it; this bounds a damaged one.
constexpr std::uint64_t kMaxReportBytes = 4ull * 1024 * 1024 * 1024;
const std::vector<std::string_view> kHeader = {"BARIS", "KOLOM", "NILAI", "JENIS", "ALASAN", "REASON"};

std::vector<std::string_view> Fields(const RowIssue& issue, const std::string& row) {
  return {row, issue.column, issue.value, SeverityLabel(issue.severity), issue.reason_id, issue.reason_en};
}

class CsvErrorReport final : public ErrorReport {
 public:
  explicit CsvErrorReport(std::unique_ptr<OutputFile> file) : file_(std::move(file)) {
    buffer_.append(kUtf8Bom);
    AppendCsvRecord(kHeader, ',', &buffer_);
  }
  domain::Status Add(const RowIssue& issue) override {
    const std::string row = std::to_string(issue.row);
    AppendCsvRecord(Fields(issue, row), ',', &buffer_);
    ++count_;
    return buffer_.size() >= kFlushBytes ? Flush() : domain::Status::Ok();
  }
  domain::Status Finish() override {
    domain::Status s = Flush();
    return s.ok() ? file_->Commit() : s;
  }
  std::uint64_t count() const override { return count_; }

 private:
  domain::Status Flush() {
    domain::Status s = file_->Write(buffer_);
    buffer_.clear();
    return s;
  }
  std::unique_ptr<OutputFile> file_;
  std::string buffer_;
  std::uint64_t count_ = 0;
};

class XlsxErrorReport final : public ErrorReport {
 public:
  explicit XlsxErrorReport(std::unique_ptr<XlsxSheetWriter> writer) : writer_(std::move(writer)) {
    writer_->SetColumns({{8, false}, {18, true}, {22, true}, {12, true}, {70, true}, {60, true}});
    writer_->AddRow(kHeader, true);
  }
  domain::Status Add(const RowIssue& issue) override {
    ++count_;
    if (writer_->rows() >= kXlsxMaxRows - 1) {
      ++left_out_;
      return domain::Status::Ok();
    }
    return writer_->AddRow(Fields(issue, std::to_string(issue.row)));
  }
  domain::Status Finish() override {
    if (left_out_ > 0) {
      const std::string n = std::to_string(left_out_);
      const std::string id = n + " masalah lain tidak muat di XLSX; minta laporan dalam CSV.";
      const std::string en = n + " more issues do not fit in XLSX; ask for the CSV report.";
      writer_->AddRow({"", "", "", "", id, en});
    }
    return writer_->Finish();
  }
  std::uint64_t count() const override { return count_; }

 private:
  std::unique_ptr<XlsxSheetWriter> writer_;
  std::uint64_t count_ = 0;
  std::uint64_t left_out_ = 0;
};

// Severity from its report label; anything but the warning label is an error.
Severity SeverityOfLabel(std::string_view label) {
  return label == SeverityLabel(Severity::kWarning) ? Severity::kWarning : Severity::kError;
}

bool IsReportHeader(const RawRow& row) {
  if (row.cells.size() < kHeader.size()) return false;
  for (std::size_t i = 0; i < kHeader.size(); ++i) {
    if (row.cells[i].text != kHeader[i]) return false;
  }
  return true;
}

}  // namespace

domain::Result<ErrorReportHead> ReadErrorReportHead(const std::filesystem::path& csv_path, std::size_t limit) {
  CsvReaderOptions options;
  options.max_file_bytes = kMaxReportBytes;
  auto reader = CsvReader::Open(csv_path, options);
  if (!reader.ok()) return reader.status();
  RawRow row;
  auto header = (*reader)->Next(&row);
  if (!header.ok()) return header.status();
  if (!*header || !IsReportHeader(row)) {
    return domain::InvalidArgument("the file is not an import error report (its header is not BARIS,KOLOM,...)");
  }
  ErrorReportHead head;
  while (true) {
    auto more = (*reader)->Next(&row);
    if (!more.ok()) return more.status();
    if (!*more) break;
    if (head.issues.size() == limit) {
      head.more = true;
      break;
    }
    row.cells.resize(kHeader.size());
    RowIssue issue;
    try {
      issue.row = row.cells[0].text.empty() ? 0 : std::stoull(row.cells[0].text);
    } catch (const std::exception&) {
      issue.row = 0;
    }
    issue.column = std::move(row.cells[1].text);
    issue.value = std::move(row.cells[2].text);
    issue.severity = SeverityOfLabel(row.cells[3].text);
    issue.reason_id = std::move(row.cells[4].text);
    issue.reason_en = std::move(row.cells[5].text);
    head.issues.push_back(std::move(issue));
  }
  return head;
}

ReportFormat ReportFormatForPath(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".xlsx" ? ReportFormat::kXlsx : ReportFormat::kCsv;
}

domain::Result<std::unique_ptr<ErrorReport>> CreateErrorReport(const std::filesystem::path& path, ReportFormat format) {
  if (format == ReportFormat::kXlsx) {
    auto writer = XlsxSheetWriter::Create(path, "Kesalahan");
    if (!writer.ok()) return writer.status();
    return std::unique_ptr<ErrorReport>(new XlsxErrorReport(std::move(writer).value()));
  }
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  return std::unique_ptr<ErrorReport>(new CsvErrorReport(std::move(file).value()));
}

}  // namespace tepat::ingest

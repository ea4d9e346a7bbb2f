#include "ingest/error_report.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "ingest/output_file.hpp"
#include "ingest/xlsx_sheet_writer.hpp"

namespace tepat::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kFlushBytes = 64 * 1024;
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

}  // namespace

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

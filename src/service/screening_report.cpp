#include "service/screening_report.hpp"

#include <algorithm>
#include <optional>

#include "fmt/format.h"
#include "ingest/error_report.hpp"
#include "ingest/output_file.hpp"
#include "ingest/xlsx_sheet_writer.hpp"

namespace tepat::service {
namespace {

namespace cols = match::screening_columns;

constexpr char kCsvDelimiter = ',';
constexpr std::string_view kListSeparator = "; ";
constexpr double kWideColumn = 40;

std::string CellOf(const match::RecordTable& table, size_t row, const std::optional<size_t>& column) {
  return column ? std::string(table.Value(row, *column)) : std::string();
}

void CountVerdict(std::string_view verdict, ScreeningReport& report) {
  if (verdict == match::VerdictCode(match::Verdict::kLolos)) ++report.lolos;
  if (verdict == match::VerdictCode(match::Verdict::kPerluVerifikasi)) ++report.perlu_verifikasi;
  if (verdict == match::VerdictCode(match::Verdict::kDitolak)) ++report.ditolak;
}

// "a; b; c" from lines "a\nb\nc".
std::string JoinLines(std::string_view text, std::string_view separator) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (!out.empty()) out += separator;
    out += text.substr(start, end - start);
    start = end + 1;
  }
  return out;
}

}  // namespace

void FillReport(const match::ScreeningRegistry& registry, const ScreeningList& list,
                const match::ScreeningResult& result, const match::ScreeningRules& rules, ScreeningReport& report) {
  const match::RecordTable& table = list.table;
  const match::RecordTable& people = registry.table();
  auto found = match::ListColumns::Find(table);
  const match::ListColumns columns = found.ok() ? *found : match::ListColumns{};
  report.rows.clear();
  report.rows.reserve(result.rows.size() + list.broken.size());
  for (const match::ScreenedRow& screened : result.rows) {
    store::ScreeningRowRecord row;
    row.line = static_cast<std::int64_t>(list.lines[screened.row]);
    row.nik = CellOf(table, screened.row, columns.nik);
    row.kk = CellOf(table, screened.row, columns.kk);
    row.name = CellOf(table, screened.row, columns.name);
    row.desa = CellOf(table, screened.row, columns.desa);
    row.verdict = match::VerdictCode(screened.verdict);
    row.reasons.push_back(',');  // codes are wrapped in commas: ",A,B,"
    for (const match::ScreeningFinding& finding : screened.findings) {
      const std::string code = match::ScreeningReasonCode(finding.reason);
      if (row.reasons.find("," + code + ",") == std::string::npos) row.reasons += code + ",";
      if (!row.details.empty()) row.details += '\n';
      row.details += finding.detail.empty() ? code : fmt::format("{}: {}", code, finding.detail);
    }
    for (const match::FuzzyCandidate& candidate : screened.candidates) {
      if (!row.candidates.empty()) row.candidates += '\n';
      row.candidates += fmt::format("{};{};{:.3f}", people.Value(candidate.registry_row, registry.column(cols::kNik)),
                                    people.Value(candidate.registry_row, registry.column(cols::kName)),
                                    candidate.probability);
    }
    report.rows.push_back(std::move(row));
  }
  const match::ScreeningReason incomplete = match::ScreeningReason::kRowIncomplete;
  for (const BrokenListRow& broken : list.broken) {
    store::ScreeningRowRecord row;
    row.line = static_cast<std::int64_t>(broken.line);
    row.verdict = match::VerdictCode(rules.VerdictOf(incomplete));
    row.reasons = fmt::format(",{},", match::ScreeningReasonCode(incomplete));
    row.details = fmt::format("{}: {}", match::ScreeningReasonCode(incomplete), broken.reason);
    report.rows.push_back(std::move(row));
  }
  std::stable_sort(report.rows.begin(), report.rows.end(),
                   [](const store::ScreeningRowRecord& a, const store::ScreeningRowRecord& b) { return a.line < b.line; });
  report.lolos = report.perlu_verifikasi = report.ditolak = 0;
  for (const store::ScreeningRowRecord& row : report.rows) CountVerdict(row.verdict, report);
}

const std::vector<std::string_view>& ScreeningReportHeader() {
  static const std::vector<std::string_view> kHeader = {"BARIS",  "NIK",    "NO_KK",      "NAMA",    "KODE_DESA",
                                                        "HASIL", "ALASAN", "KETERANGAN", "KANDIDAT"};
  return kHeader;
}

std::vector<std::string> ScreeningReportCells(const store::ScreeningRowRecord& row) {
  std::string reasons = row.reasons.size() > 2 ? row.reasons.substr(1, row.reasons.size() - 2) : std::string();
  std::replace(reasons.begin(), reasons.end(), ',', '\n');
  std::string candidates;
  size_t start = 0;
  while (start < row.candidates.size()) {
    size_t end = row.candidates.find('\n', start);
    if (end == std::string::npos) end = row.candidates.size();
    const std::string_view one = std::string_view(row.candidates).substr(start, end - start);
    const size_t a = one.find(';');
    const size_t b = one.rfind(';');
    if (!candidates.empty()) candidates += kListSeparator;
    candidates += fmt::format("{} {} ({})", one.substr(0, a), one.substr(a + 1, b - a - 1), one.substr(b + 1));
    start = end + 1;
  }
  return {std::to_string(row.line), row.nik,   row.kk,  row.name, row.desa, row.verdict,
          JoinLines(reasons, kListSeparator), JoinLines(row.details, kListSeparator), candidates};
}

domain::Status WriteScreeningReport(const std::vector<store::ScreeningRowRecord>& rows,
                                    const std::filesystem::path& path) {
  if (ingest::ReportFormatForPath(path) == ingest::ReportFormat::kXlsx) {
    auto writer = ingest::XlsxSheetWriter::Create(path, "Hasil");
    if (!writer.ok()) return writer.status();
    std::vector<ingest::XlsxColumnStyle> styles(ScreeningReportHeader().size());
    styles.back().width = kWideColumn;
    styles[styles.size() - 2].width = kWideColumn;
    (*writer)->SetColumns(styles);
    if (auto status = (*writer)->AddRow(ScreeningReportHeader(), true); !status.ok()) return status;
    for (const store::ScreeningRowRecord& row : rows) {
      const std::vector<std::string> cells = ScreeningReportCells(row);
      if (auto status = (*writer)->AddRow({cells.begin(), cells.end()}); !status.ok()) return status;
    }
    return (*writer)->Finish();
  }
  auto file = ingest::OutputFile::Create(path);
  if (!file.ok()) return file.status();
  std::string buffer;
  ingest::AppendCsvRecord(ScreeningReportHeader(), kCsvDelimiter, &buffer);
  constexpr size_t kFlushBytes = 1 << 20;
  for (const store::ScreeningRowRecord& row : rows) {
    const std::vector<std::string> cells = ScreeningReportCells(row);
    ingest::AppendCsvRecord({cells.begin(), cells.end()}, kCsvDelimiter, &buffer);
    if (buffer.size() >= kFlushBytes) {
      if (auto status = (*file)->Write(buffer); !status.ok()) return status;
      buffer.clear();
    }
  }
  if (auto status = (*file)->Write(buffer); !status.ok()) return status;
  return (*file)->Commit();
}

}  // namespace tepat::service

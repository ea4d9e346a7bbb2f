#include "service/complaint_report_service.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/output_file.hpp"
#include "ingest/xlsx_sheet_writer.hpp"
#include "service/complaint_scope.hpp"
#include "service/crypto.hpp"

namespace tepat::service {
namespace {

using domain::Complaint;
using domain::ComplaintVisibility;

constexpr std::string_view kCsvType = "text/csv; charset=utf-8";
constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr std::string_view kAnonymous = "Anonim";
constexpr std::string_view kSheetName = "Keluhan";
constexpr std::size_t kTempNameRandomBytes = 8;
constexpr std::int64_t kSecondsPerMinute = 60;
constexpr std::int64_t kSecondsPerHour = 60 * kSecondsPerMinute;
/// A UTF-8 byte order mark, so spreadsheet programs read the CSV as UTF-8.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// The columns of the export: the seed's table (no, created at, agency, topic, status, title, reporter) with the
/// tracking number, channel and program, and the personal data columns.
const std::vector<std::string_view>& ExportHeader() {
  static const std::vector<std::string_view> kHeader{
      "No",     "Dibuat",  "Nomor pelacakan", "Instansi (Pemda)", "Kode wilayah", "Topik",          "Status",
      "Judul",  "Pelapor", "Saluran",         "Program",          "NIK pelapor",  "NIK penerima", "Telepon"};
  return kHeader;
}

const std::vector<ingest::XlsxColumnStyle>& ExportColumns() {
  static const std::vector<ingest::XlsxColumnStyle> kColumns{
      {6}, {20}, {24}, {28}, {12}, {36}, {18}, {40}, {24}, {14}, {10}, {20}, {36}, {36}};
  return kColumns;
}

/// "2026-06-01 10:00 WIB": the time in the local zone of the complaint's region.
std::string LocalTime(domain::UnixSeconds at, const domain::RegionCode& region) {
  const domain::IndonesianTimeZone zone = domain::TimeZoneOfRegion(region);
  const domain::CivilDate date = domain::LocalDate(at, zone);
  const std::int64_t into_day = at - domain::LocalMidnight(date, zone);
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(into_day / kSecondsPerHour),
                static_cast<int>(into_day % kSecondsPerHour / kSecondsPerMinute));
  return date.Iso() + " " + clock + " " + domain::TimeZoneName(zone);
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

/// A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets a leading
/// apostrophe, so a complaint title can never run as a formula when the CSV is opened.
std::string SafeCell(std::string text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    text.insert(text.begin(), '\'');
  }
  return text;
}

std::vector<std::string> ExportRow(int number, const store::ComplaintListItem& item,
                                   const std::map<std::int64_t, std::string>& program_names) {
  const Complaint& c = item.complaint;
  std::string program;
  if (c.program_id) {
    auto found = program_names.find(*c.program_id);
    program = found != program_names.end() ? found->second : std::to_string(*c.program_id);
  }
  return {std::to_string(number),
          LocalTime(c.created_at, c.region),
          c.tracking_number,
          SafeCell(item.region_name),
          c.region.Dotted(),
          SafeCell(item.topic_name),
          domain::ComplaintStatusLabel(c.status),
          SafeCell(c.title),
          SafeCell(c.reporter_name.empty() ? std::string(kAnonymous) : c.reporter_name),
          domain::ComplaintChannelCode(c.channel),
          SafeCell(program),
          c.reporter_nik.value_or(""),
          Joined(c.beneficiary_niks),
          Joined(c.phones)};
}

std::vector<std::string_view> Views(const std::vector<std::string>& row) {
  return std::vector<std::string_view>(row.begin(), row.end());
}

std::string CsvBytes(const std::vector<std::vector<std::string>>& rows) {
  std::string out(kUtf8Bom);
  ingest::AppendCsvRecord(ExportHeader(), ',', &out);
  for (const std::vector<std::string>& row : rows) ingest::AppendCsvRecord(Views(row), ',', &out);
  return out;
}

domain::Result<std::string> XlsxBytes(const std::vector<std::vector<std::string>>& rows) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("tepat-export-" + RandomHex(kTempNameRandomBytes) + ".xlsx");
  domain::Result<std::unique_ptr<ingest::XlsxSheetWriter>> writer = ingest::XlsxSheetWriter::Create(path, kSheetName);
  if (!writer.ok()) return writer.status();
  (*writer)->SetColumns(ExportColumns());
  if (domain::Status s = (*writer)->AddRow(ExportHeader(), true); !s.ok()) return s;
  for (const std::vector<std::string>& row : rows) {
    if (domain::Status s = (*writer)->AddRow(Views(row)); !s.ok()) return s;
  }
  if (domain::Status s = (*writer)->Finish(); !s.ok()) return s;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
  if (!in.good() && !in.eof()) return domain::Unavailable("the export file could not be read back; try again");
  return bytes.str();
}

/// What the audit entry says about an export: format, rows, visibility and the filters (never a NIK).
std::string ExportDetail(ComplaintExportFormat format, int rows, ComplaintVisibility visibility,
                         const ComplaintListRequest& filters) {
  std::string detail = std::string("format=") + (format == ComplaintExportFormat::kCsv ? "csv" : "xlsx") +
                       " rows=" + std::to_string(rows) +
                       " personal=" + (visibility == ComplaintVisibility::kFull ? "clear" : "masked");
  if (filters.region) detail += " region=" + filters.region->Dotted();
  if (filters.status) detail += std::string(" status=") + domain::ComplaintStatusCode(*filters.status);
  if (filters.topic_id) detail += " topic=" + std::to_string(*filters.topic_id);
  if (filters.program_id) detail += " program=" + std::to_string(*filters.program_id);
  if (filters.created_from) detail += " from=" + std::to_string(*filters.created_from);
  if (filters.created_until) detail += " until=" + std::to_string(*filters.created_until);
  if (!filters.search.empty()) detail += " search=yes";
  return detail;
}

}  // namespace

std::optional<ComplaintExportFormat> ParseComplaintExportFormat(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
  if (lower == "csv") return ComplaintExportFormat::kCsv;
  if (lower == "xlsx") return ComplaintExportFormat::kXlsx;
  return std::nullopt;
}

ComplaintReportService::ComplaintReportService(store::Store& store, Auditor& auditor, const Clock& clock,
                                               domain::WorkingCalendar calendar)
    : store_(store), auditor_(auditor), clock_(clock), calendar_(std::move(calendar)) {}

domain::Result<ComplaintDashboardReport> ComplaintReportService::Dashboard(const Actor& actor,
                                                                           const ComplaintListRequest& filters) {
  domain::Result<store::ComplaintQuery> query = OfficialComplaintQuery(actor, filters);
  if (!query.ok()) return query.status();
  domain::Result<store::ComplaintFactSet> set = store_.ListComplaintFacts(*query);
  if (!set.ok()) return set.status();
  // The store query may be wider than the scope (many scopes collapse to provinces): keep what the caller covers.
  if (!query->regions.empty()) {
    std::erase_if(set->facts, [&](const domain::ComplaintFacts& facts) {
      return !CoversComplaintRegion(*actor.account, facts.region);
    });
  }
  ComplaintDashboardReport report;
  report.computed_at = clock_.Now();
  report.figures = domain::SummarizeComplaints(std::span<const domain::ComplaintFacts>(set->facts), calendar_,
                                               report.computed_at);
  report.region_names = std::move(set->region_names);
  report.topic_names = std::move(set->topic_names);
  report.program_names = std::move(set->program_names);
  return report;
}

domain::Result<ComplaintExportFile> ComplaintReportService::Export(const Actor& actor,
                                                                   const ComplaintListRequest& filters,
                                                                   ComplaintExportFormat format) {
  domain::Result<store::ComplaintQuery> query = OfficialComplaintQuery(actor, filters);
  if (!query.ok()) return query.status();
  const ComplaintVisibility visibility = OfficialListVisibility(actor.account->role);
  std::vector<store::ComplaintListItem> items;
  query->limit = store::kMaxComplaintPageSize;
  for (query->offset = 0;; query->offset += query->limit) {
    domain::Result<store::ComplaintPage> page = store_.ListComplaints(*query);
    if (!page.ok()) return page.status();
    if (page->total > kMaxComplaintExportRows) {
      return domain::FailedPrecondition(
          "ekspor paling banyak " + std::to_string(kMaxComplaintExportRows) + " keluhan; persempit filter " +
          "(periode, wilayah, status) (an export takes at most " + std::to_string(kMaxComplaintExportRows) +
          " complaints: narrow the filters, e.g. the period or region)");
    }
    domain::Result<std::map<std::int64_t, store::ComplaintContacts>> contacts = store_.ListComplaintContacts(*query);
    if (!contacts.ok()) return contacts.status();
    const bool last_page = page->items.size() < static_cast<std::size_t>(query->limit);
    for (store::ComplaintListItem& item : page->items) {
      if (!query->regions.empty() && !CoversComplaintRegion(*actor.account, item.complaint.region)) continue;
      if (auto found = contacts->find(item.complaint.id); found != contacts->end()) {
        item.complaint.reporter_nik = found->second.reporter_nik;
        item.complaint.beneficiary_niks = found->second.beneficiary_niks;
        item.complaint.phones = found->second.phones;
      }
      item.complaint = domain::RedactComplaint(std::move(item.complaint), visibility).value();
      items.push_back(std::move(item));
    }
    if (last_page) break;
  }
  domain::Result<store::ComplaintFactSet> names = store_.ListComplaintFacts(*query);
  if (!names.ok()) return names.status();
  std::vector<std::vector<std::string>> rows;
  rows.reserve(items.size());
  for (const store::ComplaintListItem& item : items) {
    rows.push_back(ExportRow(static_cast<int>(rows.size()) + 1, item, names->program_names));
  }

  const int count = static_cast<int>(rows.size());
  if (domain::Status audited = auditor_.Record(actor, "complaint.export", AuditObject{"complaint", "list"},
                                               domain::AuditOutcome::kSuccess,
                                               ExportDetail(format, count, visibility, filters));
      !audited.ok()) {
    return audited;
  }
  ComplaintExportFile file;
  file.rows = count;
  const std::string day = domain::LocalDate(clock_.Now(), domain::IndonesianTimeZone::kWib).Iso();
  if (format == ComplaintExportFormat::kCsv) {
    file.bytes = CsvBytes(rows);
    file.content_type = kCsvType;
    file.file_name = "keluhan-" + day + ".csv";
  } else {
    domain::Result<std::string> bytes = XlsxBytes(rows);
    if (!bytes.ok()) return bytes.status();
    file.bytes = std::move(bytes).value();
    file.content_type = kXlsxType;
    file.file_name = "keluhan-" + day + ".xlsx";
  }
  return file;
}

}  // namespace tepat::service

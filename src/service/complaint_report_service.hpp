#pragma once
// ComplaintReportService: the officials' dashboard and the export of their complaint list (issue 5 item 8), over
// the same scope and filters as ComplaintService::ListForOfficial (complaint_scope.hpp).
//  - Dashboard: counts by status, topic, region and program; the first response against the 2x24-hour aim in
//    working days (share within the aim, median); time to resolution; the TIDAK_ADA_RESPON share per Pemda. The
//    store reads only the facts of the matching complaints (one narrow query, no texts or personal data); working
//    time needs the holiday calendar and each region's time zone, so it is counted here (domain/complaint_metrics).
//  - Export: CSV or XLSX of the filtered list. NIK and phones in clear only for the roles that see them in clear on
//    the list (admin, PIC Korwil, admin Pemda), masked for an operator desa; every export is audited (row count and
//    filters, never a NIK).
#include <cstdint>
#include <map>
#include <string>

#include "domain/complaint_metrics.hpp"
#include "domain/working_days.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/complaint_service.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// The dashboard of one caller, with the names of the keys it counts.
struct ComplaintDashboardReport {
  domain::ComplaintDashboard figures;
  std::map<std::string, std::string> region_names;   ///< compact code -> name ("" when the region is not loaded)
  std::map<std::int64_t, std::string> topic_names;
  std::map<std::int64_t, std::string> program_names;
  domain::UnixSeconds computed_at = 0;  ///< the "now" of the open complaints' waiting time
};

/// File formats of the export.
enum class ComplaintExportFormat { kCsv, kXlsx };

/// Parses "csv" or "xlsx" (case-insensitive); nullopt otherwise. Pure.
std::optional<ComplaintExportFormat> ParseComplaintExportFormat(std::string_view text);

/// One exported file.
struct ComplaintExportFile {
  std::string bytes;
  std::string content_type;  ///< "text/csv; charset=utf-8" or the XLSX type
  std::string file_name;     ///< "keluhan-<date>.csv" / ".xlsx"
  int rows = 0;              ///< complaints in the file
};

/// Most complaints in one export; more asks the caller to narrow the filters (a period, a region).
inline constexpr int kMaxComplaintExportRows = 10000;

/// Thread-safe. Errors: kPermissionDenied for a guest or a role without the officials' list, and for a region
/// outside the caller's scope; kInvalidArgument for a bad filter; kFailedPrecondition for an export of more than
/// kMaxComplaintExportRows; kUnavailable/kInternal from the store or the audit log (an export whose audit entry
/// cannot be written is refused). Messages never contain a NIK or phone number.
class ComplaintReportService {
 public:
  /// `calendar` counts working time (the built-in holidays by default).
  ComplaintReportService(store::Store& store, Auditor& auditor, const Clock& clock,
                         domain::WorkingCalendar calendar = domain::WorkingCalendar::Default());

  /// The dashboard over the complaints the caller's list would show with `filters` (paging ignored), at the
  /// clock's now.
  domain::Result<ComplaintDashboardReport> Dashboard(const Actor& actor, const ComplaintListRequest& filters);

  /// The filtered list as a file, newest first, personal data at the caller's list visibility. Audited as
  /// `complaint.export`.
  domain::Result<ComplaintExportFile> Export(const Actor& actor, const ComplaintListRequest& filters,
                                             ComplaintExportFormat format);

 private:
  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  const domain::WorkingCalendar calendar_;
};

}  // namespace tepat::service

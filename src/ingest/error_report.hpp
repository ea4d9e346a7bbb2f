#pragma once
// ErrorReport: the file of row errors and warnings handed back to the operator (CSV or XLSX), columns
// BARIS, KOLOM, NILAI, JENIS, ALASAN, REASON.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "domain/status.hpp"
#include "ingest/row_issue.hpp"

namespace tepat::ingest {

/// Report file format.
enum class ReportFormat { kCsv, kXlsx };

/// Picks the format from the file extension: ".xlsx" -> kXlsx, anything else -> kCsv.
ReportFormat ReportFormatForPath(const std::filesystem::path& path);

/// Streams issues into a report. The file appears at its path only after Finish (written under a temporary name).
/// Not thread-safe.
class ErrorReport {
 public:
  virtual ~ErrorReport() = default;
  /// Appends one issue. kUnavailable on a write error. An XLSX report holds at most kXlsxMaxRows - 2 issues; later
  /// ones are counted and one closing row says how many were left out (use CSV for more).
  virtual domain::Status Add(const RowIssue& issue) = 0;
  /// Completes the file and moves it into place.
  virtual domain::Status Finish() = 0;
  /// Issues added so far.
  virtual std::uint64_t count() const = 0;
};

/// Creates a report at `path` in `format`. kUnavailable when the file cannot be created.
domain::Result<std::unique_ptr<ErrorReport>> CreateErrorReport(const std::filesystem::path& path, ReportFormat format);

/// The first issues of a report, for a summary on screen.
struct ErrorReportHead {
  std::vector<RowIssue> issues;
  bool more = false;  ///< the report holds further issues after these
};

/// Reads the first `limit` issues of a CSV report made by CreateErrorReport (columns as above). kNotFound when the
/// file is missing; kInvalidArgument when its header is not the report's. Reads only as far as needed.
domain::Result<ErrorReportHead> ReadErrorReportHead(const std::filesystem::path& csv_path, std::size_t limit);

}  // namespace tepat::ingest

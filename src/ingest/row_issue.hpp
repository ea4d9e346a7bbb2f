#pragma once
// RowIssue: one problem with one cell (or one row) of an import file, for the error report.
#include <cstdint>
#include <string>

namespace tepat::ingest {

/// An error rejects the row; a warning keeps it (the row is imported) but is reported.
enum class Severity { kError, kWarning };

/// Indonesian label for reports: "KESALAHAN" or "PERINGATAN".
const char* SeverityLabel(Severity severity);

/// One finding. `value` never holds a full NIK or KK (masked as 3510********0003).
struct RowIssue {
  std::uint64_t row = 0;   ///< row number as the spreadsheet shows it; 0 for the whole file
  std::string column;      ///< template column name ("NIK"); "" when about the whole row
  std::string value;       ///< the cell as read (masked for NIK/KK columns)
  Severity severity = Severity::kError;
  std::string reason_id;   ///< what is wrong and what to do, Indonesian
  std::string reason_en;   ///< the same in English
};

}  // namespace tepat::ingest

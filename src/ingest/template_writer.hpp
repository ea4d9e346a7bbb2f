#pragma once
// Template files users download: the header row of a template and one example row, as CSV or XLSX.
#include <filesystem>

#include "domain/status.hpp"
#include "ingest/error_report.hpp"
#include "ingest/import_template.hpp"

namespace tepat::ingest {

/// Writes the template of `kind` to `path` (renamed into place when complete).
/// CSV: UTF-8 with BOM (so Excel shows accents), comma-separated, header + example row.
/// XLSX: sheet "Data" (header in bold, example row, every column formatted as text so Excel keeps 16-digit numbers)
/// and sheet "Petunjuk" (guide: column, required, type, what an empty cell does, description).
/// kUnavailable when the file cannot be written.
domain::Status WriteTemplate(TemplateKind kind, ReportFormat format, const std::filesystem::path& path);

/// Suggested download name: "template_dukcapil.csv" / ".xlsx".
std::string TemplateFileName(TemplateKind kind, ReportFormat format);

}  // namespace tepat::ingest

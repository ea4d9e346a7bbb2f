#pragma once
// ImportRows: the batching interface for the service layer. Reads an import file (streaming), matches its header to
// a template, validates every row into a typed row, hands valid rows over in batches and every problem to a callback.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "ingest/column_map.hpp"
#include "ingest/dtks_row.hpp"
#include "ingest/dukcapil_row.hpp"
#include "ingest/import_notice.hpp"
#include "ingest/import_template.hpp"
#include "ingest/open_table.hpp"
#include "ingest/program_row.hpp"
#include "ingest/recipient_row.hpp"
#include "ingest/row_checker.hpp"
#include "ingest/row_issue.hpp"
#include "ingest/table_reader.hpp"

namespace tepat::ingest {

/// How far an import has got.
struct ImportProgress {
  std::uint64_t bytes_read = 0;
  std::uint64_t bytes_total = 0;  ///< file size (XLSX: uncompressed sheet size)
  std::uint64_t rows_read = 0;    ///< data rows, blank rows not counted
  std::uint64_t rows_valid = 0;
  std::uint64_t rows_invalid = 0;
};

/// Called with progress; must be cheap (it runs on the reading thread).
using ProgressCallback = std::function<void(const ImportProgress&)>;
/// Receives every error and warning, in file order.
using IssueCallback = std::function<void(const RowIssue&)>;

/// Choices of an import.
struct ImportOptions {
  TableOptions table;
  std::size_t batch_size = 1000;               ///< valid rows per batch (the service writes one batch per transaction)
  std::uint64_t progress_every_rows = 10000;   ///< on_progress is called after this many rows, and once at the end
  ProgressCallback on_progress;                ///< may be empty
};

/// What an import did.
struct ImportSummary {
  std::string format;                 ///< e.g. "CSV, pemisah titik koma (;), UTF-8"
  std::uint64_t header_row = 0;
  std::uint64_t rows_read = 0;
  std::uint64_t rows_valid = 0;
  std::uint64_t rows_invalid = 0;
  std::uint64_t warnings = 0;
  std::vector<ImportNotice> notices;  ///< file-level remarks (extra columns, Windows-1252, ...)
};

/// A file opened against a template: yields data rows after the header. Non-template core of ImportRows.
/// Not thread-safe.
class TemplateTable {
 public:
  /// Opens `path` (OpenTable) and matches its first non-blank row to the template of `kind` (MatchColumns).
  /// File-level errors as those two, plus an empty file.
  static domain::Result<std::unique_ptr<TemplateTable>> Open(const std::filesystem::path& path, TemplateKind kind,
                                                             const TableOptions& options);

  /// The next data row (see TableReader::Next). Rows with more filled cells than the header get a row-level error
  /// through `issues` and are still returned (the caller counts them invalid when RowFits is false).
  domain::Result<bool> Next(RawRow* row);
  /// False (and an issue appended) when `row` has filled cells beyond the header's columns.
  bool RowFits(const RawRow& row, std::vector<RowIssue>* issues) const;

  const ImportTemplate& tmpl() const { return tmpl_; }
  const ColumnMap& columns() const { return columns_; }
  ReadProgress Progress() const { return reader_->Progress(); }
  /// Header notices followed by the reader's notices so far.
  std::vector<ImportNotice> Notices() const;
  std::string FormatDescription() const { return reader_->FormatDescription(); }

 private:
  TemplateTable(std::unique_ptr<TableReader> reader, const ImportTemplate& tmpl)
      : reader_(std::move(reader)), tmpl_(tmpl) {}
  std::unique_ptr<TableReader> reader_;
  const ImportTemplate& tmpl_;
  ColumnMap columns_;
  std::size_t header_width_ = 0;
  std::vector<ImportNotice> header_notices_;
};

/// Valid rows of one batch; the callback may move them out. A failed Status stops the import and is returned as is
/// (the service rolls that batch back; earlier batches stay written).
template <typename Row>
using BatchCallback = std::function<domain::Status(std::vector<Row>& batch)>;

/// Imports `path` as rows of type Row (DukcapilRow, DtksRow, ProgramRow, RecipientRow). Valid rows go to `on_batch`
/// in batches of options.batch_size (the last may be smaller); `on_batch` may be empty for a dry run (validation
/// only, e.g. a first pass that proves the whole file reads before anything is written). Every issue goes to
/// `on_issue` (may be empty). Returns the summary, or the first file-level error / failed batch Status. A file-level
/// error found after some batches (e.g. an unclosed quote at the end of a CSV) is returned too: run a dry pass first
/// when nothing may be written from a file that fails. Callbacks run on the calling thread; separate calls may run
/// in parallel (they share nothing but the const context).
template <typename Row>
domain::Result<ImportSummary> ImportRows(const std::filesystem::path& path, const ValidationContext& context,
                                         const ImportOptions& options, const BatchCallback<Row>& on_batch,
                                         const IssueCallback& on_issue) {
  auto opened = TemplateTable::Open(path, Row::kKind, options.table);
  if (!opened.ok()) return opened.status();
  TemplateTable& table = **opened;
  ImportSummary summary;
  summary.header_row = table.columns().header_row;
  std::vector<Row> batch;
  batch.reserve(options.batch_size);
  std::vector<RowIssue> issues;
  RawRow raw;
  auto report_progress = [&] {
    if (!options.on_progress) return;
    const ReadProgress p = table.Progress();
    options.on_progress({p.bytes_read, p.bytes_total, summary.rows_read, summary.rows_valid, summary.rows_invalid});
  };
  auto flush = [&]() -> domain::Status {
    if (batch.empty()) return domain::Status::Ok();
    domain::Status s = on_batch ? on_batch(batch) : domain::Status::Ok();
    batch.clear();
    return s;
  };
  while (true) {
    auto got = table.Next(&raw);
    if (!got.ok()) return got.status();
    if (!*got) break;
    ++summary.rows_read;
    issues.clear();
    Row row;
    const bool fits = table.RowFits(raw, &issues);
    RowChecker checker(table.tmpl(), table.columns(), raw, context, &issues);
    const bool valid = ParseRow(checker, &row) && fits;
    for (const RowIssue& issue : issues) {
      if (issue.severity == Severity::kWarning) ++summary.warnings;
      if (on_issue) on_issue(issue);
    }
    if (valid) {
      ++summary.rows_valid;
      batch.push_back(std::move(row));
      if (batch.size() >= options.batch_size) {
        domain::Status s = flush();
        if (!s.ok()) return s;
      }
    } else {
      ++summary.rows_invalid;
    }
    if (options.progress_every_rows > 0 && summary.rows_read % options.progress_every_rows == 0) report_progress();
  }
  domain::Status s = flush();
  if (!s.ok()) return s;
  report_progress();
  summary.format = table.FormatDescription();
  summary.notices = table.Notices();
  return summary;
}

}  // namespace tepat::ingest

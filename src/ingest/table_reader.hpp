#pragma once
// TableReader: the one interface over CSV and XLSX files. Rows come out one at a time (streaming); memory does not
// grow with the file.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "ingest/import_notice.hpp"

namespace tepat::ingest {

/// How the value of a cell was stored. Only XLSX knows kNumber/kDate/kBool; every CSV cell is kText.
enum class CellKind {
  kText,    ///< text as typed (CSV, or an XLSX string cell)
  kNumber,  ///< an XLSX numeric cell; `text` is the stored number ("29586", "3510011203850000", "1.5")
  kDate,    ///< an XLSX numeric cell with a date format; `text` is the ISO date "1980-12-31"
  kBool,    ///< an XLSX boolean; `text` is "TRUE" or "FALSE"
};

/// One cell: UTF-8 text and how it was stored. An absent cell is kText with empty text.
struct Cell {
  std::string text;
  CellKind kind = CellKind::kText;
};

/// One row as the file holds it. `number` is the row number a spreadsheet user sees (1 = first row of the file,
/// blank rows counted).
struct RawRow {
  std::uint64_t number = 0;
  std::vector<Cell> cells;
};

/// How far a reader has got. `bytes_total` is 0 when unknown.
struct ReadProgress {
  std::uint64_t bytes_read = 0;
  std::uint64_t bytes_total = 0;
};

/// A source of rows. Not thread-safe; one reader per thread.
class TableReader {
 public:
  virtual ~TableReader() = default;

  /// Reads the next non-blank row into `*row` (its cells are overwritten; capacity is reused). Returns true when
  /// a row was read, false at the end of the file, or a failed Status (file-level problem, message in Indonesian
  /// naming the row and what to do). After a failure, Next must not be called again.
  virtual domain::Result<bool> Next(RawRow* row) = 0;

  /// Bytes consumed so far and the total.
  virtual ReadProgress Progress() const = 0;

  /// Notices gathered so far (e.g. "read as Windows-1252"); they never stop the import.
  virtual const std::vector<ImportNotice>& Notices() const = 0;

  /// Short description of the format for summaries, e.g. "CSV (;) UTF-8" or "XLSX sheet 'Data'".
  virtual std::string FormatDescription() const = 0;
};

}  // namespace tepat::ingest

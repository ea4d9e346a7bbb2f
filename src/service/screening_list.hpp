#pragma once
// Reads a proposed recipient list (CSV or XLSX, recipients-template headers) for screening: the good rows as a
// match::RecordTable with their line numbers, and the broken rows with why.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "match/progress.hpp"
#include "match/record_table.hpp"

namespace tepat::service {

/// A row that could not be read as a row of the list.
struct BrokenListRow {
  std::uint64_t line = 0;
  std::string reason;  ///< for the operator (Indonesian); never quotes a value (it may be a NIK)
};

/// A list ready to screen.
struct ScreeningList {
  match::RecordTable table{std::vector<std::string>{}};
  std::vector<std::uint64_t> lines;      ///< line (spreadsheet row number) of each table row
  std::vector<BrokenListRow> broken;
};

/// Reads `path` (content decides CSV or XLSX). The first row is the header; a row with more values than the
/// header is broken (listed, not screened); a shorter row is padded with empty cells (spreadsheets drop empty
/// trailing cells). Reports "reading" progress in bytes. Errors: the file cannot be opened or read (message from
/// the reader, naming the row), no header row, an empty or repeated header name.
domain::Result<ScreeningList> ReadScreeningList(const std::filesystem::path& path, const match::Progress& progress = {});

}  // namespace tepat::service

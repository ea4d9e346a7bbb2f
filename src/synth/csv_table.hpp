#pragma once
// CsvTable: a small reference-data CSV file (UTF-8, comma, header row, RFC 4180 quotes) read whole into memory.
// Meant for the repo's data/ folder (at most ~100k rows), not for user uploads (those go through src/ingest).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"

namespace tepat::synth {

/// Header plus rows of one CSV file. Read-only after loading; thread-compatible.
struct CsvTable {
  std::string path;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  /// Index of column `name` in the header, or npos when absent.
  std::size_t Column(std::string_view name) const;
};

/// Reads `path`. Errors: kNotFound when the file cannot be opened; kInvalidArgument naming the file and line
/// when a row has a different number of fields than the header or a quote is left open.
domain::Result<CsvTable> ReadCsvTable(const std::string& path);

/// Parses CSV text (for tests and for ReadCsvTable). `source` names the text in error messages.
domain::Result<CsvTable> ParseCsvTable(std::string_view text, const std::string& source);

/// Checks that every column in `required` exists; kInvalidArgument naming the file and the missing column.
domain::Status RequireColumns(const CsvTable& table, const std::vector<std::string_view>& required);

}  // namespace tepat::synth

#pragma once
// Reads a delimited text file (CSV) into a match::RecordTable for the file-mode matching commands.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "match/record_table.hpp"

namespace tepat::app {

/// A table read from a file, plus the rows that were skipped and why.
struct CsvTable {
  match::RecordTable table;
  std::vector<std::string> skipped;  ///< "line 12: 3 values, expected 11" (values never quoted: they may be NIKs)
};

/// Parses CSV text: first row is the header; ',' or ';' (whichever the header uses) separates; RFC 4180 quotes
/// ("a ""b""", line breaks inside quotes); a UTF-8 byte-order mark is dropped; spaces around unquoted values are
/// trimmed; empty lines are ignored. Rows with the wrong number of values are skipped and listed. Returns
/// InvalidArgument for an empty text, an empty or repeated header name, or an unclosed quote (with its line).
domain::Result<CsvTable> ParseCsvTable(std::string_view text);

/// Reads the file at `path` and parses it with ParseCsvTable. NotFound when it cannot be read; errors from parsing
/// are prefixed with the path.
domain::Result<CsvTable> ReadCsvTable(const std::string& path);

}  // namespace tepat::app

#pragma once
// ColumnMap: which file column holds each template column, found by header name.
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "ingest/import_notice.hpp"
#include "ingest/import_template.hpp"
#include "ingest/table_reader.hpp"

namespace tepat::ingest {

/// For each template column, its index in the file's rows, or -1 when the file lacks it (optional columns only).
struct ColumnMap {
  std::vector<int> file_index;
  std::uint64_t header_row = 0;  ///< row number of the header in the file
};

/// Matches the header row against `tmpl` by normalised name (NormalizeHeader; aliases accepted).
/// File-level errors (kInvalidArgument, Indonesian message):
/// - the headers fit another template better -> names the template the file looks like;
/// - required columns missing -> lists them and the headers found;
/// - a column given twice -> names it.
/// Extra columns are ignored with one notice listing them, appended to `notices`. Pure; thread-safe.
domain::Result<ColumnMap> MatchColumns(const ImportTemplate& tmpl, const RawRow& header,
                                       std::vector<ImportNotice>* notices);

}  // namespace tepat::ingest

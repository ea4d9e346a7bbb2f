#pragma once
// OpenTable: opens an import file as CSV or XLSX, chosen from its content (not its name).
#include <cstdint>
#include <filesystem>
#include <memory>

#include "domain/status.hpp"
#include "ingest/file_chunks.hpp"
#include "ingest/table_reader.hpp"

namespace tepat::ingest {

/// Default largest file accepted: 4 GiB (a 2 GB export must pass; it is streamed).
inline constexpr std::uint64_t kDefaultMaxFileBytes = 4ull * 1024 * 1024 * 1024;

/// Limits for opening a table.
struct TableOptions {
  std::uint64_t max_file_bytes = kDefaultMaxFileBytes;
  std::size_t chunk_bytes = kDefaultChunkBytes;
};

/// Opens `path`: a ZIP signature means XLSX, the OLE signature of old .xls files is refused with advice, anything
/// else is read as CSV. Errors (Indonesian, for the operator): missing file, over max_file_bytes, damaged XLSX,
/// old XLS, UTF-16 text, unknown delimiter.
domain::Result<std::unique_ptr<TableReader>> OpenTable(const std::filesystem::path& path, const TableOptions& options);

}  // namespace tepat::ingest

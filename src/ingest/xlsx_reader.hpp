#pragma once
// XlsxReader: streams the first worksheet of an XLSX workbook row by row (minizip + expat; pugixml for the small
// parts: workbook, relationships, styles).
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "ingest/file_chunks.hpp"
#include "ingest/table_reader.hpp"
#include "ingest/zip_archive.hpp"

namespace tepat::ingest {

/// Limits of an XlsxReader.
struct XlsxReaderOptions {
  std::uint64_t max_file_bytes = 0;                        ///< required: larger files are refused at Open
  std::uint64_t max_part_bytes = 64ull * 1024 * 1024;      ///< workbook, relationships and styles parts
  std::uint64_t max_shared_strings_bytes = 0;              ///< 0 = same as max_file_bytes
  std::size_t chunk_bytes = kDefaultChunkBytes;
};

/// Reads the first sheet (in tab order) of an XLSX file. Cells become text: shared and inline strings as written;
/// numbers as stored (kNumber); numbers whose cell style is a date format become ISO dates (kDate, 1900 or 1904
/// date system as the workbook says); booleans TRUE/FALSE. Rows that Excel did not store or whose cells are all
/// empty are skipped; row numbers are Excel's. The sheet is streamed: memory holds the shared-string table (one copy
/// of every distinct text, which Excel keeps in one part) plus one chunk of XML. The sheet's CRC is verified before
/// the first row is returned, so a damaged file fails at Open and never half-way. Not thread-safe.
class XlsxReader final : public TableReader {
 public:
  /// Opens and checks `path`. Errors (kInvalidArgument, message for the operator): too large, not a ZIP or
  /// truncated, not a workbook, damaged part.
  static domain::Result<std::unique_ptr<XlsxReader>> Open(const std::filesystem::path& path,
                                                          const XlsxReaderOptions& options);
  ~XlsxReader() override;

  domain::Result<bool> Next(RawRow* row) override;
  ReadProgress Progress() const override { return {sheet_bytes_read_, sheet_bytes_total_}; }
  const std::vector<ImportNotice>& Notices() const override { return notices_; }
  std::string FormatDescription() const override { return "XLSX, lembar '" + sheet_name_ + "'"; }

  /// Called by the XML parser (internal).
  struct SheetState;

 private:
  XlsxReader() = default;
  domain::Status LoadWorkbook(const XlsxReaderOptions& options);
  domain::Status LoadStyles(const XlsxReaderOptions& options);
  domain::Status LoadSharedStrings(const XlsxReaderOptions& options);
  domain::Status StartSheet();
  domain::Status Feed();

  std::unique_ptr<ZipArchive> zip_;
  std::string sheet_name_;
  std::string sheet_path_;
  std::string shared_strings_path_;
  std::unique_ptr<SheetState> state_;
  std::vector<char> buffer_;
  std::uint64_t sheet_bytes_read_ = 0;
  std::uint64_t sheet_bytes_total_ = 0;
  bool sheet_done_ = false;
  std::vector<ImportNotice> notices_;
};

}  // namespace tepat::ingest

#pragma once
// CsvReader: a streaming RFC 4180 reader for files saved by Excel, LibreOffice or scripts.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "ingest/file_chunks.hpp"
#include "ingest/table_reader.hpp"

namespace tepat::ingest {

/// Limits and choices of a CsvReader.
struct CsvReaderOptions {
  std::uint64_t max_file_bytes = 0;             ///< required: larger files are refused at Open
  std::size_t max_cell_bytes = 1024 * 1024;     ///< a longer cell is a file-level error (usually an unclosed quote)
  std::size_t chunk_bytes = kDefaultChunkBytes;
};

/// Reads delimited text. What it accepts:
/// - the delimiter is detected from the first non-blank line among ',' ';' '\t' '|' (most frequent outside quotes;
///   ties go in that order); a first line with none of them is a file-level error naming the character found;
/// - quotes as in RFC 4180: a field in double quotes may hold the delimiter, newlines and "" for one quote;
///   a stray quote inside an unquoted field is kept as text;
/// - a UTF-8 byte order mark is dropped; a UTF-16 file is a file-level error;
/// - each cell that is not valid UTF-8 is read as Windows-1252 and converted, with one notice naming the first row;
/// - blank lines (and lines of delimiters only) are skipped but still counted, so row numbers match a
///   spreadsheet: one number per record (a quoted multi-line cell stays one row), the first line is row 1.
/// Memory is bounded by the chunk size plus the longest row. Not thread-safe.
class CsvReader final : public TableReader {
 public:
  /// Opens `path` and detects the delimiter. Errors: kNotFound (cannot open), kInvalidArgument (too large, UTF-16,
  /// no known delimiter), each with an Indonesian message saying what to do.
  static domain::Result<std::unique_ptr<CsvReader>> Open(const std::filesystem::path& path,
                                                         const CsvReaderOptions& options);

  domain::Result<bool> Next(RawRow* row) override;
  ReadProgress Progress() const override;
  const std::vector<ImportNotice>& Notices() const override { return notices_; }
  std::string FormatDescription() const override;

  /// The detected delimiter.
  char delimiter() const { return delimiter_; }

 private:
  CsvReader(std::unique_ptr<FileChunks> file, const CsvReaderOptions& options)
      : file_(std::move(file)), options_(options) {}
  domain::Status Prime();
  domain::Result<bool> Refill();
  domain::Result<bool> ReadRecord(RawRow* row);
  void FinishCell(RawRow* row, std::size_t* cell_count);
  // Appends bytes to the current cell; fails when the cell grows past max_cell_bytes.
  domain::Status AppendToCell(std::string_view bytes, std::size_t cell_index);
  // End of the run of plain bytes starting at pos_ (next delimiter or line break, or the chunk end).
  std::size_t PlainRunEnd() const;

  std::unique_ptr<FileChunks> file_;
  CsvReaderOptions options_;
  std::string prefix_;             // start of the file read by Prime (BOM and delimiter sniffing)
  std::string_view chunk_;
  std::size_t pos_ = 0;
  std::uint64_t chunk_start_offset_ = 0;
  bool eof_ = false;
  bool skip_lf_ = false;           // the previous record ended with '\r'
  char delimiter_ = ',';
  std::uint64_t next_row_ = 1;
  std::uint64_t record_row_ = 0;   // row number of the record being read
  std::string cell_;               // bytes of the cell being read
  // A cell that lies whole in the chunk (no quotes; the common case) is not copied into cell_: FinishCell copies
  // it from the chunk once.
  std::string_view cell_in_chunk_;
  bool cell_is_in_chunk_ = false;
  bool cell_has_high_bytes_ = false;
  bool transcoded_ = false;
  std::vector<ImportNotice> notices_;
};

}  // namespace tepat::ingest

#pragma once
// CsvOutput: one output file written through a buffer to "<name>.tmp" and renamed to "<name>" on Commit, so a
// reader never sees a half-written file. CsvRow: builds one CSV line (UTF-8, comma, quotes only when needed).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::synth {

/// Builds one CSV record into a caller-owned string. Not thread-safe.
class CsvRow {
 public:
  explicit CsvRow(std::string& out) : out_(out) {}
  /// Appends a text field, quoted when it holds a comma, quote or line break.
  CsvRow& Text(std::string_view value);
  /// Appends a text field in upper case (ASCII letters only).
  CsvRow& Upper(std::string_view value);
  /// Appends a whole number.
  CsvRow& Number(std::int64_t value);
  /// Appends a number left-padded with zeros to `width` digits (RT/RW "001").
  CsvRow& Padded(std::int64_t value, int width);
  /// Appends `prefix` followed by `value` padded to `width` digits ("DK000000001").
  CsvRow& Id(std::string_view prefix, std::uint64_t value, int width);
  /// Ends the record with '\n'.
  void End();

 private:
  void Separator();
  std::string& out_;
  bool first_ = true;
};

/// A file under construction. Not thread-safe; movable, not copyable.
class CsvOutput {
 public:
  CsvOutput() = default;
  ~CsvOutput();
  CsvOutput(CsvOutput&& other) noexcept;
  CsvOutput& operator=(CsvOutput&& other) noexcept;
  CsvOutput(const CsvOutput&) = delete;
  CsvOutput& operator=(const CsvOutput&) = delete;

  /// Opens `<path>.tmp` for writing. kUnavailable (naming the path) when it cannot be created.
  static domain::Result<CsvOutput> Open(const std::string& path);
  /// The buffer rows are appended to; call MaybeFlush after each row or batch.
  std::string& buffer() { return buffer_; }
  /// Writes the buffer out once it is large. kUnavailable on a write error (disk full).
  domain::Status MaybeFlush();
  /// Flushes, closes and renames `<path>.tmp` to `<path>`. kUnavailable on failure.
  domain::Status Commit();
  /// Bytes written to disk so far (exact after Commit).
  std::uint64_t bytes_written() const { return bytes_written_; }

 private:
  domain::Status Flush();
  void Discard();
  std::string path_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  std::uint64_t bytes_written_ = 0;
};

}  // namespace tepat::synth

#pragma once
// OutputFile: an output written under a temporary name and renamed into place only when complete, so a reader never
// sees half a report or template.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"

namespace tepat::ingest {

/// The temporary name used for `final_path` while it is written: "<name>.partial" in the same directory.
std::filesystem::path PartialPath(const std::filesystem::path& final_path);

/// Moves the finished temporary file onto `final_path` (atomic on one filesystem). kUnavailable on failure.
domain::Status PublishPartial(const std::filesystem::path& final_path);

/// A text/binary file written sequentially to PartialPath(path) and renamed by Commit. If destroyed without
/// Commit, the temporary file is removed. Not thread-safe.
class OutputFile {
 public:
  /// Creates the temporary file. kUnavailable when it cannot be created (message names the file).
  static domain::Result<std::unique_ptr<OutputFile>> Create(const std::filesystem::path& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// Appends bytes. kUnavailable on a write error (disk full).
  domain::Status Write(std::string_view bytes);
  /// Flushes, closes and renames into place.
  domain::Status Commit();

 private:
  OutputFile(std::FILE* file, std::filesystem::path path) : file_(file), path_(std::move(path)) {}
  std::FILE* file_;
  std::filesystem::path path_;
};

/// Appends one CSV record (RFC 4180: fields with the delimiter, a quote or a line break are quoted, quotes doubled)
/// and "\r\n" to `*out`. Pure; thread-safe.
void AppendCsvRecord(const std::vector<std::string_view>& fields, char delimiter, std::string* out);

}  // namespace tepat::ingest

#pragma once
// ZipArchive: read access to the parts of an XLSX (a ZIP file) through minizip, whole or streamed.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::ingest {

/// An open ZIP archive. At most one entry is open for streaming at a time. Not thread-safe.
class ZipArchive {
 public:
  /// Opens `path`. Fails with kInvalidArgument (message for the operator) when it is not a complete ZIP archive,
  /// e.g. a truncated upload.
  static domain::Result<std::unique_ptr<ZipArchive>> Open(const std::filesystem::path& path);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// True when the archive holds `name` (case-insensitive).
  bool Has(std::string_view name);
  /// The whole uncompressed entry `name`. kNotFound when absent; kInvalidArgument when larger than `max_bytes`
  /// or corrupt (CRC or inflate error).
  domain::Result<std::string> ReadAll(std::string_view name, std::uint64_t max_bytes);
  /// Reads entry `name` to its end without keeping it, to prove it is intact. Errors as ReadAll.
  domain::Status Verify(std::string_view name);

  /// Opens `name` for streaming with Read; returns its uncompressed size. Closes any entry open before.
  domain::Result<std::uint64_t> OpenEntry(std::string_view name);
  /// Up to `capacity` bytes of the open entry into `buffer`; 0 at its end. kInvalidArgument when corrupt.
  domain::Result<std::size_t> Read(char* buffer, std::size_t capacity);
  /// Closes the open entry; kInvalidArgument on a CRC mismatch (only detected when read to the end).
  domain::Status CloseEntry();

 private:
  explicit ZipArchive(void* handle) : handle_(handle) {}
  void* handle_;
  bool entry_open_ = false;
};

/// The file-level message for a damaged or truncated XLSX, with `detail` in brackets for support.
domain::Status CorruptXlsxError(std::string_view detail);

}  // namespace tepat::ingest

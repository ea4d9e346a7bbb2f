#pragma once
// FileChunks: reads a file front to back in fixed-size chunks, so memory stays flat whatever the file size.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::ingest {

/// Default size of one read.
inline constexpr std::size_t kDefaultChunkBytes = 64 * 1024;

/// A file opened for sequential reading. Not thread-safe.
class FileChunks {
 public:
  /// Opens `path`. Fails with kNotFound when it cannot be opened (message names the file) and with
  /// kInvalidArgument when it is larger than `max_bytes` (message gives both sizes and what to do).
  static domain::Result<std::unique_ptr<FileChunks>> Open(const std::filesystem::path& path, std::uint64_t max_bytes,
                                                          std::size_t chunk_bytes = kDefaultChunkBytes);
  ~FileChunks();
  FileChunks(const FileChunks&) = delete;
  FileChunks& operator=(const FileChunks&) = delete;

  /// The next chunk (empty at the end of the file), valid until the next call. Fails with kUnavailable on a read
  /// error.
  domain::Result<std::string_view> Read();
  /// Bytes returned by Read so far.
  std::uint64_t offset() const { return offset_; }
  /// Size of the file when opened.
  std::uint64_t size() const { return size_; }

 private:
  FileChunks(std::FILE* file, std::uint64_t size, std::size_t chunk_bytes)
      : file_(file), size_(size), buffer_(chunk_bytes, '\0') {}
  std::FILE* file_;
  std::uint64_t size_;
  std::uint64_t offset_ = 0;
  std::string buffer_;
};

/// The file-level error for a file over the size limit (shared by every reader).
domain::Status FileTooLargeError(std::uint64_t size, std::uint64_t max_bytes);

/// Checks `path` exists and is at most `max_bytes`; returns its size. Errors as FileChunks::Open.
domain::Result<std::uint64_t> CheckFileSize(const std::filesystem::path& path, std::uint64_t max_bytes);

}  // namespace tepat::ingest

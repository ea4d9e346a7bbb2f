#include "ingest/file_chunks.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>

namespace tepat::ingest {
namespace {

constexpr double kBytesPerMegabyte = 1024.0 * 1024.0;

std::string Megabytes(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / kBytesPerMegabyte);
  return buf;
}

}  // namespace

domain::Status FileTooLargeError(std::uint64_t size, std::uint64_t max_bytes) {
  return domain::InvalidArgument("File berukuran " + Megabytes(size) + ", melebihi batas " + Megabytes(max_bytes) +
                                 ". Bagi data menjadi beberapa file yang lebih kecil, lalu impor satu per satu.");
}

domain::Result<std::uint64_t> CheckFileSize(const std::filesystem::path& path, std::uint64_t max_bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::is_regular_file(status)) {
    return domain::NotFound("File '" + path.filename().string() + "' tidak ditemukan atau bukan file biasa.");
  }
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  if (ec) return domain::NotFound("Ukuran file '" + path.filename().string() + "' tidak dapat dibaca.");
  if (size > max_bytes) return FileTooLargeError(size, max_bytes);
  return size;
}

domain::Result<std::unique_ptr<FileChunks>> FileChunks::Open(const std::filesystem::path& path, std::uint64_t max_bytes,
                                                             std::size_t chunk_bytes) {
  auto size = CheckFileSize(path, max_bytes);
  if (!size.ok()) return size.status();
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return domain::NotFound("File '" + path.filename().string() + "' tidak dapat dibuka: " + std::strerror(errno) + ".");
  }
  return std::unique_ptr<FileChunks>(new FileChunks(file, *size, chunk_bytes));
}

FileChunks::~FileChunks() { std::fclose(file_); }

domain::Result<std::string_view> FileChunks::Read() {
  const std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  if (n == 0 && std::ferror(file_)) {
    return domain::Unavailable("File tidak dapat dibaca setelah " + std::to_string(offset_) + " byte (kesalahan disk).");
  }
  offset_ += n;
  return std::string_view(buffer_.data(), n);
}

}  // namespace tepat::ingest

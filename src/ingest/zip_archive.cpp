#include "ingest/zip_archive.hpp"

#include <minizip/unzip.h>

#include <vector>

namespace tepat::ingest {
namespace {

constexpr int kCaseInsensitive = 2;
constexpr std::size_t kVerifyBufferBytes = 64 * 1024;

}  // namespace

domain::Status CorruptXlsxError(std::string_view detail) {
  return domain::InvalidArgument(
      "File XLSX rusak atau terpotong (mungkin unggahan atau penyalinan tidak selesai), sehingga tidak dapat "
      "dibaca [" + std::string(detail) + "]. Buka file di Excel, simpan ulang sebagai XLSX, lalu unggah ulang.");
}

domain::Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(const std::filesystem::path& path) {
  unzFile handle = unzOpen64(path.c_str());
  if (handle == nullptr) return CorruptXlsxError("bukan arsip ZIP yang utuh");
  return std::unique_ptr<ZipArchive>(new ZipArchive(handle));
}

ZipArchive::~ZipArchive() {
  if (entry_open_) unzCloseCurrentFile(handle_);
  unzClose(handle_);
}

bool ZipArchive::Has(std::string_view name) {
  return unzLocateFile(handle_, std::string(name).c_str(), kCaseInsensitive) == UNZ_OK;
}

domain::Result<std::uint64_t> ZipArchive::OpenEntry(std::string_view name) {
  if (entry_open_) {
    unzCloseCurrentFile(handle_);
    entry_open_ = false;
  }
  const std::string n(name);
  if (unzLocateFile(handle_, n.c_str(), kCaseInsensitive) != UNZ_OK) {
    return domain::NotFound(CorruptXlsxError("bagian " + n + " tidak ada").message());
  }
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(handle_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
      unzOpenCurrentFile(handle_) != UNZ_OK) {
    return CorruptXlsxError("bagian " + n + " tidak dapat dibuka");
  }
  entry_open_ = true;
  return static_cast<std::uint64_t>(info.uncompressed_size);
}

domain::Result<std::size_t> ZipArchive::Read(char* buffer, std::size_t capacity) {
  const int n = unzReadCurrentFile(handle_, buffer, static_cast<unsigned>(capacity));
  if (n < 0) return CorruptXlsxError("data terkompresi rusak, kode " + std::to_string(n));
  return static_cast<std::size_t>(n);
}

domain::Status ZipArchive::CloseEntry() {
  if (!entry_open_) return domain::Status::Ok();
  entry_open_ = false;
  if (unzCloseCurrentFile(handle_) == UNZ_CRCERROR) return CorruptXlsxError("CRC tidak cocok");
  return domain::Status::Ok();
}

domain::Result<std::string> ZipArchive::ReadAll(std::string_view name, std::uint64_t max_bytes) {
  auto size = OpenEntry(name);
  if (!size.ok()) return size.status();
  if (*size > max_bytes) {
    return CorruptXlsxError("bagian " + std::string(name) + " terlalu besar: " + std::to_string(*size) + " byte");
  }
  std::string out(static_cast<std::size_t>(*size), '\0');
  std::size_t filled = 0;
  while (filled < out.size()) {
    auto n = Read(out.data() + filled, out.size() - filled);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    filled += *n;
  }
  out.resize(filled);
  domain::Status closed = CloseEntry();
  if (!closed.ok()) return closed;
  return out;
}

domain::Status ZipArchive::Verify(std::string_view name) {
  auto size = OpenEntry(name);
  if (!size.ok()) return size.status();
  std::vector<char> buffer(kVerifyBufferBytes);
  while (true) {
    auto n = Read(buffer.data(), buffer.size());
    if (!n.ok()) return n.status();
    if (*n == 0) break;
  }
  return CloseEntry();
}

}  // namespace tepat::ingest

#include "service/upload_check.hpp"

#include <magic.h>

#include <array>
#include <memory>

#include "service/image_metadata.hpp"

namespace tepat::service {
namespace {

constexpr std::size_t kMaxFileNameChars = 100;
constexpr std::string_view kDefaultFileName = "lampiran";

struct AllowedType {
  std::string_view content_type;
  std::string_view extension;
};
constexpr std::array<AllowedType, 3> kAllowedTypes = {{
    {"image/jpeg", "jpg"},
    {"image/png", "png"},
    {"application/pdf", "pdf"},
}};

struct MagicCloser {
  void operator()(magic_set* handle) const { magic_close(handle); }
};
using MagicHandle = std::unique_ptr<magic_set, MagicCloser>;

MagicHandle OpenMagic() {
  MagicHandle handle(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR));
  if (handle && magic_load(handle.get(), nullptr) != 0) handle.reset();
  return handle;
}

domain::Status Refused(const std::string& indonesian, const std::string& english) {
  return domain::InvalidArgument("attachment: " + indonesian + " (" + english + ")");
}

}  // namespace

std::string SniffContentType(std::string_view bytes) {
  thread_local MagicHandle handle = OpenMagic();
  if (!handle) return "";
  const char* type = magic_buffer(handle.get(), bytes.data(), bytes.size());
  return type ? std::string(type) : "";
}

domain::Result<CheckedUpload> CheckUpload(std::string_view bytes) {
  if (bytes.empty()) return Refused("berkas kosong; pilih berkas lain", "the file is empty; choose another file");
  if (static_cast<std::int64_t>(bytes.size()) > kMaxAttachmentBytes) {
    return Refused("berkas lebih dari 2 MB; perkecil atau pindai ulang dengan resolusi lebih rendah",
                   "the file is larger than 2 MB; make it smaller or scan it again at a lower resolution");
  }
  const std::string sniffed = SniffContentType(bytes);
  for (const AllowedType& allowed : kAllowedTypes) {
    if (sniffed != allowed.content_type) continue;
    CheckedUpload upload{std::string(bytes), sniffed, std::string(allowed.extension)};
    domain::Result<std::string> stripped = upload.bytes;
    if (allowed.extension == "jpg") stripped = StripJpegMetadata(bytes);
    if (allowed.extension == "png") stripped = StripPngMetadata(bytes);
    if (!stripped.ok()) return Refused("gambar rusak", stripped.status().message());
    upload.bytes = std::move(stripped).value();
    return upload;
  }
  return Refused("hanya gambar JPEG atau PNG dan dokumen PDF yang diterima; isi berkas ini bukan salah satunya, "
                 "apa pun namanya",
                 "only JPEG or PNG images and PDF documents are accepted; the content of this file is none of them, "
                 "whatever its name says");
}

std::string CleanFileName(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string out;
  for (char c : name) {
    if (out.size() >= kMaxFileNameChars) break;
    const auto u = static_cast<unsigned char>(c);
    const bool printable = u >= 0x20 && u < 0x7F && c != '"' && c != '\\' && c != ';';
    out.push_back(printable ? c : '_');
  }
  if (out.empty() || out == "." || out == "..") return std::string(kDefaultFileName);
  return out;
}

}  // namespace tepat::service

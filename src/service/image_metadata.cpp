#include "service/image_metadata.hpp"

#include <array>
#include <cstdint>

namespace tepat::service {
namespace {

constexpr unsigned char kMarkerPrefix = 0xFF;
constexpr unsigned char kStartOfImage = 0xD8;
constexpr unsigned char kStartOfScan = 0xDA;
constexpr unsigned char kApp0 = 0xE0;
constexpr unsigned char kApp15 = 0xEF;
constexpr unsigned char kComment = 0xFE;
constexpr unsigned char kTem = 0x01;
constexpr unsigned char kRestartFirst = 0xD0;
constexpr unsigned char kRestartLast = 0xD7;
constexpr std::size_t kSegmentLengthBytes = 2;

constexpr std::string_view kPngSignature{"\x89PNG\r\n\x1a\n", 8};
constexpr std::size_t kChunkLengthBytes = 4;
constexpr std::size_t kChunkTypeBytes = 4;
constexpr std::size_t kChunkCrcBytes = 4;
constexpr std::array<std::string_view, 12> kKeptPngChunks = {"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA",
                                                            "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD"};

domain::Status BadImage(std::string_view kind) {
  return domain::InvalidArgument(
      "berkas " + std::string(kind) + " rusak atau terpotong; unggah ulang gambar aslinya (the " + std::string(kind) +
      " file is damaged or truncated; upload the original image again)");
}

std::uint32_t BigEndian(std::string_view bytes, std::size_t at, std::size_t count) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < count; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

bool IsMetadataMarker(unsigned char marker) {
  return (marker > kApp0 && marker <= kApp15) || marker == kComment;
}

}  // namespace

domain::Result<std::string> StripJpegMetadata(std::string_view jpeg) {
  if (jpeg.size() < 4 || static_cast<unsigned char>(jpeg[0]) != kMarkerPrefix ||
      static_cast<unsigned char>(jpeg[1]) != kStartOfImage) {
    return BadImage("JPEG");
  }
  std::string out(jpeg.substr(0, 2));
  std::size_t at = 2;
  while (at + 1 < jpeg.size()) {
    if (static_cast<unsigned char>(jpeg[at]) != kMarkerPrefix) return BadImage("JPEG");
    const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
    if (marker == kMarkerPrefix) {  // fill byte
      ++at;
      continue;
    }
    if (marker == kTem || (marker >= kRestartFirst && marker <= kRestartLast)) {  // no length
      out.append(jpeg.substr(at, 2));
      at += 2;
      continue;
    }
    if (at + 2 + kSegmentLengthBytes > jpeg.size()) return BadImage("JPEG");
    const std::size_t length = BigEndian(jpeg, at + 2, kSegmentLengthBytes);
    if (length < kSegmentLengthBytes || at + 2 + length > jpeg.size()) return BadImage("JPEG");
    if (marker == kStartOfScan) {
      out.append(jpeg.substr(at));  // the entropy-coded data and everything after it
      return out;
    }
    if (!IsMetadataMarker(marker)) out.append(jpeg.substr(at, 2 + length));
    at += 2 + length;
  }
  return BadImage("JPEG");
}

domain::Result<std::string> StripPngMetadata(std::string_view png) {
  if (!png.starts_with(kPngSignature)) return BadImage("PNG");
  std::string out(kPngSignature);
  std::size_t at = kPngSignature.size();
  while (at + kChunkLengthBytes + kChunkTypeBytes <= png.size()) {
    const std::size_t length = BigEndian(png, at, kChunkLengthBytes);
    const std::size_t total = kChunkLengthBytes + kChunkTypeBytes + length + kChunkCrcBytes;
    if (length > png.size() || at + total > png.size()) return BadImage("PNG");
    const std::string_view type = png.substr(at + kChunkLengthBytes, kChunkTypeBytes);
    bool kept = false;
    for (std::string_view name : kKeptPngChunks) kept = kept || name == type;
    if (kept) out.append(png.substr(at, total));
    at += total;
    if (type == "IEND") return out;
  }
  return BadImage("PNG");
}

}  // namespace tepat::service

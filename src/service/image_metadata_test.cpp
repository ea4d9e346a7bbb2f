#include "service/image_metadata.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace tepat::service {
namespace {

std::string Segment(unsigned char marker, const std::string& payload) {
  const std::size_t length = payload.size() + 2;
  std::string out{'\xFF', static_cast<char>(marker), static_cast<char>(length >> 8), static_cast<char>(length & 0xFF)};
  return out + payload;
}

std::string Chunk(const std::string& type, const std::string& data) {
  const std::uint32_t length = data.size();
  std::string out{static_cast<char>(length >> 24), static_cast<char>(length >> 16), static_cast<char>(length >> 8),
                  static_cast<char>(length)};
  return out + type + data + "CRC!";  // the stripper copies CRCs, it does not check them
}

const std::string kSoi{"\xFF\xD8", 2};
const std::string kPngSig{"\x89PNG\r\n\x1a\n", 8};

TEST(StripJpegMetadata, DropsExifXmpAndCommentsAndKeepsTheImage) {
  const std::string jfif = Segment(0xE0, std::string("JFIF\0\1\1", 7));
  const std::string exif = Segment(0xE1, "Exif\0\0GPS -8.2192 114.3691 SerialNumber 123");
  const std::string comment = Segment(0xFE, "taken by Siti");
  const std::string tables = Segment(0xDB, std::string(65, '\x10'));
  const std::string scan = Segment(0xDA, std::string(10, '\x01')) + "entropy\xFF\x00data" + "\xFF\xD9";
  auto stripped = StripJpegMetadata(kSoi + jfif + exif + comment + tables + scan);
  ASSERT_TRUE(stripped.ok()) << stripped.status().message();
  EXPECT_EQ(*stripped, kSoi + jfif + tables + scan);
  EXPECT_EQ(stripped->find("GPS"), std::string::npos);
  EXPECT_EQ(stripped->find("Siti"), std::string::npos);
}

TEST(StripJpegMetadata, RefusesDamagedFiles) {
  EXPECT_FALSE(StripJpegMetadata("").ok());
  EXPECT_FALSE(StripJpegMetadata("%PDF-1.4").ok());
  EXPECT_FALSE(StripJpegMetadata(kSoi + "\xFF\xE1\x40\x00short").ok());  // length past the end
  EXPECT_FALSE(StripJpegMetadata(kSoi + Segment(0xDB, "xx")).ok());     // no start of scan
}

TEST(StripPngMetadata, KeepsDrawingChunksAndDropsTextAndExif) {
  const std::string ihdr = Chunk("IHDR", std::string(13, '\0'));
  const std::string text = Chunk("tEXt", std::string("Author\0Siti", 11));
  const std::string exif = Chunk("eXIf", "GPS");
  const std::string idat = Chunk("IDAT", "pixels");
  const std::string iend = Chunk("IEND", "");
  auto stripped = StripPngMetadata(kPngSig + ihdr + text + idat + exif + iend);
  ASSERT_TRUE(stripped.ok()) << stripped.status().message();
  EXPECT_EQ(*stripped, kPngSig + ihdr + idat + iend);
}

TEST(StripPngMetadata, RefusesDamagedFiles) {
  EXPECT_FALSE(StripPngMetadata("GIF89a").ok());
  EXPECT_FALSE(StripPngMetadata(kPngSig + Chunk("IHDR", std::string(13, '\0'))).ok());  // no IEND
  EXPECT_FALSE(StripPngMetadata(kPngSig + std::string("\0\0\xFF\xFFIDAT", 8)).ok());     // truncated
}

}  // namespace
}  // namespace tepat::service

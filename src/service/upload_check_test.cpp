#include "service/upload_check.hpp"

#include <gtest/gtest.h>

namespace tepat::service {
namespace {

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const std::string kElf = std::string("\x7F" "ELF\x02\x01\x01\0", 8) + std::string(56, '\0');
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string("\0\0\0\x0dIHDR", 8) +
                         std::string("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13) + "CRC!" +
                         std::string("\0\0\0\x04tEXt", 8) + "GPS!" + "CRC!" + std::string("\0\0\0\0IEND", 8) + "CRC!";

TEST(CheckUpload, AcceptsPdfAndStripsPngText) {
  auto pdf = CheckUpload(kPdf);
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  EXPECT_EQ(pdf->content_type, "application/pdf");
  EXPECT_EQ(pdf->extension, "pdf");
  auto png = CheckUpload(kPng);
  ASSERT_TRUE(png.ok()) << png.status().message();
  EXPECT_EQ(png->content_type, "image/png");
  EXPECT_EQ(png->bytes.find("GPS!"), std::string::npos);
}

TEST(CheckUpload, RefusesExecutablesWhateverTheirNameAndTooLargeOrEmptyFiles) {
  auto elf = CheckUpload(kElf);
  ASSERT_FALSE(elf.ok());
  EXPECT_NE(elf.status().message().find("JPEG"), std::string::npos);
  EXPECT_FALSE(CheckUpload("MZ\x90\0 this is a windows program").ok());
  EXPECT_FALSE(CheckUpload("<html><script>alert(1)</script></html>").ok());
  EXPECT_FALSE(CheckUpload("").ok());
  std::string big = kPdf + std::string(kMaxAttachmentBytes, ' ');
  auto too_big = CheckUpload(big);
  ASSERT_FALSE(too_big.ok());
  EXPECT_NE(too_big.status().message().find("2 MB"), std::string::npos);
}

TEST(CleanFileName, KeepsTheLastComponentInPrintableAscii) {
  EXPECT_EQ(CleanFileName("C:\\Users\\siti\\surat.pdf"), "surat.pdf");
  EXPECT_EQ(CleanFileName("../../etc/passwd"), "passwd");
  EXPECT_EQ(CleanFileName("a\"b;c\r\n.pdf"), "a_b_c__.pdf");
  EXPECT_EQ(CleanFileName(""), "lampiran");
  EXPECT_EQ(CleanFileName("dir/"), "lampiran");
}

}  // namespace
}  // namespace tepat::service

#include "http/smtp_client.hpp"

#include <gtest/gtest.h>

namespace tepat::http {
namespace {

constexpr std::time_t kDate = 1'795'000'000;  // 2026-11-18

TEST(FormatMailMessageTest, WritesHeadersAndABase64BodyWithCrlf) {
  std::string text = FormatMailMessage("tepat@dinsos.example", "warga@example.id", "Status berubah", "Halo\nDunia",
                                       kDate, "abc@tepat");
  EXPECT_NE(text.find("From: tepat@dinsos.example\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: warga@example.id\r\n"), std::string::npos);
  EXPECT_NE(text.find("Subject: Status berubah\r\n"), std::string::npos);
  EXPECT_NE(text.find("Date: Wed, 18 Nov 2026 "), std::string::npos) << text;
  EXPECT_NE(text.find("Message-ID: <abc@tepat>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n\r\nSGFsbwpEdW5pYQ==\r\n"), std::string::npos) << text;
}

TEST(FormatMailMessageTest, EncodesANonAsciiSubjectAndDropsLineBreaksFromHeaders) {
  std::string text = FormatMailMessage("a@b.c", "x@y.z\r\nBcc: evil@x.y", "Keluhan — selesai\r\nX: y", "", kDate, "m");
  EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos) << "a header was injected";
  EXPECT_EQ(text.find("\r\nX: y"), std::string::npos) << "a header was injected";
}

TEST(IsPlainMailAddressTest, AcceptsOnlyOneSimpleAddress) {
  EXPECT_TRUE(IsPlainMailAddress("admin.pemda@banyuwangi.go.id"));
  EXPECT_FALSE(IsPlainMailAddress("no-at-sign"));
  EXPECT_FALSE(IsPlainMailAddress("@example.id"));
  EXPECT_FALSE(IsPlainMailAddress("a@b@c"));
  EXPECT_FALSE(IsPlainMailAddress("a@b.c\r\nRCPT TO:<x@y>"));
  EXPECT_FALSE(IsPlainMailAddress("A <a@b.c>"));
}

TEST(SmtpClientTest, AnUnreachableServerIsATemporaryFailure) {
  SmtpClient client(SmtpConfig{.host = "127.0.0.1", .port = 1, .from = "tepat@example.id"});
  SmtpOutcome outcome = client.Send("warga@example.id", "s", "b");
  EXPECT_EQ(outcome.kind, SmtpOutcome::Kind::kTemporaryFailure);
  EXPECT_NE(outcome.error.find("cannot connect"), std::string::npos) << outcome.error;
}

TEST(SmtpClientTest, AMalformedRecipientIsAPermanentFailure) {
  SmtpClient client(SmtpConfig{.host = "127.0.0.1", .port = 1, .from = "tepat@example.id"});
  EXPECT_EQ(client.Send("not an address", "s", "b").kind, SmtpOutcome::Kind::kPermanentFailure);
}

}  // namespace
}  // namespace tepat::http

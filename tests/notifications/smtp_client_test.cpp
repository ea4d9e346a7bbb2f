// SmtpClient against the test SMTP sink: delivery, encoded subject and body, temporary and permanent refusals.
#include "http/smtp_client.hpp"

#include <gtest/gtest.h>

#include "support/smtp_sink.hpp"

namespace tepat::test_support {
namespace {

http::SmtpConfig ConfigFor(const SmtpSink& sink) {
  return http::SmtpConfig{.host = "127.0.0.1", .port = sink.port(), .from = "tepat@dinsos.example.id"};
}

TEST(SmtpClientSinkTest, DeliversOneMessageWithItsEnvelopeSubjectAndBody) {
  SmtpSink sink;
  http::SmtpClient client(ConfigFor(sink));
  http::SmtpOutcome outcome = client.Send("warga@example.id", "Keluhan Anda — status berubah", "Baris 1\n.Baris 2\n");
  ASSERT_TRUE(outcome.ok()) << outcome.error;
  auto messages = sink.Messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].from, "tepat@dinsos.example.id");
  EXPECT_EQ(messages[0].to, "warga@example.id");
  EXPECT_EQ(messages[0].subject, "Keluhan Anda — status berubah");
  EXPECT_EQ(messages[0].body, "Baris 1\n.Baris 2\n");
}

TEST(SmtpClientSinkTest, A4xxReplyIsTemporaryAndA5xxReplyIsPermanent) {
  SmtpSink sink;
  http::SmtpClient client(ConfigFor(sink));
  sink.RefuseNext(1, 451);
  EXPECT_EQ(client.Send("a@example.id", "s", "b").kind, http::SmtpOutcome::Kind::kTemporaryFailure);
  sink.RefuseNext(1, 550);
  http::SmtpOutcome refused = client.Send("a@example.id", "s", "b");
  EXPECT_EQ(refused.kind, http::SmtpOutcome::Kind::kPermanentFailure);
  EXPECT_NE(refused.error.find("550"), std::string::npos) << refused.error;
  EXPECT_TRUE(client.Send("a@example.id", "s", "b").ok());
  EXPECT_EQ(sink.Messages().size(), 1u);
}

}  // namespace
}  // namespace tepat::test_support

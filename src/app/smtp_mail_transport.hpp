#pragma once
// SmtpMailTransport: the outbox's MailTransport over http::SmtpClient.
#include "http/smtp_client.hpp"
#include "service/mail_transport.hpp"

namespace tepat::app {

/// Maps SMTP outcomes to statuses: temporary failures are kUnavailable (retried), permanent ones
/// kInvalidArgument (kept, not retried).
class SmtpMailTransport final : public service::MailTransport {
 public:
  explicit SmtpMailTransport(http::SmtpConfig config) : client_(std::move(config)) {}
  domain::Status Send(const service::MailMessage& message) override;

 private:
  http::SmtpClient client_;
};

}  // namespace tepat::app

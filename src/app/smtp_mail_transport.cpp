#include "app/smtp_mail_transport.hpp"

namespace tepat::app {

domain::Status SmtpMailTransport::Send(const service::MailMessage& message) {
  http::SmtpOutcome outcome = client_.Send(message.to, message.subject, message.body);
  switch (outcome.kind) {
    case http::SmtpOutcome::Kind::kSent: return domain::Status::Ok();
    case http::SmtpOutcome::Kind::kTemporaryFailure: return domain::Unavailable(outcome.error);
    case http::SmtpOutcome::Kind::kPermanentFailure: return domain::InvalidArgument(outcome.error);
  }
  return domain::Internal("unknown SMTP outcome");
}

}  // namespace tepat::app

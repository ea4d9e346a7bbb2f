#pragma once
// MailTransport: the port through which the outbox sends one email. The app plugs in SMTP (http/smtp_client);
// tests plug in fakes.
#include <string>

#include "domain/status.hpp"

namespace tepat::service {

/// One plain-text email to one recipient.
struct MailMessage {
  std::string to;
  std::string subject;
  std::string body;  ///< UTF-8 plain text
};

/// Sends email. Implementations must be safe to call from one thread at a time (the outbox sender's).
class MailTransport {
 public:
  virtual ~MailTransport() = default;
  /// OK when the mail server accepted the message. kUnavailable when it could not be reached or answered with a
  /// temporary failure; kInvalidArgument when it refused the message for good. The message says which and never
  /// contains the body.
  virtual domain::Status Send(const MailMessage& message) = 0;
};

}  // namespace tepat::service

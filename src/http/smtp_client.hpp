#pragma once
// SmtpClient: sends one plain-text email per call over plain SMTP (RFC 5321) with Boost.Asio: EHLO (HELO as a
// fallback), MAIL FROM, RCPT TO, DATA, QUIT. No TLS and no AUTH: meant for a relay on the same host or network
// (e.g. a local Postfix that forwards with TLS). The message is UTF-8 text, base64-encoded, with an RFC 2047
// subject, so any mail server accepts it.
#include <chrono>
#include <cstdint>
#include <ctime>
#include <string>

namespace tepat::http {

/// Where and as whom to send.
struct SmtpConfig {
  std::string host;                  ///< "" means email is off
  std::uint16_t port = 25;
  std::string from;                  ///< envelope sender and From: address, e.g. "tepat@dinsos.example.go.id"
  std::string helo_name = "localhost";
  std::chrono::milliseconds timeout{10'000};  ///< for the whole conversation of one message
};

/// What happened to one message.
struct SmtpOutcome {
  enum class Kind { kSent, kTemporaryFailure, kPermanentFailure };
  Kind kind = Kind::kSent;
  std::string error;  ///< server reply or network error, for the outbox's last_error; never the body
  bool ok() const { return kind == Kind::kSent; }
};

/// Stateless between calls (one connection per message); safe to use from one thread at a time per instance.
class SmtpClient {
 public:
  explicit SmtpClient(SmtpConfig config) : config_(std::move(config)) {}

  /// Sends one message. kTemporaryFailure when the server cannot be reached, times out, or answers 4xx;
  /// kPermanentFailure when it answers 5xx or the address is malformed.
  SmtpOutcome Send(const std::string& to, const std::string& subject, const std::string& body) const;

  const SmtpConfig& config() const { return config_; }

 private:
  SmtpConfig config_;
};

/// The RFC 5322 text of a message (CRLF line ends, headers, base64 body), ready for DATA (no dot-stuffing is
/// needed: no line starts with a dot). CR and LF are removed from `to` and `subject`. Pure apart from `date`.
std::string FormatMailMessage(const std::string& from, const std::string& to, const std::string& subject,
                              const std::string& body, std::time_t date, const std::string& message_id);

/// True for a plain address "local@domain" without spaces, angle brackets, CR or LF. Pure.
bool IsPlainMailAddress(const std::string& address);

}  // namespace tepat::http

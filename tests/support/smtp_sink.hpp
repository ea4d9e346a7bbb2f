#pragma once
// SmtpSink: a tiny SMTP server for tests (Boost.Asio, one thread). It accepts every message, records the envelope
// and the decoded text, and can refuse the next N messages with a temporary (4xx) or permanent (5xx) reply.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace tepat::test_support {

/// One accepted message.
struct SinkMessage {
  std::string from;     ///< MAIL FROM address
  std::string to;       ///< RCPT TO address
  std::string headers;  ///< header block as received (CRLF line ends)
  std::string subject;  ///< Subject header (RFC 2047 words decoded)
  std::string body;     ///< text after the headers, base64-decoded when so encoded
};

/// Listens on 127.0.0.1 from construction until destruction. Thread-safe.
class SmtpSink {
 public:
  /// `port` 0 picks a free port. Throws when the port cannot be bound.
  explicit SmtpSink(std::uint16_t port = 0);
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::uint16_t port() const { return port_; }
  /// The messages accepted so far, in order.
  std::vector<SinkMessage> Messages() const;
  /// Waits until at least `count` messages were accepted or `timeout` passed; returns the messages.
  std::vector<SinkMessage> WaitForMessages(std::size_t count, std::chrono::milliseconds timeout) const;
  /// Answers the DATA end of the next `count` messages with `code` (e.g. 451, 550) instead of 250.
  void RefuseNext(int count, int code);

  /// A port that was free a moment ago (nothing listens on it now): for "the server is down" tests.
  static std::uint16_t FreePort();

 private:
  void Serve();
  void HandleConnection(boost::asio::ip::tcp::socket socket);

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::vector<SinkMessage> messages_;
  int refuse_count_ = 0;
  int refuse_code_ = 0;
  std::thread thread_;
};

}  // namespace tepat::test_support

#include "http/smtp_client.hpp"

#include <sodium.h>

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <cctype>
#include <optional>

namespace tepat::http {
namespace {

constexpr std::size_t kBase64LineChars = 76;
constexpr std::size_t kSubjectChunkBytes = 45;  ///< raw bytes per encoded word (60 base64 chars, under 75)
constexpr std::size_t kMessageIdBytes = 12;
constexpr int kReplyReady = 220;
constexpr int kReplyOk = 250;
constexpr int kReplyForwarded = 251;
constexpr int kReplyStartData = 354;
constexpr int kFirstPermanentCode = 500;

struct Reply {
  int code = 0;
  std::string text;  ///< the last line, e.g. "250 OK"
};

std::string Base64(std::string_view bytes) {
  if (bytes.empty()) return "";
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::string WithoutLineBreaks(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != '\r' && c != '\n') out.push_back(c);
  }
  return out;
}

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

// RFC 2047 encoded words of at most kSubjectChunkBytes bytes each, cut between UTF-8 characters.
std::string EncodeSubject(const std::string& subject) {
  if (IsAscii(subject)) return subject;
  std::string out;
  std::size_t at = 0;
  while (at < subject.size()) {
    std::size_t end = std::min(subject.size(), at + kSubjectChunkBytes);
    while (end < subject.size() && end > at && (static_cast<unsigned char>(subject[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(std::string_view(subject).substr(at, end - at)) + "?=";
    at = end;
  }
  return out;
}

std::string RfcDate(std::time_t date) {
  std::tm utc{};
  gmtime_r(&date, &utc);
  std::array<char, 64> text{};
  std::strftime(text.data(), text.size(), "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return text.data();
}

std::string RandomHex(std::size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  hex.pop_back();
  return hex;
}

// Reads one (possibly multi-line) reply: lines "250-..." continue, "250 ..." ends it.
std::optional<Reply> ReadReply(boost::asio::ip::tcp::iostream& stream) {
  std::string line;
  while (std::getline(stream, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() < 3 || !std::isdigit(static_cast<unsigned char>(line[0]))) return std::nullopt;
    if (line.size() == 3 || line[3] == ' ') return Reply{std::stoi(line.substr(0, 3)), line};
  }
  return std::nullopt;
}

SmtpOutcome Failure(const Reply& reply, const std::string& step) {
  const auto kind = reply.code >= kFirstPermanentCode ? SmtpOutcome::Kind::kPermanentFailure
                                                      : SmtpOutcome::Kind::kTemporaryFailure;
  return SmtpOutcome{kind, "the mail server refused " + step + ": " + reply.text};
}

}  // namespace

bool IsPlainMailAddress(const std::string& address) {
  const std::size_t at = address.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= address.size()) return false;
  for (char c : address) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '>' || c == ',' || c == ';') return false;
  }
  return address.find('@', at + 1) == std::string::npos;
}

std::string FormatMailMessage(const std::string& from, const std::string& to, const std::string& subject,
                              const std::string& body, std::time_t date, const std::string& message_id) {
  std::string out;
  out += "From: " + WithoutLineBreaks(from) + "\r\n";
  out += "To: " + WithoutLineBreaks(to) + "\r\n";
  out += "Subject: " + EncodeSubject(WithoutLineBreaks(subject)) + "\r\n";
  out += "Date: " + RfcDate(date) + "\r\n";
  out += "Message-ID: <" + WithoutLineBreaks(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n\r\n";
  const std::string encoded = Base64(body);
  for (std::size_t at = 0; at < encoded.size(); at += kBase64LineChars) {
    out += encoded.substr(at, kBase64LineChars) + "\r\n";
  }
  return out;
}

SmtpOutcome SmtpClient::Send(const std::string& to, const std::string& subject, const std::string& body) const {
  using Kind = SmtpOutcome::Kind;
  if (!IsPlainMailAddress(to)) return {Kind::kPermanentFailure, "the recipient is not a plain email address"};
  if (!IsPlainMailAddress(config_.from)) return {Kind::kPermanentFailure, "the sender (--smtp-from) is not valid"};
  const std::string where = config_.host + ":" + std::to_string(config_.port);
  boost::asio::ip::tcp::iostream stream;
  stream.expires_after(config_.timeout);
  stream.connect(config_.host, std::to_string(config_.port));
  if (!stream) {
    return {Kind::kTemporaryFailure, "cannot connect to the mail server " + where + ": " + stream.error().message()};
  }
  auto lost = [&] {
    return SmtpOutcome{Kind::kTemporaryFailure, "the mail server " + where + " closed the connection or timed out"};
  };
  // Sends `command` (when not empty) and reads the reply; nullopt when the connection broke.
  auto exchange = [&](const std::string& command) -> std::optional<Reply> {
    if (!command.empty()) stream << command << "\r\n" << std::flush;
    if (!stream) return std::nullopt;
    return ReadReply(stream);
  };
  auto greeting = exchange("");
  if (!greeting) return lost();
  if (greeting->code != kReplyReady) return Failure(*greeting, "the connection");
  auto hello = exchange("EHLO " + config_.helo_name);
  if (!hello) return lost();
  if (hello->code != kReplyOk) {
    hello = exchange("HELO " + config_.helo_name);
    if (!hello) return lost();
    if (hello->code != kReplyOk) return Failure(*hello, "HELO");
  }
  auto sender = exchange("MAIL FROM:<" + config_.from + ">");
  if (!sender) return lost();
  if (sender->code != kReplyOk) return Failure(*sender, "the sender");
  auto recipient = exchange("RCPT TO:<" + to + ">");
  if (!recipient) return lost();
  if (recipient->code != kReplyOk && recipient->code != kReplyForwarded) return Failure(*recipient, "the recipient");
  auto data = exchange("DATA");
  if (!data) return lost();
  if (data->code != kReplyStartData) return Failure(*data, "DATA");
  const std::string message =
      FormatMailMessage(config_.from, to, subject, body, std::time(nullptr), RandomHex(kMessageIdBytes) + "@" +
                                                                                 config_.helo_name);
  auto accepted = exchange(message + ".");
  if (!accepted) return lost();
  if (accepted->code != kReplyOk) return Failure(*accepted, "the message");
  (void)exchange("QUIT");  // the message is accepted; how the goodbye goes does not matter
  return {Kind::kSent, ""};
}

}  // namespace tepat::http

#include "support/smtp_sink.hpp"

#include <sodium.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <istream>

namespace tepat::test_support {
namespace {

using boost::asio::ip::tcp;

std::string DecodeBase64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                        " \r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return text;
  }
  out.resize(length);
  return out;
}

// Decodes "=?UTF-8?B?...?=" words (folded lines joined); plain text is returned as it is.
std::string DecodeSubject(std::string value) {
  const std::string kOpen = "=?UTF-8?B?";
  std::string out;
  std::size_t at = 0;
  bool any = false;
  while ((at = value.find(kOpen)) != std::string::npos) {
    std::size_t end = value.find("?=", at + kOpen.size());
    if (end == std::string::npos) break;
    out += DecodeBase64(value.substr(at + kOpen.size(), end - at - kOpen.size()));
    value = value.substr(end + 2);
    any = true;
  }
  return any ? out : value;
}

std::string HeaderValue(const std::string& headers, const std::string& name) {
  std::size_t at = headers.find("\r\n" + name + ": ");
  std::size_t start = at == std::string::npos ? (headers.rfind(name + ": ", 0) == 0 ? 0 : std::string::npos)
                                              : at + 2;
  if (start == std::string::npos) return "";
  start += name.size() + 2;
  std::string value;
  for (std::size_t end = headers.find("\r\n", start);; end = headers.find("\r\n", start)) {
    value += headers.substr(start, end - start);
    if (end == std::string::npos || end + 2 >= headers.size() || headers[end + 2] != ' ') break;
    start = end + 3;
  }
  return value;
}

std::string Address(const std::string& line) {
  std::size_t open = line.find('<');
  std::size_t close = line.find('>');
  if (open == std::string::npos || close == std::string::npos || close < open) return "";
  return line.substr(open + 1, close - open - 1);
}

}  // namespace

SmtpSink::SmtpSink(std::uint16_t port) : acceptor_(io_) {
  tcp::endpoint endpoint(boost::asio::ip::make_address("127.0.0.1"), port);
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen();
  port_ = acceptor_.local_endpoint().port();
  thread_ = std::thread([this] { Serve(); });
}

SmtpSink::~SmtpSink() {
  stopping_ = true;
  try {  // wake the blocking accept with a connection of our own
    boost::asio::io_context io;
    tcp::socket wake(io);
    wake.connect(tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port_));
  } catch (const std::exception&) {
  }
  thread_.join();
}

std::uint16_t SmtpSink::FreePort() {
  boost::asio::io_context io;
  tcp::acceptor probe(io, tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
  return probe.local_endpoint().port();
}

std::vector<SinkMessage> SmtpSink::Messages() const {
  std::lock_guard lock(mutex_);
  return messages_;
}

std::vector<SinkMessage> SmtpSink::WaitForMessages(std::size_t count, std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto got = Messages(); got.size() >= count) return got;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return Messages();
}

void SmtpSink::RefuseNext(int count, int code) {
  std::lock_guard lock(mutex_);
  refuse_count_ = count;
  refuse_code_ = code;
}

void SmtpSink::Serve() {
  while (!stopping_) {
    tcp::socket socket(io_);
    boost::system::error_code ec;
    acceptor_.accept(socket, ec);
    if (ec || stopping_) continue;
    try {
      HandleConnection(std::move(socket));
    } catch (const std::exception&) {
      // a client that went away mid-conversation: wait for the next one
    }
  }
}

void SmtpSink::HandleConnection(tcp::socket socket) {
  boost::asio::streambuf buffer;
  std::istream in(&buffer);
  auto reply = [&](const std::string& text) { boost::asio::write(socket, boost::asio::buffer(text + "\r\n")); };
  auto read_line = [&]() {
    boost::asio::read_until(socket, buffer, "\r\n");
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  reply("220 sink ESMTP ready");
  SinkMessage message;
  while (true) {
    std::string line = read_line();
    std::string verb = line.substr(0, 4);
    if (verb == "EHLO" || verb == "HELO") {
      reply("250-sink greets you");
      reply("250 8BITMIME");
    } else if (verb == "MAIL") {
      message = SinkMessage{Address(line), "", "", "", ""};
      reply("250 OK");
    } else if (verb == "RCPT") {
      message.to = Address(line);
      reply("250 OK");
    } else if (verb == "DATA") {
      reply("354 end with <CRLF>.<CRLF>");
      std::string text;
      for (std::string data = read_line(); data != "."; data = read_line()) {
        text += (data.rfind("..", 0) == 0 ? data.substr(1) : data) + "\r\n";
      }
      std::size_t split = text.find("\r\n\r\n");
      message.headers = text.substr(0, split + 2);
      std::string body = split == std::string::npos ? "" : text.substr(split + 4);
      bool base64 = HeaderValue(message.headers, "Content-Transfer-Encoding") == "base64";
      message.body = base64 ? DecodeBase64(body) : body;
      message.subject = DecodeSubject(HeaderValue(message.headers, "Subject"));
      std::lock_guard lock(mutex_);
      if (refuse_count_ > 0) {
        --refuse_count_;
        reply(std::to_string(refuse_code_) + " refused by the test");
      } else {
        messages_.push_back(message);
        reply("250 OK queued");
      }
    } else if (verb == "QUIT") {
      reply("221 bye");
      return;
    } else {
      reply("502 not implemented");
    }
  }
}

}  // namespace tepat::test_support

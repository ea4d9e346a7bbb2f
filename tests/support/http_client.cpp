#include "support/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/json.hpp>
#include <optional>

namespace tepat::test_support {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

class HttpClient::Impl {
 public:
  explicit Impl(unsigned short port) : port_(port) {}

  bhttp::response<bhttp::string_body> RoundTrip(bhttp::request<bhttp::string_body>& req) {
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (!stream_) Connect();
      beast::error_code ec;
      bhttp::write(*stream_, req, ec);
      bhttp::response<bhttp::string_body> res;
      if (!ec) bhttp::read(*stream_, buffer_, res, ec);
      if (!ec) {
        if (!res.keep_alive()) stream_.reset();
        return res;
      }
      stream_.reset();  // the server closed an idle keep-alive connection: retry once on a new one
    }
    throw std::runtime_error("request failed twice");
  }

  std::string Raw(const std::string& bytes) {
    net::io_context ioc;
    tcp::socket socket(ioc);
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_));
    net::write(socket, net::buffer(bytes));
    std::string out;
    beast::error_code ec;
    char chunk[4096];
    while (true) {
      std::size_t n = socket.read_some(net::buffer(chunk), ec);
      out.append(chunk, n);
      if (ec) break;
    }
    return out;
  }

 private:
  void Connect() {
    stream_.emplace(ioc_);
    stream_->connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_));
    buffer_.clear();
  }

  unsigned short port_;
  net::io_context ioc_;
  std::optional<beast::tcp_stream> stream_;
  beast::flat_buffer buffer_;
};

HttpClient::HttpClient(unsigned short port) : impl_(std::make_unique<Impl>(port)) {}
HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpResult HttpClient::Get(const std::string& target) { return Send(bhttp::verb::get, target, "", ""); }

HttpResult HttpClient::Post(const std::string& target, const std::string& json_body) {
  return Send(bhttp::verb::post, target, json_body, "application/json");
}

HttpResult HttpClient::Send(bhttp::verb method, const std::string& target, const std::string& body,
                            const std::string& content_type, const std::map<std::string, std::string>& extra_headers) {
  bhttp::request<bhttp::string_body> req{method, target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  req.keep_alive(true);
  if (!content_type.empty()) req.set(bhttp::field::content_type, content_type);
  std::string cookie_header;
  for (const auto& [name, value] : cookies) {
    if (!cookie_header.empty()) cookie_header += "; ";
    cookie_header += name + "=" + value;
  }
  if (!cookie_header.empty()) req.set(bhttp::field::cookie, cookie_header);
  if (!csrf_token.empty() && method != bhttp::verb::get) req.set("X-CSRF-Token", csrf_token);
  for (const auto& [name, value] : extra_headers) req.set(name, value);
  req.body() = body;
  req.prepare_payload();
  auto res = impl_->RoundTrip(req);
  HttpResult out;
  out.status = res.result_int();
  out.body = res.body();
  for (const auto& field : res) {
    std::string name(field.name_string());
    out.headers[name] = std::string(field.value());
    if (field.name() == bhttp::field::set_cookie) {
      std::string value(field.value());
      out.set_cookies.push_back(value);
      std::string pair = value.substr(0, value.find(';'));
      std::size_t eq = pair.find('=');
      std::string cookie_name = pair.substr(0, eq);
      std::string cookie_value = pair.substr(eq + 1);
      if (cookie_value.empty() || value.find("Max-Age=0") != std::string::npos) {
        cookies.erase(cookie_name);
      } else {
        cookies[cookie_name] = cookie_value;
      }
    }
  }
  return out;
}

std::string HttpClient::SendRaw(const std::string& bytes) { return impl_->Raw(bytes); }

HttpResult HttpClient::Login(const std::string& email, const std::string& password) {
  boost::json::object body{{"email", email}, {"password", password}};
  HttpResult res = Post("/api/auth/login", boost::json::serialize(body));
  if (res.status == 200) {
    csrf_token = std::string(boost::json::parse(res.body).at("csrf_token").as_string());
  }
  return res;
}

}  // namespace tepat::test_support

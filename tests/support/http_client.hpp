#pragma once
// HttpClient: a small blocking HTTP/1.1 client for tests, with a cookie jar and the CSRF header.
#include <boost/beast/http.hpp>
#include <map>
#include <memory>
#include <string>

namespace tepat::test_support {

/// A response as tests need it.
struct HttpResult {
  unsigned status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  ///< last value of each header, names as sent
  std::vector<std::string> set_cookies;
};

/// Talks to 127.0.0.1:port over one keep-alive connection (reconnects when the server closed it).
/// Remembers cookies set by the server and sends `csrf_token` as X-CSRF-Token on writes once set.
/// Not thread-safe: one per thread.
class HttpClient {
 public:
  explicit HttpClient(unsigned short port);
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;

  HttpResult Get(const std::string& target);
  HttpResult Post(const std::string& target, const std::string& json_body);
  /// Sends any request; `content_type` "" sends none.
  HttpResult Send(boost::beast::http::verb method, const std::string& target, const std::string& body,
                  const std::string& content_type, const std::map<std::string, std::string>& extra_headers = {});
  /// Sends raw bytes on a fresh connection and returns whatever the server answered until it closed
  /// (for malformed-request tests).
  std::string SendRaw(const std::string& bytes);

  /// Logs in and remembers the session cookie and CSRF token. Returns the login response.
  HttpResult Login(const std::string& email, const std::string& password);

  std::string csrf_token;
  std::map<std::string, std::string> cookies;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tepat::test_support

#pragma once
// ServerConfig: limits and timeouts of the HTTP server, validated once at start-up.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace tepat::http {

/// Listener settings. Defaults suit one kabupaten on one machine.
struct ServerConfig {
  std::string address = "0.0.0.0";
  std::uint16_t port = 8080;          ///< 0 picks a free port (see Server::port())
  int threads = 0;                    ///< 0: one per hardware thread
  std::size_t body_limit = 3 << 20;   ///< bytes; larger bodies get 413 (3 MB: a 2 MB complaint attachment fits)
  std::size_t upload_body_limit = std::size_t{256} << 20;  ///< bytes, for targets under upload_prefix (file uploads)
  std::string upload_prefix = "/api/imports";             ///< "" disables the larger limit
  std::size_t header_limit = 64 << 10;///< bytes of request line + headers; larger get 431
  std::size_t target_limit = 8 << 10; ///< bytes of the request target; longer get 414
  std::chrono::milliseconds read_timeout{30'000};    ///< to read one whole request (also the keep-alive idle time)
  std::chrono::milliseconds shutdown_grace{15'000};  ///< in-flight requests may take this long after SIGTERM
};

}  // namespace tepat::http

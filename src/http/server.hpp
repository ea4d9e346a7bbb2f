#pragma once
// Server: Boost.Beast HTTP/1.1 listener with a thread pool, keep-alive, limits, timeouts and graceful shutdown.
#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "http/message.hpp"
#include "http/server_config.hpp"

namespace tepat::http {

/// Turns one parsed request into a response. Called on a server thread, possibly concurrently.
/// `client_address` is the peer's IP. Must not throw.
using RequestHandler = std::function<Response(Request&& request, const std::string& client_address)>;

/// Builds a JSON error for failures found while reading (body too big, bad syntax), before any handler runs.
using ReadErrorResponder = std::function<Response(Status status, std::string_view code, std::string_view message)>;

/// The HTTP server. Create, Listen(), then Run() on the calling thread until SIGINT/SIGTERM or Stop().
/// On stop: no new connections are accepted, idle connections close, in-flight requests finish (up to
/// `shutdown_grace`), then Run() returns.
class Server {
 public:
  Server(ServerConfig config, RequestHandler handler, ReadErrorResponder read_error);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds and listens. Returns false with `*error` set to a clear sentence when the address is bad or the port
  /// is taken.
  bool Listen(std::string* error);
  /// The bound port (useful with port 0). Valid after Listen().
  std::uint16_t port() const;
  /// Serves until Stop() or a SIGINT/SIGTERM (when `handle_signals`), using config.threads threads including
  /// the caller's. Returns after the graceful shutdown completes.
  void Run(bool handle_signals = true);
  /// Starts the graceful shutdown. Thread-safe; may be called from any thread, also before Run().
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tepat::http

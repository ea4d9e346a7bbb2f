#include "http/server.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <algorithm>
#include <list>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tepat::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

constexpr std::chrono::milliseconds kShutdownPollInterval{20};

// Shared state every connection can see: the handler, limits and whether the server is stopping.
struct SharedState {
  ServerConfig config;
  RequestHandler handler;
  ReadErrorResponder read_error;
  std::atomic<bool> stopping{false};
  std::atomic<int> active_connections{0};
};

// Maps a read error of the parser to the response owed to the client, or nullopt to close silently
// (the peer went away, timed out, or sent half a message).
std::optional<Response> ResponseForReadError(const beast::error_code& ec, const SharedState& state) {
  if (ec == beast_http::error::body_limit) {
    return state.read_error(Status::payload_too_large, "payload_too_large",
                            "The request body is larger than the server accepts.");
  }
  if (ec == beast_http::error::header_limit) {
    return state.read_error(Status::request_header_fields_too_large, "header_too_large",
                            "The request line or headers are too large.");
  }
  if (ec == beast_http::error::end_of_stream || ec == beast_http::error::partial_message) return std::nullopt;
  if (ec.category() == beast_http::make_error_code(beast_http::error::bad_target).category()) {
    return state.read_error(Status::bad_request, "bad_request", "The request is not valid HTTP/1.1.");
  }
  return std::nullopt;
}

// One client connection: read a request, answer it, repeat while keep-alive. Every step runs on the
// connection's strand, so the members need no lock. The response being written is kept in `response_`
// until the write completes (the Beast 1.81 example's queue popped it too early).
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket&& socket, std::shared_ptr<SharedState> state)
      : stream_(std::move(socket)), state_(std::move(state)) {
    ++state_->active_connections;
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) client_address_ = endpoint.address().to_string();
  }
  ~Connection() { --state_->active_connections; }

  void Start() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Connection::ReadRequest, shared_from_this()));
  }

  // Closes the connection when it is waiting for a new request; busy connections close after their response.
  void CloseIfIdle() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_ && !(self->parser_ && self->parser_->got_some())) self->Close();
    });
  }

 private:
  void ReadRequest() {
    if (state_->stopping) return Close();
    busy_ = false;
    parser_.emplace();
    parser_->body_limit(LargestBodyLimit());
    parser_->header_limit(static_cast<std::uint32_t>(state_->config.header_limit));
    stream_.expires_after(state_->config.read_timeout);
    beast_http::async_read_header(stream_, buffer_, *parser_,
                                  beast::bind_front_handler(&Connection::OnHeader, shared_from_this()));
  }

  // File uploads (targets under upload_prefix) may be larger than other bodies. The header is read under the
  // larger limit (a Content-Length above it is refused with 413 before any body arrives); other targets then get
  // the normal limit, which Beast enforces while it reads the body.
  void OnHeader(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) return OnRead(ec, 0);
    const std::string& prefix = state_->config.upload_prefix;
    if (prefix.empty() || !parser_->get().target().starts_with(prefix)) {
      // Beast checks a Content-Length against the limit only when the header completes: repeat that check here.
      const auto length = parser_->content_length();
      if (length && *length > state_->config.body_limit) return OnRead(beast_http::error::body_limit, 0);
      parser_->body_limit(state_->config.body_limit);
    }
    beast_http::async_read(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&Connection::OnRead, shared_from_this()));
  }

  std::size_t LargestBodyLimit() const {
    const ServerConfig& config = state_->config;
    return config.upload_prefix.empty() ? config.body_limit : std::max(config.body_limit, config.upload_body_limit);
  }

  void OnRead(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) {
      std::optional<Response> error = ResponseForReadError(ec, *state_);
      if (!error) return Close();
      error->keep_alive(false);
      return Write(std::move(*error));
    }
    busy_ = true;
    Response response = state_->handler(parser_->release(), client_address_);
    if (state_->stopping) response.keep_alive(false);
    Write(std::move(response));
  }

  void Write(Response&& response) {
    busy_ = true;
    response_ = std::make_unique<Response>(std::move(response));
    stream_.expires_after(state_->config.read_timeout);
    beast_http::async_write(stream_, *response_, beast::bind_front_handler(&Connection::OnWrite, shared_from_this()));
  }

  void OnWrite(beast::error_code ec, std::size_t /*bytes*/) {
    bool keep_alive = response_ && response_->keep_alive();
    response_.reset();
    if (ec || !keep_alive || state_->stopping) return Close();
    ReadRequest();
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::shared_ptr<SharedState> state_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  std::unique_ptr<Response> response_;
  std::string client_address_;
  bool busy_ = false;
};

}  // namespace

class Server::Impl {
 public:
  Impl(ServerConfig config, RequestHandler handler, ReadErrorResponder read_error)
      : state_(std::make_shared<SharedState>()),
        threads_(config.threads > 0 ? config.threads : std::max(1u, std::thread::hardware_concurrency())),
        ioc_(threads_),
        acceptor_(net::make_strand(ioc_)),
        signals_(ioc_),
        shutdown_timer_(ioc_) {
    state_->config = std::move(config);
    state_->handler = std::move(handler);
    state_->read_error = std::move(read_error);
  }

  bool Listen(std::string* error) {
    beast::error_code ec;
    auto address = net::ip::make_address(state_->config.address, ec);
    if (ec) return Fail(error, "'" + state_->config.address + "' is not an IP address; pass e.g. --address 0.0.0.0");
    tcp::endpoint endpoint{address, state_->config.port};
    acceptor_.open(endpoint.protocol(), ec);
    if (ec) return Fail(error, "cannot open a socket: " + ec.message());
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    acceptor_.bind(endpoint, ec);
    if (ec) {
      return Fail(error, "cannot listen on " + state_->config.address + ":" + std::to_string(state_->config.port) +
                             " (" + ec.message() + "); is another program using the port? Stop it or pass --port");
    }
    acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) return Fail(error, "cannot listen: " + ec.message());
    port_ = acceptor_.local_endpoint().port();
    return true;
  }

  std::uint16_t port() const { return port_; }

  void Run(bool handle_signals) {
    if (handle_signals) {
      signals_.add(SIGINT);
      signals_.add(SIGTERM);
      signals_.async_wait([this](const beast::error_code& ec, int) {
        if (!ec) BeginShutdown();
      });
    }
    Accept();
    if (state_->stopping) BeginShutdown();
    std::vector<std::thread> pool;
    for (int i = 1; i < threads_; ++i) pool.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (auto& t : pool) t.join();
  }

  void Stop() {
    state_->stopping = true;
    net::post(ioc_, [this] { BeginShutdown(); });
  }

 private:
  static bool Fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
  }

  void Accept() {
    acceptor_.async_accept(net::make_strand(ioc_), [this](beast::error_code ec, tcp::socket socket) {
      if (ec) {
        if (!acceptor_.is_open() || state_->stopping) return;
      } else {
        auto connection = std::make_shared<Connection>(std::move(socket), state_);
        Track(connection);
        connection->Start();
      }
      if (!state_->stopping) Accept();
    });
  }

  void Track(const std::shared_ptr<Connection>& connection) {
    std::lock_guard lock(connections_mutex_);
    connections_.remove_if([](const std::weak_ptr<Connection>& weak) { return weak.expired(); });
    connections_.push_back(connection);
  }

  void BeginShutdown() {
    if (shutdown_started_.exchange(true)) return;
    state_->stopping = true;
    beast::error_code ignored;
    acceptor_.close(ignored);
    signals_.cancel(ignored);
    {
      std::lock_guard lock(connections_mutex_);
      for (auto& weak : connections_) {
        if (auto connection = weak.lock()) connection->CloseIfIdle();
      }
    }
    shutdown_deadline_ = std::chrono::steady_clock::now() + state_->config.shutdown_grace;
    WaitForConnections();
  }

  // Polls until every connection has finished or the grace period is over, then stops the io_context.
  void WaitForConnections() {
    if (state_->active_connections == 0 || std::chrono::steady_clock::now() >= shutdown_deadline_) {
      ioc_.stop();
      return;
    }
    shutdown_timer_.expires_after(kShutdownPollInterval);
    shutdown_timer_.async_wait([this](const beast::error_code&) { WaitForConnections(); });
  }

  std::shared_ptr<SharedState> state_;
  int threads_;
  net::io_context ioc_;
  tcp::acceptor acceptor_;
  net::signal_set signals_;
  net::steady_timer shutdown_timer_;
  std::chrono::steady_clock::time_point shutdown_deadline_;
  std::atomic<bool> shutdown_started_{false};
  std::uint16_t port_ = 0;
  std::mutex connections_mutex_;
  std::list<std::weak_ptr<Connection>> connections_;
};

Server::Server(ServerConfig config, RequestHandler handler, ReadErrorResponder read_error)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(handler), std::move(read_error))) {}
Server::~Server() = default;
bool Server::Listen(std::string* error) { return impl_->Listen(error); }
std::uint16_t Server::port() const { return impl_->port(); }
void Server::Run(bool handle_signals) { impl_->Run(handle_signals); }
void Server::Stop() { impl_->Stop(); }

}  // namespace tepat::http

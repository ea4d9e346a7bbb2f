#pragma once
// ConnectionPool: a bounded, thread-safe pool of Connections, created lazily by a factory.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sql/connection.hpp"
#include "store/store.hpp"

namespace tepat::store::sql {

/// Lends connections to one thread at a time; never opens more than `capacity`. Thread-safe.
class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Connection>>()>;
  static constexpr std::chrono::milliseconds kDefaultAcquireTimeout{30'000};

  /// A borrowed connection, returned to the pool when the lease is destroyed. Move-only.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  /// `capacity` >= 1. `initial` (may be null) is an already open connection that becomes the first idle one.
  ConnectionPool(Factory factory, int capacity, std::unique_ptr<Connection> initial,
                 std::chrono::milliseconds acquire_timeout = kDefaultAcquireTimeout);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  /// Borrows an idle connection, opens a new one while below capacity, or waits for one to be returned.
  /// kUnavailable when the factory fails or no connection frees up within the acquire timeout.
  Result<Lease> Acquire();
  /// Current counts (size = capacity).
  PoolStats Stats() const;
  /// The fault injector shared by every connection of this pool (test hook).
  FaultInjector& faults() { return faults_; }

 private:
  void Release(std::unique_ptr<Connection> connection);

  const Factory factory_;
  const int capacity_;
  const std::chrono::milliseconds acquire_timeout_;
  FaultInjector faults_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;
  int in_use_ = 0;
  std::int64_t waits_ = 0;
};

}  // namespace tepat::store::sql

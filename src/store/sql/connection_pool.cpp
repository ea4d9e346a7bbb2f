#include "store/sql/connection_pool.hpp"

#include <string>

namespace tepat::store::sql {

ConnectionPool::Lease::~Lease() {
  if (connection_ != nullptr) pool_->Release(std::move(connection_));
}

ConnectionPool::ConnectionPool(Factory factory, int capacity, std::unique_ptr<Connection> initial,
                               std::chrono::milliseconds acquire_timeout)
    : factory_(std::move(factory)), capacity_(capacity < 1 ? 1 : capacity), acquire_timeout_(acquire_timeout) {
  if (initial != nullptr) {
    initial->set_fault_injector(&faults_);
    idle_.push_back(std::move(initial));
    open_ = 1;
  }
}

ConnectionPool::~ConnectionPool() = default;

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + acquire_timeout_;
  bool counted_wait = false;
  while (true) {
    if (!idle_.empty()) {
      std::unique_ptr<Connection> connection = std::move(idle_.back());
      idle_.pop_back();
      ++in_use_;
      return Lease(this, std::move(connection));
    }
    if (open_ < capacity_) {
      ++open_;
      ++in_use_;
      lock.unlock();
      Result<std::unique_ptr<Connection>> opened = factory_();
      if (!opened.ok()) {
        lock.lock();
        --open_;
        --in_use_;
        returned_.notify_one();
        return opened.status();
      }
      opened.value()->set_fault_injector(&faults_);
      return Lease(this, std::move(opened).value());
    }
    if (!counted_wait) {
      ++waits_;
      counted_wait = true;
    }
    const bool freed = returned_.wait_until(lock, deadline, [this] { return !idle_.empty() || open_ < capacity_; });
    if (!freed) {
      return domain::Unavailable("all " + std::to_string(capacity_) + " database connections stayed busy for " +
                                 std::to_string(acquire_timeout_.count()) +
                                 " ms; the database is overloaded or a query hangs: raise the pool size or check "
                                 "the database");
    }
  }
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
  std::unique_ptr<Connection> discard;
  {
    std::lock_guard lock(mutex_);
    --in_use_;
    if (connection->IsBroken()) {
      --open_;
      discard = std::move(connection);
    } else {
      idle_.push_back(std::move(connection));
    }
  }
  returned_.notify_one();
}

PoolStats ConnectionPool::Stats() const {
  std::lock_guard lock(mutex_);
  return PoolStats{.size = capacity_, .in_use = in_use_, .open = open_, .waits = waits_};
}

}  // namespace tepat::store::sql

#include "store/sql/background_checkpointer.hpp"

namespace tepat::store::sql {

BackgroundCheckpointer::BackgroundCheckpointer(ConnectionPool& pool, std::string_view checkpoint)
    : pool_(pool), checkpoint_(checkpoint), thread_([this] { Loop(); }) {}

BackgroundCheckpointer::~BackgroundCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void BackgroundCheckpointer::Notify() {
  {
    std::lock_guard lock(mutex_);
    wanted_ = true;
  }
  changed_.notify_all();
}

void BackgroundCheckpointer::Drain() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return stopping_ || (!wanted_ && !running_); });
}

std::int64_t BackgroundCheckpointer::runs() const {
  std::lock_guard lock(mutex_);
  return runs_;
}

std::int64_t BackgroundCheckpointer::failures() const {
  std::lock_guard lock(mutex_);
  return failures_;
}

void BackgroundCheckpointer::Loop() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return stopping_ || wanted_; });
    if (stopping_) return;
    wanted_ = false;
    running_ = true;
    lock.unlock();
    bool ok = false;
    {
      Result<ConnectionPool::Lease> lease = pool_.Acquire();
      ok = lease.ok() && (*lease)->ExecScript(checkpoint_).ok();
    }
    lock.lock();
    running_ = false;
    ++runs_;
    if (!ok) ++failures_;
    changed_.notify_all();
  }
}

}  // namespace tepat::store::sql

#pragma once
// BatchQueue: a bounded hand-over of batches from one producer thread to one consumer thread, closable from either
// side (the consumer closes it to make the producer stop early).
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace tepat::service {

/// Bounded FIFO. Push blocks while full; Pop blocks while empty; TryPop never blocks. Close() wakes both sides: later Pushes return
/// false, Pop drains what is left and then returns nullopt. Thread-safe.
template <typename T>
class BatchQueue {
 public:
  explicit BatchQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  /// Adds `item`, waiting for room; false (item dropped) when the queue was closed.
  bool Push(T item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }
  /// The oldest item; nullopt once the queue is closed and empty.
  std::optional<T> Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  /// The oldest item if one is waiting now (never blocks); nullopt otherwise.
  std::optional<T> TryPop() {
    std::lock_guard lock(mutex_);
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  /// No more Pushes; items already queued can still be popped.
  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_full_.notify_all();
    not_empty_.notify_all();
  }
  /// Drops queued items and closes (the consumer gives up).
  void Abandon() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    items_.clear();
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
};

}  // namespace tepat::service

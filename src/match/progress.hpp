#pragma once
// Progress: how long matching work reports how far it is and learns that it should stop.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>

namespace tepat::match {

/// Optional progress callback and cancel flag for long work. Reports come from the thread that started the work,
/// between chunks (never from worker threads), so the callback needs no locking.
struct Progress {
  /// Called with a stage name ("blocking", "comparing", ...), units done and units in total.
  std::function<void(std::string_view stage, uint64_t done, uint64_t total)> report;
  /// When set and true, the work stops at the next chunk and returns a FailedPrecondition "cancelled" status.
  const std::atomic<bool>* cancel = nullptr;

  void Report(std::string_view stage, uint64_t done, uint64_t total) const {
    if (report) report(stage, done, total);
  }
  bool Cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

}  // namespace tepat::match

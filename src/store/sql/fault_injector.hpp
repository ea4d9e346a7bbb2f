#pragma once
// FaultInjector: a test hook that makes the Nth statement from now fail, to prove that failures lose nothing.
#include <atomic>
#include <cstdint>

namespace tepat::store::sql {

/// Shared by every connection of one pool. Disarmed by default; thread-safe.
class FaultInjector {
 public:
  /// Makes the `n`-th statement run after this call fail with kInternal (1 = the next one). n <= 0 disarms.
  void FailNthStatement(std::int64_t n) { countdown_.store(n > 0 ? n : 0); }
  /// Counts one statement; true when this is the one that must fail.
  bool ShouldFail() {
    std::int64_t current = countdown_.load();
    while (current > 0) {
      if (countdown_.compare_exchange_weak(current, current - 1)) return current == 1;
    }
    return false;
  }

 private:
  std::atomic<std::int64_t> countdown_{0};
};

}  // namespace tepat::store::sql

#pragma once
// Clock: where services get the time, so tests and `--now` flags can inject it.
#include <atomic>

#include "domain/account.hpp"

namespace tepat::service {

/// Source of the current UTC time. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual domain::UnixSeconds Now() const = 0;
};

/// The system's real-time clock.
class SystemClock final : public Clock {
 public:
  domain::UnixSeconds Now() const override;
};

/// A clock that says what it is told; for tests and replays.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(domain::UnixSeconds now) : now_(now) {}
  domain::UnixSeconds Now() const override { return now_.load(); }
  void Set(domain::UnixSeconds now) { now_ = now; }
  void Advance(domain::UnixSeconds seconds) { now_ += seconds; }

 private:
  std::atomic<domain::UnixSeconds> now_;
};

}  // namespace tepat::service

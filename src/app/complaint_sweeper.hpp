#pragma once
// ComplaintSweeper: the scheduler of `tepat serve` that runs the complaint overdue sweep periodically.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "service/clock.hpp"
#include "service/complaint_service.hpp"

namespace tepat::app {

/// Runs ComplaintService::Sweep(clock.Now()) at start and then every `interval` on its own thread, until
/// destroyed. Failures are logged (without personal data) and retried at the next tick. Several servers on one
/// PostgreSQL may sweep at once: the guarded transition lets exactly one of them mark each complaint.
class ComplaintSweeper {
 public:
  /// Starts the thread. `service` and `clock` must outlive the sweeper. An interval of zero or less starts nothing.
  ComplaintSweeper(service::ComplaintService& service, const service::Clock& clock, std::chrono::seconds interval);
  /// Stops the thread and waits for a running sweep to finish.
  ~ComplaintSweeper();
  ComplaintSweeper(const ComplaintSweeper&) = delete;
  ComplaintSweeper& operator=(const ComplaintSweeper&) = delete;

 private:
  void Loop();

  service::ComplaintService& service_;
  const service::Clock& clock_;
  std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace tepat::app

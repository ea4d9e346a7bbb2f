#pragma once
// PeriodicTask: runs a function on its own thread every `interval` until stopped — the server's background jobs
// (the email outbox; schedulers such as the complaint sweep can use it too).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace tepat::app {

/// Starts on construction, stops (and joins) on destruction or Stop(). `work` runs first right away, then
/// `interval` after each run ends; it must not throw (exceptions are caught and logged with `name`).
class PeriodicTask {
 public:
  PeriodicTask(std::string name, std::chrono::milliseconds interval, std::function<void()> work);
  ~PeriodicTask();
  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;

  /// Asks the thread to stop after the current run and waits for it. Idempotent; thread-safe.
  void Stop();
  /// Runs `work` as soon as possible instead of waiting for the rest of the interval. Thread-safe.
  void Wake();

 private:
  void Loop();

  std::string name_;
  std::chrono::milliseconds interval_;
  std::function<void()> work_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace tepat::app

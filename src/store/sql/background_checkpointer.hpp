#pragma once
// BackgroundCheckpointer: copies a write-ahead log back into the database on a thread of its own, so that a thread
// writing a bulk load neither copies the log nor waits for the disk to sync it (SQLite WAL checkpoints).
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "store/sql/connection_pool.hpp"

namespace tepat::store::sql {

/// Runs `checkpoint` (a script, e.g. "PRAGMA wal_checkpoint(PASSIVE)") on a connection borrowed from `pool`, on its
/// own thread, once after each Notify (notifications that arrive during a run cause one more run). A run that fails
/// (no free connection, a busy log) is only counted: the log is then copied by a later run or by SQLite's own
/// checkpoint. The destructor waits for a run in progress. `pool` must outlive this object. Thread-safe.
class BackgroundCheckpointer {
 public:
  BackgroundCheckpointer(ConnectionPool& pool, std::string_view checkpoint);
  ~BackgroundCheckpointer();
  BackgroundCheckpointer(const BackgroundCheckpointer&) = delete;
  BackgroundCheckpointer& operator=(const BackgroundCheckpointer&) = delete;

  /// Asks for a run (the caller has just committed); returns at once.
  void Notify();
  /// Waits until no run is asked for or in progress.
  void Drain();
  /// Runs finished so far, and how many of them failed.
  std::int64_t runs() const;
  std::int64_t failures() const;

 private:
  void Loop();

  ConnectionPool& pool_;
  const std::string checkpoint_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  bool wanted_ = false;   // a run was asked for since the last one began
  bool running_ = false;  // a run is in progress
  bool stopping_ = false;
  std::int64_t runs_ = 0;
  std::int64_t failures_ = 0;
  std::thread thread_;  // last: starts after the members it uses
};

}  // namespace tepat::store::sql

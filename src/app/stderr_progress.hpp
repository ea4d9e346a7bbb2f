#pragma once
// StderrProgress: shows match::Progress reports on standard error (a bar on a terminal, plain lines when piped).
#include <chrono>
#include <string>

#include "match/progress.hpp"

namespace tepat::app {

/// Prints progress of long work on standard error, at most a few times a second per stage.
/// Not thread-safe (match::Progress reports from one thread).
class StderrProgress {
 public:
  StderrProgress();
  /// A match::Progress that reports here; valid while this object lives.
  match::Progress Sink();
  /// Ends a bar line on a terminal.
  void Finish();

 private:
  void Show(std::string_view stage, uint64_t done, uint64_t total);

  bool terminal_;
  std::string stage_;
  std::chrono::steady_clock::time_point last_;
  bool line_open_ = false;
};

}  // namespace tepat::app

#pragma once
// StderrProgress: shows progress of long work on standard error (a bar on a terminal, plain lines when piped):
// match::Progress reports, and background jobs (rows, errors, elapsed and remaining time).
#include <chrono>
#include <string>

#include "match/progress.hpp"
#include "service/job_timing.hpp"
#include "store/job_types.hpp"

namespace tepat::app {

/// Prints progress of long work on standard error, at most a few times a second per stage.
/// Not thread-safe (match::Progress reports from one thread).
class StderrProgress {
 public:
  StderrProgress();
  /// A match::Progress that reports here; valid while this object lives.
  match::Progress Sink();
  /// Shows a job's progress: "import.dukcapil [####  ] 41.0%  410,000/~1,000,000 rows  12 errors  0:04 elapsed
  /// ~0:06 left". `final` forces the line out (the last report).
  void ShowJob(std::string_view kind, const store::JobProgress& progress, const service::JobTiming& timing,
               bool final = false);
  /// Ends a bar line on a terminal.
  void Finish();

 private:
  void Show(std::string_view stage, uint64_t done, uint64_t total);
  /// True when a line is due now (a new stage, the end, or enough time since the last line); records the time.
  bool Due(std::string_view stage, bool finished);

  bool terminal_;
  std::string stage_;
  std::chrono::steady_clock::time_point last_;
  bool line_open_ = false;
};

}  // namespace tepat::app

#pragma once
// JobRunner: runs queued background jobs (imports, screening, dedup, ...) in a worker thread, dispatching each job
// by its kind to a registered handler, and owns the job lifecycle around the handler (claim, heartbeat, cancel,
// finish, stale jobs at start-up).
//
// Contract for handlers (how another part of Tepat adds a job kind):
//   1. Pick a kind name "<area>.<what>" or a single word ("import.dukcapil", "screen", "dedup").
//   2. runner.Register(kind, handler) before Start(). A handler is `JobOutcome(JobContext&)`; it runs on a worker
//      thread (one job at a time per worker), reads its input from ctx.job() (file_name, params, scope_region,
//      created_by) and writes files only under ctx.WorkDir().
//   3. It calls ctx.Report({total, done, errors}) after each unit of work (a batch); Report also stores the
//      heartbeat and returns true when the job must stop (cancel requested, server stopping, or the job was failed
//      as stale). On true the handler stops at a consistent point and returns {kCancelled, "..."}.
//      Report is throttled (it writes at most every `progress_interval`), so calling it per batch is cheap.
//   4. It returns the outcome: kSucceeded / kFailed / kCancelled with a message in words an operator understands
//      (no NIK/KK), and optional error_report_path / result_path (files under WorkDir()). The runner stores it.
//      A handler that throws is finished as failed with the exception's text.
//   5. Work must be idempotent or resumable: after kill -9 the job is failed as stale at the next Start() and the
//      operator starts it again.
// Queue a job with Submit() (any thread); the web API and CLI read progress with Store::GetJob and JobTiming.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "service/clock.hpp"
#include "store/store.hpp"

namespace tepat::service {

class JobRunner;

/// What a handler sees of its running job. Used only on the handler's thread.
class JobContext {
 public:
  /// The job as claimed (status running).
  const store::Job& job() const { return job_; }
  /// Directory for this job's output files (created before the handler runs): <work_dir>/<id>.
  const std::filesystem::path& WorkDir() const { return work_dir_; }
  /// Records progress (the latest values are kept) and, at most every progress interval or when `force`, stores
  /// it with the heartbeat. Returns true when the handler must stop: a cancel was requested, the runner is
  /// stopping, or the store says the job is no longer running.
  bool Report(const store::JobProgress& progress, bool force = false);
  /// True when the handler must stop (as the last Report said, or the runner is stopping). Does not touch the store.
  bool StopRequested() const;
  /// The last progress given to Report.
  const store::JobProgress& progress() const { return progress_; }

 private:
  friend class JobRunner;
  JobContext(JobRunner& runner, store::Job job, std::filesystem::path work_dir)
      : runner_(runner), job_(std::move(job)), work_dir_(std::move(work_dir)) {}
  JobRunner& runner_;
  store::Job job_;
  std::filesystem::path work_dir_;
  store::JobProgress progress_;
  std::chrono::steady_clock::time_point last_write_{};
  bool stop_ = false;
  bool cancel_requested_ = false;  ///< the store said an operator asked to cancel
};

/// Does the work of one job kind; see the contract above.
using JobHandler = std::function<store::JobOutcome(JobContext&)>;
/// Told about every stored progress report (e.g. the CLI progress bar); runs on the handler's thread, must be cheap.
using JobProgressObserver = std::function<void(const store::Job& job, const store::JobProgress& progress)>;

/// Settings of a JobRunner.
struct JobRunnerConfig {
  std::chrono::milliseconds poll_interval{1000};       ///< how often an idle worker looks for queued jobs
  std::chrono::milliseconds progress_interval{1000};   ///< least time between stored progress reports
  std::chrono::seconds heartbeat_interval{5};          ///< heartbeat of a running job between its own reports
  std::chrono::seconds stale_after{60};                ///< running jobs without a heartbeat this long are dead
  std::filesystem::path work_dir = "var/jobs";         ///< parent of each job's output directory
  int workers = 1;                                     ///< jobs run in parallel
  JobProgressObserver on_progress;                     ///< may be empty
};

/// Runs jobs of registered kinds. Register handlers, then Start() (background workers) or RunNow() (the caller's
/// thread, for the CLI). Thread-safe after registration; Stop() (or the destructor) joins the workers.
class JobRunner {
 public:
  JobRunner(store::Store& store, const Clock& clock, JobRunnerConfig config = {});
  ~JobRunner();
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  /// Adds the handler of `kind` (replacing an earlier one). Call before Start().
  void Register(const std::string& kind, JobHandler handler);
  /// True when `kind` has a handler.
  bool Handles(const std::string& kind) const;

  /// Fails stale running jobs (their process died), then starts the worker threads, which also repeat that check
  /// every stale_after / 2. Errors of the store.
  domain::Status Start();
  /// Asks running handlers to stop (their Report returns true), waits for them and joins the workers. A job
  /// stopped this way is finished as failed ("stopped with the server"). Idempotent.
  void Stop();

  /// Queues `job` (kind must have a handler: kInvalidArgument otherwise) and wakes a worker; returns its id.
  domain::Result<std::int64_t> Submit(const store::Job& job);
  /// Claims queued job `id` and runs it on the calling thread; returns the finished job. kNotFound / kFailedPrecondition
  /// as Store::ClaimJob, kInvalidArgument when its kind has no handler.
  domain::Result<store::Job> RunNow(std::int64_t id);
  /// Fails running jobs whose heartbeat is older than stale_after; returns how many.
  domain::Result<std::int64_t> FailStaleJobs();

  /// Wakes idle workers (after a job was queued elsewhere).
  void Wake();

 private:
  friend class JobContext;
  void WorkerLoop();
  store::Job Run(store::Job job);
  std::vector<std::string> Kinds() const;
  bool StoreProgress(JobContext& ctx);

  store::Store& store_;
  const Clock& clock_;
  JobRunnerConfig config_;
  std::map<std::string, JobHandler> handlers_;
  std::vector<std::thread> workers_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool woken_ = false;
};

}  // namespace tepat::service

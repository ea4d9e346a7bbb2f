#include "service/job_runner.hpp"

#include <exception>
#include <system_error>

namespace tepat::service {
namespace {

constexpr std::string_view kStoppedWithServer =
    "the server stopped while this job ran; what it finished is kept, start it again to do the rest";

}  // namespace

bool JobContext::Report(const store::JobProgress& progress, bool force) {
  progress_ = progress;
  const auto now = std::chrono::steady_clock::now();
  if (runner_.stopping_) stop_ = true;
  if (!force && now - last_write_ < runner_.config_.progress_interval) return stop_;
  last_write_ = now;
  if (!runner_.StoreProgress(*this)) stop_ = true;
  return stop_;
}

bool JobContext::StopRequested() const { return stop_ || runner_.stopping_; }

JobRunner::JobRunner(store::Store& store, const Clock& clock, JobRunnerConfig config)
    : store_(store), clock_(clock), config_(std::move(config)) {}

JobRunner::~JobRunner() { Stop(); }

void JobRunner::Register(const std::string& kind, JobHandler handler) {
  std::lock_guard lock(mutex_);
  handlers_[kind] = std::move(handler);
}

bool JobRunner::Handles(const std::string& kind) const {
  std::lock_guard lock(mutex_);
  return handlers_.count(kind) != 0;
}

std::vector<std::string> JobRunner::Kinds() const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> kinds;
  for (const auto& [kind, handler] : handlers_) kinds.push_back(kind);
  return kinds;
}

domain::Result<std::int64_t> JobRunner::FailStaleJobs() {
  const domain::UnixSeconds now = clock_.Now();
  return store_.FailStaleJobs(now - config_.stale_after.count(), now);
}

domain::Status JobRunner::Start() {
  if (auto failed = FailStaleJobs(); !failed.ok()) return failed.status();
  stopping_ = false;
  for (int i = 0; i < config_.workers; ++i) workers_.emplace_back([this] { WorkerLoop(); });
  return domain::Status::Ok();
}

void JobRunner::Stop() {
  stopping_ = true;
  Wake();
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
  workers_.clear();
}

void JobRunner::Wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

domain::Result<std::int64_t> JobRunner::Submit(const store::Job& job) {
  if (!Handles(job.kind)) return domain::InvalidArgument("no handler runs jobs of kind '" + job.kind + "'");
  auto id = store_.CreateJob(job);
  if (id.ok()) Wake();
  return id;
}

domain::Result<store::Job> JobRunner::RunNow(std::int64_t id) {
  auto job = store_.GetJob(id);
  if (!job.ok()) return job.status();
  if (!job->has_value()) return domain::NotFound("job " + std::to_string(id) + " does not exist");
  if (!Handles((*job)->kind)) return domain::InvalidArgument("no handler runs jobs of kind '" + (*job)->kind + "'");
  if (auto claimed = store_.ClaimJob(id, clock_.Now()); !claimed.ok()) return claimed;
  auto running = store_.GetJob(id);
  if (!running.ok()) return running.status();
  return Run(std::move(running->value()));
}

void JobRunner::WorkerLoop() {
  auto stale_checked = std::chrono::steady_clock::now();
  while (!stopping_) {
    if (std::chrono::steady_clock::now() - stale_checked > config_.stale_after / 2) {
      (void)FailStaleJobs();  // another process sharing the database may have died
      stale_checked = std::chrono::steady_clock::now();
    }
    auto claimed = store_.ClaimNextJob(Kinds(), clock_.Now());
    if (claimed.ok() && claimed->has_value()) {
      Run(std::move(claimed->value()));
      continue;
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, config_.poll_interval, [this] { return woken_ || stopping_.load(); });
    woken_ = false;
  }
}

bool JobRunner::StoreProgress(JobContext& ctx) {
  auto cancel = store_.ReportJobProgress(ctx.job_.id, ctx.progress_, clock_.Now());
  if (config_.on_progress) config_.on_progress(ctx.job_, ctx.progress_);
  if (!cancel.ok()) {
    // Not running any more (failed as stale, or the store is gone): stop at the next consistent point.
    return cancel.status().code() != domain::ErrorCode::kFailedPrecondition &&
           cancel.status().code() != domain::ErrorCode::kNotFound;
  }
  if (*cancel) ctx.cancel_requested_ = true;
  return !*cancel;
}

store::Job JobRunner::Run(store::Job job) {
  const std::int64_t id = job.id;
  std::filesystem::path dir = config_.work_dir / std::to_string(id);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  JobHandler handler;
  {
    std::lock_guard lock(mutex_);
    handler = handlers_.at(job.kind);
  }
  // Heartbeat between the handler's own reports (a long batch must not look like a dead process).
  std::mutex beat_mutex;
  std::condition_variable beat_cv;
  bool done = false;
  std::thread heartbeat([&] {
    std::unique_lock lock(beat_mutex);
    while (!beat_cv.wait_for(lock, config_.heartbeat_interval, [&] { return done; })) {
      (void)store_.HeartbeatJob(id, clock_.Now());
    }
  });
  JobContext ctx(*this, std::move(job), dir);
  store::JobOutcome outcome;
  if (ec) {
    outcome = store::JobOutcome::Failed("cannot create the job directory " + dir.string() + ": " + ec.message());
  } else {
    try {
      outcome = handler(ctx);
    } catch (const std::exception& e) {
      outcome = store::JobOutcome::Failed(std::string("the job stopped on an unexpected error: ") + e.what());
    }
  }
  {
    std::lock_guard lock(beat_mutex);
    done = true;
  }
  beat_cv.notify_all();
  heartbeat.join();
  (void)StoreProgress(ctx);
  if (stopping_ && outcome.status == store::JobStatus::kCancelled && !ctx.cancel_requested_) {
    outcome.status = store::JobStatus::kFailed;
    outcome.message = std::string(kStoppedWithServer);
  }
  (void)store_.FinishJob(id, outcome, clock_.Now());
  auto finished = store_.GetJob(id);
  if (finished.ok() && finished->has_value()) return std::move(finished->value());
  return ctx.job_;
}

}  // namespace tepat::service

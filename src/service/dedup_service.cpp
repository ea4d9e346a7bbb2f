#include "service/dedup_service.hpp"

#include <atomic>
#include <chrono>
#include <exception>

#include "service/crypto.hpp"
#include "service/registry_dedup.hpp"

namespace tepat::service {
namespace {

constexpr int kLoadBatch = 20'000;          // people read per query
constexpr int kMaxPage = 100;               // clusters or runs per page
constexpr auto kProgressInterval = std::chrono::seconds(1);  // store progress (the heartbeat) at most this often
constexpr int kRecentRuns = 20;             // runs looked at for one still queued or working
constexpr int kRecentJobs = 100;            // dedup jobs looked at for the job of a run
constexpr std::string_view kCancelledByOperator = "cancelled by the operator";
constexpr std::string_view kStoppedWithServer =
    "the server stopped while this run worked; the review queue is unchanged, start a new run";

/// The command line (no account, no address) may do everything; accounts by their scopes; guests nothing.
bool Covers(const Actor& actor, const domain::RegionCode& region) {
  if (!actor.account) return actor.client_address.empty();
  return domain::AccountCoversRegion(*actor.account, region);
}

bool IsAdminOrSystem(const Actor& actor) {
  if (!actor.account) return actor.client_address.empty();
  return actor.account->role == domain::Role::kAdmin;
}

/// Whether the actor covers a run's region ("" = the whole registry: admins and the command line only).
bool CoversRun(const Actor& actor, const store::DedupRun& run) {
  if (run.region.empty()) return IsAdminOrSystem(actor);
  const std::optional<domain::RegionCode> region = domain::RegionCode::Parse(run.region);
  return region && Covers(actor, *region);
}

domain::Status RegionDenied(const std::string& what) {
  return domain::PermissionDenied(what + " lies outside your regions; ask an admin or an official of that region");
}

/// The region a request means: the one given; else the whole registry for admins and the command line, or the one
/// scope of an official with a single region. InvalidArgument for an official with several regions and none given.
domain::Result<std::optional<domain::RegionCode>> ResolveRegion(const Actor& actor,
                                                                const std::optional<domain::RegionCode>& region) {
  if (region || IsAdminOrSystem(actor)) return region;
  if (actor.account && actor.account->scopes.size() == 1) {
    return std::optional<domain::RegionCode>(actor.account->scopes.front());
  }
  return domain::InvalidArgument("region: choose one of your regions");
}

std::string RegionLabel(const std::optional<domain::RegionCode>& region) {
  return region ? "region " + region->Dotted() : std::string("whole registry");
}

std::string CountsDetail(const store::DedupRunCounts& counts) {
  return "records " + std::to_string(counts.records) + ", pairs " + std::to_string(counts.candidate_pairs) +
         ", matches " + std::to_string(counts.matches) + ", clusters " + std::to_string(counts.clusters) +
         ", skipped " + std::to_string(counts.dismissed_skipped);
}

}  // namespace

void DedupService::Configure(DedupConfig config) {
  std::lock_guard lock(mutex_);
  config_ = std::move(config);
}

bool DedupService::Configured() const {
  std::lock_guard lock(mutex_);
  return config_.has_value();
}

void DedupService::RegisterHandler(JobRunner& runner) {
  {
    std::lock_guard lock(mutex_);
    runner_ = &runner;
  }
  runner.Register(kDedupJobKind, [this](JobContext& ctx) { return RunJob(ctx); });
}

void DedupService::SetProgressObserver(DedupProgressSink observer) {
  std::lock_guard lock(mutex_);
  observer_ = std::move(observer);
}

domain::Result<std::optional<store::Job>> DedupService::JobOfRun(std::int64_t run_id) {
  store::JobQuery query;
  query.kind_prefix = kDedupJobKind;
  query.limit = kRecentJobs;
  auto jobs = store_.ListJobs(query);
  if (!jobs.ok()) return jobs.status();
  const std::string params = std::to_string(run_id);
  for (store::Job& job : jobs.value()) {
    if (job.kind == kDedupJobKind && job.params == params) return std::optional<store::Job>(std::move(job));
  }
  return std::optional<store::Job>();
}

domain::Status DedupService::CheckNoRunWorking() {
  auto runs = store_.ListDedupRuns(kRecentRuns);
  if (!runs.ok()) return runs.status();
  for (const store::DedupRun& run : *runs) {
    if (store::IsFinished(run.status)) continue;
    auto job = JobOfRun(run.id);
    if (!job.ok()) return job.status();
    // A run without a job can never be worked (its queueing failed half-way); a finished job ended its run.
    if (!job->has_value() || store::IsFinished((*job)->status)) continue;
    return domain::FailedPrecondition("dedup run " + std::to_string(run.id) +
                                      " is still queued or working; wait for it to finish or cancel it");
  }
  return domain::Status::Ok();
}

domain::Result<DedupService::QueuedRun> DedupService::Queue(const Actor& actor,
                                                            const std::optional<domain::RegionCode>& requested) {
  auto resolved = ResolveRegion(actor, requested);
  if (!resolved.ok()) return resolved.status();
  const std::optional<domain::RegionCode>& region = *resolved;
  if (region ? !Covers(actor, *region) : !IsAdminOrSystem(actor)) {
    (void)auditor_.Record(actor, "dedup.start", {"dedup_run", ""}, domain::AuditOutcome::kDenied,
                          RegionLabel(region));
    return region ? RegionDenied("region " + region->Dotted())
                  : domain::PermissionDenied("region: choose one of your regions to deduplicate");
  }
  std::string settings_text;
  JobRunner* runner = nullptr;
  {
    std::lock_guard lock(mutex_);
    if (!config_) {
      return domain::FailedPrecondition("no matching settings are loaded; start tepat with --match-settings FILE");
    }
    settings_text = config_->settings_text;
    runner = runner_;
  }
  if (runner == nullptr) return domain::FailedPrecondition("dedup runs are off: no background job runner is set up");
  if (auto free = CheckNoRunWorking(); !free.ok()) return free;
  auto version = store_.PeopleDataVersion(region);
  if (!version.ok()) return version.status();
  QueuedRun queued;
  store::DedupRun& run = queued.run;
  run.region = region ? region->compact() : "";
  run.settings_digest = Sha256Hex(settings_text);
  run.settings_text = std::move(settings_text);
  run.data_version = *version;
  run.created_by = actor.Id();
  run.created_at = clock_.Now();
  auto id = store_.CreateDedupRun(run);
  if (!id.ok()) return id.status();
  run.id = *id;
  store::Job job;
  job.kind = kDedupJobKind;
  job.params = std::to_string(run.id);
  job.scope_region = run.region;
  job.created_by = run.created_by;
  auto job_id = runner->Submit(job);
  if (!job_id.ok()) {
    (void)store_.RequestDedupCancel(run.id, clock_.Now());  // never left queued without a job that works it
    return job_id.status();
  }
  queued.job_id = *job_id;
  (void)auditor_.Record(actor, "dedup.start", {"dedup_run", std::to_string(run.id)}, domain::AuditOutcome::kSuccess,
                        RegionLabel(region));
  return queued;
}

domain::Result<store::DedupRun> DedupService::Start(const Actor& actor,
                                                    const std::optional<domain::RegionCode>& region) {
  std::lock_guard start_lock(start_mutex_);
  auto queued = Queue(actor, region);
  if (!queued.ok()) return queued.status();
  return std::move(queued->run);
}

domain::Result<store::DedupRun> DedupService::RunNow(const Actor& actor,
                                                     const std::optional<domain::RegionCode>& region) {
  QueuedRun queued;
  {
    std::lock_guard start_lock(start_mutex_);
    auto made = Queue(actor, region);
    if (!made.ok()) return made.status();
    queued = std::move(made).value();
  }
  JobRunner* runner = nullptr;
  {
    std::lock_guard lock(mutex_);
    runner = runner_;
  }
  auto job = runner->RunNow(queued.job_id);
  if (!job.ok()) return job.status();
  auto finished = store_.GetDedupRun(queued.run.id);
  if (!finished.ok()) return finished.status();
  if (!finished->has_value()) {
    return domain::NotFound("dedup run " + std::to_string(queued.run.id) + " does not exist");
  }
  return WithJobOutcome(std::move(**finished));
}

void DedupService::SetStageStart(std::int64_t id, domain::UnixSeconds at) {
  std::lock_guard lock(mutex_);
  if (at == 0) {
    stage_started_.erase(id);
  } else {
    stage_started_[id] = at;
  }
}

JobTiming DedupService::Timing(const store::DedupRun& run, domain::UnixSeconds now) const {
  domain::UnixSeconds stage_started_at = 0;
  {
    std::lock_guard lock(mutex_);
    if (auto found = stage_started_.find(run.id); found != stage_started_.end()) stage_started_at = found->second;
  }
  return DedupRunTiming(run, stage_started_at, now);
}

store::JobOutcome DedupService::RunJob(JobContext& ctx) {
  const store::Job& job = ctx.job();
  std::int64_t run_id = 0;
  try {
    run_id = std::stoll(job.params);
  } catch (const std::exception&) {
    return store::JobOutcome::Failed("the job names no dedup run (params '" + job.params + "')");
  }
  auto run = store_.GetDedupRun(run_id);
  if (!run.ok()) return store::JobOutcome::Failed(run.status().message());
  if (!run->has_value()) return store::JobOutcome::Failed("dedup run " + job.params + " does not exist");
  const store::DedupRun& queued = **run;
  if (queued.status == store::DedupRunStatus::kCancelled) {
    return store::JobOutcome::Cancelled(std::string(kCancelledByOperator));
  }
  std::optional<match::MatchSettings> settings;
  {
    std::lock_guard lock(mutex_);
    if (config_ && Sha256Hex(config_->settings_text) == queued.settings_digest) settings = config_->settings;
  }
  Actor actor = Actor::System();
  if (job.created_by != 0) {
    auto account = store_.GetAccount(job.created_by);
    if (account.ok() && account->has_value()) actor.account = std::move(**account);
  }
  if (auto started = store_.StartDedupRun(run_id, clock_.Now()); !started.ok()) {
    return store::JobOutcome::Failed(started.message());
  }
  if (!settings) {
    const std::string why = "the matching settings changed (or are off) since this run was queued; start a new run";
    (void)store_.FinishDedupRun(run_id, store::DedupRunStatus::kFailed, {}, why, clock_.Now());
    return store::JobOutcome::Failed(why);
  }
  auto finished = Execute(actor, queued, *settings, ctx);
  SetStageStart(run_id, 0);
  if (!finished.ok()) return store::JobOutcome::Failed(finished.status().message());
  const std::string summary = finished->message.empty() ? CountsDetail(finished->counts) : finished->message;
  return {finished->status, summary, "", ""};
}

domain::Result<store::DedupRun> DedupService::Execute(const Actor& actor, const store::DedupRun& queued,
                                                      const match::MatchSettings& settings, JobContext& ctx) {
  const std::int64_t id = queued.id;
  DedupProgressSink observer;
  {
    std::lock_guard lock(mutex_);
    observer = observer_;
  }
  std::atomic<bool> cancel{false};
  std::string last_stage;
  auto last_report = std::chrono::steady_clock::now() - kProgressInterval;
  const auto report = [&](std::string_view stage, std::int64_t done, std::int64_t total) {
    if (observer) observer(stage, done, total);
    const bool new_stage = stage != last_stage;
    if (new_stage) SetStageStart(id, clock_.Now());
    if (ctx.Report({total, done, 0}, new_stage)) cancel = true;
    const auto now = std::chrono::steady_clock::now();
    if (!new_stage && now - last_report < kProgressInterval) return;
    last_stage = stage;
    last_report = now;
    auto requested = store_.ReportDedupProgress(id, {std::string(stage), done, total}, clock_.Now());
    if (requested.ok() && *requested) cancel = true;
  };
  const auto finish = [&](store::DedupRunStatus outcome, const store::DedupRunCounts& counts,
                          const std::string& message) -> domain::Result<store::DedupRun> {
    if (auto done = store_.FinishDedupRun(id, outcome, counts, message, clock_.Now()); !done.ok()) return done;
    const auto audit_outcome =
        outcome == store::DedupRunStatus::kSucceeded ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed;
    (void)auditor_.Record(actor, "dedup.finish", {"dedup_run", std::to_string(id)}, audit_outcome,
                          std::string(store::JobStatusCode(outcome)) + ": " + CountsDetail(counts));
    auto run = store_.GetDedupRun(id);
    if (!run.ok()) return run.status();
    if (!run->has_value()) return domain::NotFound("dedup run " + std::to_string(id) + " does not exist");
    return **run;
  };
  // Stopped: an operator's cancel, or the runner stopping with the server (then the run failed, not cancelled).
  const auto stopped = [&](const store::DedupRunCounts& counts) {
    auto requested = store_.IsJobCancelRequested(ctx.job().id);
    if (requested.ok() && *requested) {
      return finish(store::DedupRunStatus::kCancelled, counts, std::string(kCancelledByOperator));
    }
    return finish(store::DedupRunStatus::kFailed, counts, std::string(kStoppedWithServer));
  };

  const std::optional<domain::RegionCode> region =
      queued.region.empty() ? std::nullopt : domain::RegionCode::Parse(queued.region);
  std::vector<domain::Person> people;
  for (std::int64_t after = 0;;) {
    auto batch = store_.ListPeopleAfter(region, after, kLoadBatch);
    if (!batch.ok()) return finish(store::DedupRunStatus::kFailed, {}, batch.status().message());
    if (batch->empty()) break;
    after = batch->back().id;
    people.insert(people.end(), batch->begin(), batch->end());
    report("loading", static_cast<std::int64_t>(people.size()), 0);
    if (cancel) return stopped({});
  }
  PairExclusions exclusions;
  auto dismissed = store_.ListDismissedPairs();
  if (!dismissed.ok()) return finish(store::DedupRunStatus::kFailed, {}, dismissed.status().message());
  for (const auto& [a, b] : *dismissed) exclusions.AddDismissed(a, b);
  auto merges = store_.ListActiveMerges();
  if (!merges.ok()) return finish(store::DedupRunStatus::kFailed, {}, merges.status().message());
  for (const store::PersonMerge& merge : *merges) exclusions.AddMerge(merge.person_id, merge.survivor_id);

  match::Progress progress;
  progress.cancel = &cancel;
  progress.report = [&](std::string_view stage, uint64_t done, uint64_t total) {
    report(stage, static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
  };
  auto outcome = FindDuplicateClusters(people, settings, exclusions, progress);
  if (!outcome.ok()) {
    if (cancel) return stopped({});
    return finish(store::DedupRunStatus::kFailed, {}, outcome.status().message());
  }
  report("saving", 0, outcome->counts.clusters);
  if (cancel) return stopped(outcome->counts);
  if (auto saved = store_.SaveDedupClusters(id, outcome->clusters); !saved.ok()) {
    return finish(store::DedupRunStatus::kFailed, outcome->counts, saved.message());
  }
  return finish(store::DedupRunStatus::kSucceeded, outcome->counts, "");
}

store::DedupRun DedupService::WithJobOutcome(store::DedupRun run) {
  if (store::IsFinished(run.status)) return run;
  auto job = JobOfRun(run.id);
  if (!job.ok() || !job->has_value() || !store::IsFinished((*job)->status)) return run;
  run.status = (*job)->status;
  run.message = (*job)->message;
  run.finished_at = (*job)->finished_at;
  return run;
}

domain::Result<store::DedupRun> DedupService::GetRun(const Actor& actor, std::int64_t id) {
  auto run = store_.GetDedupRun(id);
  if (!run.ok()) return run.status();
  if (!run->has_value()) return domain::NotFound("dedup run " + std::to_string(id) + " does not exist");
  if (!CoversRun(actor, **run)) return RegionDenied("dedup run " + std::to_string(id));
  return WithJobOutcome(std::move(**run));
}

domain::Result<std::vector<store::DedupRun>> DedupService::ListRuns(const Actor& actor, int limit) {
  if (limit < 1 || limit > kMaxPage) return domain::InvalidArgument("limit: use 1 to 100");
  auto runs = store_.ListDedupRuns(limit);
  if (!runs.ok()) return runs.status();
  std::erase_if(runs.value(), [&](const store::DedupRun& run) { return !CoversRun(actor, run); });
  for (store::DedupRun& run : runs.value()) run = WithJobOutcome(std::move(run));
  return runs;
}

domain::Result<store::DedupRun> DedupService::Cancel(const Actor& actor, std::int64_t id) {
  auto run = GetRun(actor, id);
  if (!run.ok()) return run;
  if (auto cancelled = store_.RequestDedupCancel(id, clock_.Now()); !cancelled.ok()) return cancelled;
  auto job = JobOfRun(id);
  if (!job.ok()) return job.status();
  if (job->has_value()) {
    if (auto cancelled = store_.RequestJobCancel((*job)->id, clock_.Now()); !cancelled.ok()) return cancelled;
  }
  (void)auditor_.Record(actor, "dedup.cancel", {"dedup_run", std::to_string(id)}, domain::AuditOutcome::kSuccess);
  return GetRun(actor, id);
}

domain::Result<DedupQueuePage> DedupService::ListQueue(const Actor& actor,
                                                      const store::DedupClusterFilter& requested) {
  auto region = ResolveRegion(actor, requested.region);
  if (!region.ok()) return region.status();
  store::DedupClusterFilter filter = requested;
  filter.region = *region;
  if (filter.limit < 1 || filter.limit > kMaxPage) return domain::InvalidArgument("limit: use 1 to 100");
  if (filter.offset < 0) return domain::InvalidArgument("offset: use 0 or more");
  if (filter.region ? !Covers(actor, *filter.region) : !IsAdminOrSystem(actor)) {
    return filter.region ? RegionDenied("region " + filter.region->Dotted())
                         : domain::PermissionDenied("region: choose one of your regions to see its review queue");
  }
  DedupQueuePage page;
  auto clusters = store_.ListDedupClusters(filter);
  if (!clusters.ok()) return clusters.status();
  auto total = store_.CountDedupClusters(filter);
  if (!total.ok()) return total.status();
  page.clusters = std::move(clusters).value();
  page.total = *total;
  return page;
}

domain::Result<store::DedupCluster> DedupService::CheckedCluster(const Actor& actor, std::int64_t id,
                                                                const std::string& action) {
  auto cluster = store_.GetDedupCluster(id);
  if (!cluster.ok()) return cluster.status();
  if (!cluster->has_value()) return domain::NotFound("dedup cluster " + std::to_string(id) + " does not exist");
  for (const store::DedupMember& member : (*cluster)->members) {
    if (!Covers(actor, member.desa)) {
      (void)auditor_.Record(actor, action, {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kDenied,
                            "member outside the actor's regions");
      return RegionDenied("a member of dedup cluster " + std::to_string(id));
    }
  }
  return **cluster;
}

domain::Result<DedupClusterView> DedupService::View(store::DedupCluster cluster) {
  std::vector<std::int64_t> ids;
  for (const store::DedupMember& member : cluster.members) ids.push_back(member.person_id);
  auto people = store_.GetPeopleByIds(ids);
  if (!people.ok()) return people.status();
  return DedupClusterView{std::move(cluster), std::move(people).value()};
}

domain::Result<DedupClusterView> DedupService::OpenCluster(const Actor& actor, std::int64_t id) {
  auto cluster = CheckedCluster(actor, id, "dedup.open");
  if (!cluster.ok()) return cluster.status();
  // Reading people is a read of personal data: no audit entry, no data.
  if (auto audited = auditor_.Record(actor, "dedup.open", {"dedup_cluster", std::to_string(id)},
                                     domain::AuditOutcome::kSuccess);
      !audited.ok()) {
    return audited;
  }
  return View(std::move(cluster).value());
}

domain::Result<DedupClusterView> DedupService::Decide(const Actor& actor, std::int64_t id,
                                                      store::DedupDecision decision) {
  const std::string action = decision == store::DedupDecision::kSame ? "dedup.same" : "dedup.different";
  auto cluster = CheckedCluster(actor, id, action);
  if (!cluster.ok()) return cluster.status();
  if (auto decided = store_.DecideDedupCluster(id, decision, actor.Id(), clock_.Now()); !decided.ok()) {
    (void)auditor_.Record(actor, action, {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kFailed,
                          domain::ErrorCodeName(decided.code()));
    return decided;
  }
  (void)auditor_.Record(actor, action, {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kSuccess,
                        std::to_string(cluster->members.size()) + " members");
  return OpenCluster(actor, id);
}

domain::Result<DedupClusterView> DedupService::Merge(const Actor& actor, std::int64_t id, std::int64_t survivor_id) {
  auto cluster = CheckedCluster(actor, id, "dedup.merge");
  if (!cluster.ok()) return cluster.status();
  if (cluster->status == store::DedupClusterStatus::kOpen) {
    if (auto same = store_.DecideDedupCluster(id, store::DedupDecision::kSame, actor.Id(), clock_.Now());
        !same.ok()) {
      return same;
    }
  }
  if (auto merged = store_.MergeDedupCluster(id, survivor_id, actor.Id(), clock_.Now()); !merged.ok()) {
    (void)auditor_.Record(actor, "dedup.merge", {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kFailed,
                          domain::ErrorCodeName(merged.code()));
    return merged;
  }
  (void)auditor_.Record(actor, "dedup.merge", {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kSuccess,
                        "survivor person " + std::to_string(survivor_id));
  return OpenCluster(actor, id);
}

domain::Result<DedupClusterView> DedupService::Undo(const Actor& actor, std::int64_t id) {
  auto cluster = CheckedCluster(actor, id, "dedup.undo");
  if (!cluster.ok()) return cluster.status();
  if (auto undone = store_.UndoDedupMerge(id, actor.Id(), clock_.Now()); !undone.ok()) {
    (void)auditor_.Record(actor, "dedup.undo", {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kFailed,
                          domain::ErrorCodeName(undone.code()));
    return undone;
  }
  (void)auditor_.Record(actor, "dedup.undo", {"dedup_cluster", std::to_string(id)}, domain::AuditOutcome::kSuccess);
  return OpenCluster(actor, id);
}

}  // namespace tepat::service

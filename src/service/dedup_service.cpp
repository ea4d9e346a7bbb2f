#include "service/dedup_service.hpp"

#include <chrono>

#include "service/crypto.hpp"
#include "service/registry_dedup.hpp"

namespace tepat::service {
namespace {

constexpr int kLoadBatch = 20'000;          // people read per query
constexpr int kMaxPage = 100;               // clusters or runs per page
constexpr auto kProgressInterval = std::chrono::seconds(1);  // store progress (the heartbeat) at most this often
constexpr std::string_view kCancelledByOperator = "cancelled by the operator";

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

DedupService::~DedupService() {
  stop_ = true;
  JoinWorker();
}

void DedupService::JoinWorker() {
  if (worker_.joinable()) worker_.join();
}

void DedupService::Configure(DedupConfig config) {
  std::lock_guard lock(mutex_);
  config_ = std::move(config);
}

bool DedupService::Configured() const {
  std::lock_guard lock(mutex_);
  return config_.has_value();
}

domain::Result<store::DedupRun> DedupService::Queue(const Actor& actor,
                                                    const std::optional<domain::RegionCode>& requested,
                                                    DedupConfig& config) {
  auto resolved = ResolveRegion(actor, requested);
  if (!resolved.ok()) return resolved.status();
  const std::optional<domain::RegionCode>& region = *resolved;
  if (region ? !Covers(actor, *region) : !IsAdminOrSystem(actor)) {
    (void)auditor_.Record(actor, "dedup.start", {"dedup_run", ""}, domain::AuditOutcome::kDenied,
                          RegionLabel(region));
    return region ? RegionDenied("region " + region->Dotted())
                  : domain::PermissionDenied("region: choose one of your regions to deduplicate");
  }
  {
    std::lock_guard lock(mutex_);
    if (!config_) {
      return domain::FailedPrecondition("no matching settings are loaded; start tepat with --match-settings FILE");
    }
    config = *config_;
  }
  auto version = store_.PeopleDataVersion(region);
  if (!version.ok()) return version.status();
  store::DedupRun run;
  run.region = region ? region->compact() : "";
  run.settings_text = config.settings_text;
  run.settings_digest = Sha256Hex(config.settings_text);
  run.data_version = *version;
  run.created_by = actor.Id();
  run.created_at = clock_.Now();
  auto id = store_.CreateDedupRun(run);
  if (!id.ok()) return id.status();
  run.id = *id;
  (void)auditor_.Record(actor, "dedup.start", {"dedup_run", std::to_string(run.id)}, domain::AuditOutcome::kSuccess,
                        RegionLabel(region));
  return run;
}

domain::Result<store::DedupRun> DedupService::Start(const Actor& actor,
                                                    const std::optional<domain::RegionCode>& region) {
  std::lock_guard start_lock(start_mutex_);
  if (working_) {
    return domain::FailedPrecondition("a dedup run is already working; wait for it to finish or cancel it");
  }
  DedupConfig config;
  auto run = Queue(actor, region, config);
  if (!run.ok()) return run;
  JoinWorker();  // the previous run's thread has finished: working_ is false
  working_ = true;
  worker_ = std::thread([this, queued = *run, config = std::move(config), actor] {
    (void)Execute(actor, queued, config, {}, stop_);
    working_ = false;
  });
  return run;
}

domain::Result<store::DedupRun> DedupService::RunNow(const Actor& actor,
                                                     const std::optional<domain::RegionCode>& region,
                                                     const DedupProgressSink& progress) {
  DedupConfig config;
  auto run = Queue(actor, region, config);
  if (!run.ok()) return run;
  return Execute(actor, *run, config, progress, stop_);
}

domain::Result<store::DedupRun> DedupService::Execute(const Actor& actor, const store::DedupRun& queued,
                                                      const DedupConfig& config, const DedupProgressSink& sink,
                                                      const std::atomic<bool>& stop) {
  const std::int64_t id = queued.id;
  if (auto started = store_.StartDedupRun(id, clock_.Now()); !started.ok()) return started;
  std::atomic<bool> cancel{false};
  std::string last_stage;
  auto last_report = std::chrono::steady_clock::now() - kProgressInterval;
  const auto report = [&](std::string_view stage, std::int64_t done, std::int64_t total) {
    if (sink) sink(stage, done, total);
    const auto now = std::chrono::steady_clock::now();
    if (stage == last_stage && now - last_report < kProgressInterval) return;
    last_stage = stage;
    last_report = now;
    auto requested = store_.ReportDedupProgress(id, {std::string(stage), done, total}, clock_.Now());
    if ((requested.ok() && *requested) || stop) cancel = true;
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
    if (cancel) return finish(store::DedupRunStatus::kCancelled, {}, std::string(kCancelledByOperator));
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
  auto outcome = FindDuplicateClusters(people, config.settings, exclusions, progress);
  if (!outcome.ok()) {
    if (cancel) return finish(store::DedupRunStatus::kCancelled, {}, std::string(kCancelledByOperator));
    return finish(store::DedupRunStatus::kFailed, {}, outcome.status().message());
  }
  report("saving", 0, outcome->counts.clusters);
  if (auto saved = store_.SaveDedupClusters(id, outcome->clusters); !saved.ok()) {
    return finish(store::DedupRunStatus::kFailed, outcome->counts, saved.message());
  }
  return finish(store::DedupRunStatus::kSucceeded, outcome->counts, "");
}

domain::Result<store::DedupRun> DedupService::GetRun(const Actor& actor, std::int64_t id) {
  auto run = store_.GetDedupRun(id);
  if (!run.ok()) return run.status();
  if (!run->has_value()) return domain::NotFound("dedup run " + std::to_string(id) + " does not exist");
  if (!CoversRun(actor, **run)) return RegionDenied("dedup run " + std::to_string(id));
  return **run;
}

domain::Result<std::vector<store::DedupRun>> DedupService::ListRuns(const Actor& actor, int limit) {
  if (limit < 1 || limit > kMaxPage) return domain::InvalidArgument("limit: use 1 to 100");
  auto runs = store_.ListDedupRuns(limit);
  if (!runs.ok()) return runs.status();
  std::erase_if(runs.value(), [&](const store::DedupRun& run) { return !CoversRun(actor, run); });
  return runs;
}

domain::Result<store::DedupRun> DedupService::Cancel(const Actor& actor, std::int64_t id) {
  auto run = GetRun(actor, id);
  if (!run.ok()) return run;
  if (auto cancelled = store_.RequestDedupCancel(id, clock_.Now()); !cancelled.ok()) return cancelled;
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

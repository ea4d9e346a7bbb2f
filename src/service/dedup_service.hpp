#pragma once
// DedupService: deduplicating the registry people — runs as background jobs with progress and cancel, a review
// queue of candidate clusters, same/different decisions, merges that keep every record and can be undone.
// Every action is audited; officials act only on clusters whose members all live in their regions.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/person.hpp"
#include "match/match_settings.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/dedup_timing.hpp"
#include "service/job_runner.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// The settings every run uses: parsed, and the file text (stored with each run, digested).
struct DedupConfig {
  match::MatchSettings settings;
  std::string settings_text;
};

/// Called with the stage, units done and units in total while a run works (from the running thread).
using DedupProgressSink = std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

/// A page of the review queue.
struct DedupQueuePage {
  std::vector<store::DedupCluster> clusters;
  std::int64_t total = 0;
};

/// A cluster opened for review: with its pairs (explained) and the people side by side (ordered by id).
struct DedupClusterView {
  store::DedupCluster cluster;
  std::vector<domain::Person> people;
};

/// Job kind of a registry dedup run (see job_runner.hpp).
inline constexpr const char* kDedupJobKind = "dedup";

/// Thread-safe. A run is a background job of JobRunner (kind kDedupJobKind, params = the run id): queued by Start,
/// worked by the runner's worker with progress (the stage, and the records, blocking rules or pairs done of it) and
/// cancel through the job. At most one run is queued or working at a time; Start refuses a second one.
class DedupService {
 public:
  DedupService(store::Store& store, Auditor& auditor, const Clock& clock)
      : store_(store), auditor_(auditor), clock_(clock) {}
  DedupService(const DedupService&) = delete;
  DedupService& operator=(const DedupService&) = delete;

  /// Sets the matching settings of later runs (once at start-up, by the app).
  void Configure(DedupConfig config);
  /// True once Configure was called.
  bool Configured() const;
  /// Registers the handler of kDedupJobKind on `runner`, which then works the runs Start queues. Call once, before
  /// runner.Start(); `runner` must outlive every later call of this service.
  void RegisterHandler(JobRunner& runner);
  /// Also tells `observer` every progress report of a run (the command line's bar); called on the job's thread,
  /// possibly after the run already reads as finished, so what it captures must live until the JobRunner stops.
  void SetProgressObserver(DedupProgressSink observer);

  /// Queues a run over the people of `region` (all when nullopt) as a background job; returns the queued run.
  /// Without a region: the whole registry for admins and the command line, an official's only region
  /// (InvalidArgument when they have several). FailedPrecondition when no settings are configured, no job runner is
  /// registered, or a run is already queued or working; PermissionDenied when an official does not cover the region.
  domain::Result<store::DedupRun> Start(const Actor& actor, const std::optional<domain::RegionCode>& region);
  /// Queues a run and works it in this thread through JobRunner::RunNow (the command line), reporting to the
  /// progress observer. Returns the finished run (its status says succeeded, failed or cancelled); errors as Start,
  /// or when it could not be stored.
  domain::Result<store::DedupRun> RunNow(const Actor& actor, const std::optional<domain::RegionCode>& region);
  /// A run by id. NotFound when unknown; PermissionDenied when an official does not cover its region.
  domain::Result<store::DedupRun> GetRun(const Actor& actor, std::int64_t id);
  /// Newest runs first (at most `limit`, 1..100), the ones the actor covers.
  domain::Result<std::vector<store::DedupRun>> ListRuns(const Actor& actor, int limit);
  /// Cancels a queued run (at once) or asks a working one to stop, through its job. Errors as GetRun.
  domain::Result<store::DedupRun> Cancel(const Actor& actor, std::int64_t id);
  /// Elapsed and remaining time of `run` at `now` (see DedupRunTiming). The remaining estimate needs the start of
  /// the current stage, known only in the process that works the run (the server for its own runs).
  JobTiming Timing(const store::DedupRun& run, domain::UnixSeconds now) const;
  /// The job that works run `run_id` (among the newest dedup jobs), or nullopt.
  domain::Result<std::optional<store::Job>> JobOfRun(std::int64_t run_id);

  /// The review queue: clusters with a member in the region (chosen as for Start). `filter.limit` 1..100.
  domain::Result<DedupQueuePage> ListQueue(const Actor& actor, const store::DedupClusterFilter& filter);
  /// One cluster with its people (a read of personal data: audited). NotFound; PermissionDenied when a member
  /// lives outside the official's regions.
  domain::Result<DedupClusterView> OpenCluster(const Actor& actor, std::int64_t id);
  /// Same person / different people. "different" is remembered for every pair of members: no later run proposes
  /// them again. Errors as OpenCluster, FailedPrecondition when merged or superseded.
  domain::Result<DedupClusterView> Decide(const Actor& actor, std::int64_t id, store::DedupDecision decision);
  /// Links the other members to `survivor_id` (a member); marks the cluster same first when it is open. No record
  /// is deleted. Errors as OpenCluster, FailedPrecondition when decided different or already merged.
  domain::Result<DedupClusterView> Merge(const Actor& actor, std::int64_t id, std::int64_t survivor_id);
  /// Undoes the merge of a cluster. Errors as OpenCluster, FailedPrecondition when not merged.
  domain::Result<DedupClusterView> Undo(const Actor& actor, std::int64_t id);

 private:
  /// The handler of kDedupJobKind: works the run named by the job's params to the end and says how it ended.
  store::JobOutcome RunJob(JobContext& ctx);
  /// Loads people, matches, stores clusters and finishes run `queued` (already started); returns it finished.
  domain::Result<store::DedupRun> Execute(const Actor& actor, const store::DedupRun& queued,
                                          const match::MatchSettings& settings, JobContext& ctx);
  /// A queued run and the id of the job that works it.
  struct QueuedRun {
    store::DedupRun run;
    std::int64_t job_id = 0;
  };
  /// Records a run and submits its job.
  domain::Result<QueuedRun> Queue(const Actor& actor, const std::optional<domain::RegionCode>& region);
  /// Remembers when run `id` entered its current stage (0 forgets it).
  void SetStageStart(std::int64_t id, domain::UnixSeconds at);
  /// FailedPrecondition when a dedup job is queued or running.
  domain::Status CheckNoRunWorking();
  /// `run` with the outcome of its job when the job ended without finishing the run (its process died).
  store::DedupRun WithJobOutcome(store::DedupRun run);
  /// Loads a cluster with pairs and checks the actor covers every member.
  domain::Result<store::DedupCluster> CheckedCluster(const Actor& actor, std::int64_t id, const std::string& action);
  domain::Result<DedupClusterView> View(store::DedupCluster cluster);

  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  mutable std::mutex mutex_;  ///< guards config_, observer_, runner_ and stage_started_
  std::mutex start_mutex_;    ///< serialises Start and RunNow (the "one run at a time" check and the queueing)
  std::optional<DedupConfig> config_;
  DedupProgressSink observer_;
  JobRunner* runner_ = nullptr;
  std::map<std::int64_t, domain::UnixSeconds> stage_started_;  ///< runs working in this process: current stage start
};

}  // namespace tepat::service

#pragma once
// DedupService: deduplicating the registry people — runs in the background with progress and cancel, a review
// queue of candidate clusters, same/different decisions, merges that keep every record and can be undone.
// Every action is audited; officials act only on clusters whose members all live in their regions.
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "domain/person.hpp"
#include "match/match_settings.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
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

/// Thread-safe. At most one run works at a time per service; Start refuses a second one.
class DedupService {
 public:
  DedupService(store::Store& store, Auditor& auditor, const Clock& clock)
      : store_(store), auditor_(auditor), clock_(clock) {}
  /// Stops a background run (asks it to cancel) and waits for it.
  ~DedupService();
  DedupService(const DedupService&) = delete;
  DedupService& operator=(const DedupService&) = delete;

  /// Sets the matching settings of later runs (once at start-up, by the app).
  void Configure(DedupConfig config);
  /// True once Configure was called.
  bool Configured() const;

  /// Queues a run over the people of `region` (all when nullopt) and starts it in the background; returns the
  /// queued run. Without a region: the whole registry for admins and the command line, an official's only region
  /// (InvalidArgument when they have several). FailedPrecondition when no settings are configured or a run is
  /// already working; PermissionDenied when an official does not cover the region.
  domain::Result<store::DedupRun> Start(const Actor& actor, const std::optional<domain::RegionCode>& region);
  /// Queues and runs in this thread (the command line), reporting to `progress`. Returns the finished run (its
  /// status says succeeded, failed or cancelled); errors only when it could not be queued or stored.
  domain::Result<store::DedupRun> RunNow(const Actor& actor, const std::optional<domain::RegionCode>& region,
                                         const DedupProgressSink& progress = {});
  /// A run by id. NotFound when unknown; PermissionDenied when an official does not cover its region.
  domain::Result<store::DedupRun> GetRun(const Actor& actor, std::int64_t id);
  /// Newest runs first (at most `limit`, 1..100), the ones the actor covers.
  domain::Result<std::vector<store::DedupRun>> ListRuns(const Actor& actor, int limit);
  /// Cancels a queued run or asks a running one to stop. Errors as GetRun.
  domain::Result<store::DedupRun> Cancel(const Actor& actor, std::int64_t id);

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
  /// Runs a queued run to the end: loads people, matches, stores clusters, finishes the run; returns it finished.
  domain::Result<store::DedupRun> Execute(const Actor& actor, const store::DedupRun& queued, const DedupConfig& config,
                                          const DedupProgressSink& sink, const std::atomic<bool>& stop);
  domain::Result<store::DedupRun> Queue(const Actor& actor, const std::optional<domain::RegionCode>& region,
                                        DedupConfig& config);
  /// Loads a cluster with pairs and checks the actor covers every member.
  domain::Result<store::DedupCluster> CheckedCluster(const Actor& actor, std::int64_t id, const std::string& action);
  domain::Result<DedupClusterView> View(store::DedupCluster cluster);
  void JoinWorker();

  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  mutable std::mutex mutex_;  ///< guards config_
  std::mutex start_mutex_;    ///< serialises Start (worker_ and working_)
  std::optional<DedupConfig> config_;
  std::thread worker_;
  std::atomic<bool> working_{false};
  std::atomic<bool> stop_{false};
};

}  // namespace tepat::service

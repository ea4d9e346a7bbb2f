#pragma once
// SqlStore: the one Store implementation, written against the Connection port, for every engine.
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "store/sql/connection_pool.hpp"
#include "store/store.hpp"

namespace tepat::store::sql {

/// Rows per multi-row INSERT in UpsertRegions (5 parameters each, well below both engines' parameter limits).
inline constexpr int kRegionUpsertBatchRows = 500;

/// Store over a ConnectionPool. Thread-safe: each call borrows one connection for its duration.
class SqlStore final : public Store {
 public:
  /// `pool` holds connections of one engine; `dialect` must be that engine's.
  SqlStore(const Dialect& dialect, std::unique_ptr<ConnectionPool> pool);

  Status Migrate() override;
  Result<int> SchemaVersion() override;
  bool Ping() override;
  PoolStats Pool() const override;
  std::string EngineName() const override;

  Status UpsertRegions(const std::vector<domain::Region>& regions) override;
  Result<std::int64_t> CountRegions() override;
  Result<std::optional<domain::Region>> GetRegion(const domain::RegionCode& code) override;
  Result<std::vector<domain::Region>> ListChildRegions(const std::optional<domain::RegionCode>& parent) override;
  Result<std::vector<domain::Region>> SearchRegions(const std::string& query, int limit) override;

  Result<std::int64_t> CreateAccount(const domain::Account& account) override;
  Result<std::optional<domain::Account>> FindAccountByEmail(const std::string& email) override;
  Result<std::optional<domain::Account>> GetAccount(std::int64_t id) override;
  Result<std::vector<domain::Account>> ListAccounts() override;
  Status SetAccountDisabled(std::int64_t id, bool disabled) override;
  Status SetPasswordHash(std::int64_t id, const std::string& password_hash) override;
  Status SetAccountScopes(std::int64_t id, const std::vector<domain::RegionCode>& scopes) override;

  Status CreateSession(const domain::Session& session) override;
  Result<std::optional<domain::Session>> FindSession(const std::string& token_hash) override;
  Status TouchSession(const std::string& token_hash, domain::UnixSeconds now) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteSessionsOfAccount(std::int64_t account_id) override;
  Status DeleteExpiredSessions(domain::UnixSeconds now, domain::UnixSeconds idle_cutoff) override;

  Status RecordLoginFailure(const std::string& key, domain::UnixSeconds at) override;
  Result<int> CountLoginFailures(const std::string& key, domain::UnixSeconds since) override;
  Status ClearLoginFailures(const std::string& key) override;

  Result<domain::AuditEntry> AppendAudit(domain::AuditEntry entry) override;
  Result<std::vector<domain::AuditEntry>> ListAudit(int limit, std::int64_t before_id) override;
  Result<AuditVerification> VerifyAudit() override;

  Result<PeopleApplyResult> ApplyPeople(const std::vector<PersonUpdate>& rows, const ChangeSource& source) override;
  Result<std::unique_ptr<PeopleBulkLoad>> BeginPeopleBulkLoad(const ChangeSource& source,
                                                              std::size_t batch_rows) override;
  Result<ApplyCounts> ApplyDtks(const std::vector<DtksUpdate>& rows, const ChangeSource& source) override;
  Result<ApplyCounts> ApplyPrograms(const std::vector<ProgramUpdate>& rows, const ChangeSource& source) override;
  Result<ApplyCounts> ApplyRecipients(const std::vector<RecipientUpdate>& rows, const ChangeSource& source) override;

  Result<std::optional<domain::Person>> FindPersonByNik(const std::string& nik) override;
  Result<std::vector<domain::Person>> SearchPeople(const std::string& name_query,
                                                   const std::vector<domain::RegionCode>& regions, int limit,
                                                   int offset) override;
  Result<std::vector<domain::Person>> SearchAllPeople(const std::string& name_query, int limit, int offset) override;
  Result<std::optional<domain::Person>> GetPerson(std::int64_t id) override;
  Result<std::int64_t> CountPeople() override;
  Result<std::optional<HouseholdView>> FindHousehold(const std::string& kk) override;
  Result<std::optional<HouseholdView>> GetHousehold(std::int64_t id) override;
  Result<std::vector<ChangeRecord>> ListHistory(RegistryEntity entity, std::int64_t entity_id) override;
  Result<std::vector<domain::DtksMembership>> ListDtksOfPerson(const std::string& nik) override;
  Result<std::vector<domain::DtksMembership>> ListDtksOfHousehold(const std::string& kk) override;
  Result<std::vector<std::string>> ListDtksRounds() override;
  Result<DtksRoundDiff> DiffDtksRounds(const std::string& earlier, const std::string& later) override;
  Result<std::optional<domain::Program>> FindProgram(const std::string& code) override;
  Result<std::vector<ReceivedAid>> ListAidOfPerson(const std::string& nik) override;
  Result<std::vector<domain::Program>> ListPrograms() override;
  Result<std::optional<domain::Program>> GetProgram(std::int64_t id) override;

  Status ScanPeopleCells(const std::function<Status(TextRowPage&)>& visit, int page_size) override;
  Status ScanDtksCells(const std::function<Status(TextRowPage&)>& visit, int page_size) override;
  Status ScanRecipientCells(const std::function<Status(TextRowPage&)>& visit, int page_size) override;
  Result<std::string> RegistryDataVersion() override;
  Result<std::int64_t> CreateScreeningRun(const ScreeningRun& run) override;
  Status CompleteScreeningRun(std::int64_t run_id, const ScreeningRun& outcome,
                              const std::vector<ScreeningRowRecord>& rows) override;
  Result<std::vector<ScreeningRun>> ListScreeningRuns(int limit, std::int64_t before_id) override;
  Result<std::optional<ScreeningRun>> GetScreeningRunOfJob(std::int64_t job_id) override;
  Result<ScreeningRowPage> ListScreeningRows(std::int64_t run_id, const ScreeningRowQuery& query) override;
  Result<std::vector<ScreeningRowOfRun>> ListScreeningRowsOfNik(const std::string& nik, int limit) override;

  Result<std::int64_t> CreateJob(const Job& job) override;
  Result<std::optional<Job>> GetJob(std::int64_t id) override;
  Result<std::vector<Job>> ListJobs(const JobQuery& query) override;
  Status ClaimJob(std::int64_t id, domain::UnixSeconds now) override;
  Result<std::optional<Job>> ClaimNextJob(const std::vector<std::string>& kinds, domain::UnixSeconds now) override;
  Result<bool> ReportJobProgress(std::int64_t id, const JobProgress& progress, domain::UnixSeconds now) override;
  Status HeartbeatJob(std::int64_t id, domain::UnixSeconds now) override;
  Status FinishJob(std::int64_t id, const JobOutcome& outcome, domain::UnixSeconds now) override;
  Status RequestJobCancel(std::int64_t id, domain::UnixSeconds now) override;
  Result<bool> IsJobCancelRequested(std::int64_t id) override;
  Result<std::int64_t> FailStaleJobs(domain::UnixSeconds heartbeat_cutoff, domain::UnixSeconds now) override;

  Status AddNotifications(const std::vector<domain::Notification>& notifications,
                          const std::vector<domain::OutboxEmail>& emails) override;
  Result<std::vector<domain::Notification>> ListNotifications(std::int64_t account_id, int limit,
                                                              std::int64_t before_id) override;
  Result<std::int64_t> CountUnreadNotifications(std::int64_t account_id) override;
  Status MarkNotificationRead(std::int64_t account_id, std::int64_t id, domain::UnixSeconds now) override;
  Result<std::int64_t> MarkAllNotificationsRead(std::int64_t account_id, domain::UnixSeconds now) override;
  Result<std::vector<domain::OutboxEmail>> ClaimDueEmails(domain::UnixSeconds now, int limit,
                                                          std::int64_t lease_seconds) override;
  Status MarkEmailSent(std::int64_t id, domain::UnixSeconds now) override;
  Status MarkEmailFailed(std::int64_t id, const std::string& error, domain::UnixSeconds next_attempt_at) override;
  Result<std::vector<domain::OutboxEmail>> ListOutboxEmails(int limit, std::int64_t before_id) override;
  Result<OutboxCounts> CountOutbox() override;

  Result<std::int64_t> CreateDiscussionPost(const domain::DiscussionPost& post) override;
  Result<std::optional<domain::DiscussionPost>> GetDiscussionPost(std::int64_t id) override;
  Result<std::vector<domain::DiscussionPost>> ListDiscussionItems(const DiscussionQuery& query) override;
  Result<std::vector<domain::DiscussionPost>> ListDiscussionComments(std::int64_t item_id, bool all_states) override;
  Result<std::vector<domain::DiscussionPost>> ListDiscussionPostsInState(domain::DiscussionState state,
                                                                         int limit) override;
  Result<domain::DiscussionPost> ReportDiscussionPost(std::int64_t post_id, std::int64_t account_id,
                                                      const std::string& reason, int hide_after_reports,
                                                      domain::UnixSeconds now) override;
  Result<domain::DiscussionPost> ModerateDiscussionPost(std::int64_t post_id, const ModerationChange& change) override;
  Result<std::vector<domain::DiscussionRevision>> ListDiscussionRevisions(std::int64_t post_id) override;
  Result<std::vector<domain::Topic>> ListComplaintTopics() override;
  Result<std::int64_t> SaveComplaintTopic(const domain::Topic& topic) override;
  Result<domain::Complaint> CreateComplaint(domain::Complaint complaint, int tracking_year,
                                            const std::optional<domain::ComplaintComment>& first_comment) override;
  Result<std::optional<domain::Complaint>> GetComplaint(std::int64_t id) override;
  Result<std::optional<domain::Complaint>> FindComplaintByTracking(const std::string& tracking_number) override;
  Result<ComplaintPage> ListComplaints(const ComplaintQuery& query) override;
  Status CreateComplaints(std::vector<domain::Complaint>& complaints, int tracking_year) override;
  Result<ComplaintFactSet> ListComplaintFacts(const ComplaintQuery& query) override;
  Result<std::map<std::int64_t, ComplaintContacts>> ListComplaintContacts(const ComplaintQuery& query) override;
  Result<domain::ComplaintComment> CommitComplaintTransition(const domain::Transition& transition,
                                                             const domain::Complaint& after,
                                                             domain::ComplaintComment comment) override;
  Result<std::vector<domain::ComplaintComment>> ListComplaintComments(std::int64_t complaint_id) override;
  Result<std::optional<domain::ComplaintComment>> GetComplaintComment(std::int64_t id) override;
  Status SaveComplaintCommentRevision(const domain::ComplaintComment& comment) override;
  Result<std::vector<domain::Complaint>> ListForwardedBefore(domain::UnixSeconds forwarded_cutoff, int limit) override;
  Result<std::int64_t> AddComplaintAttachment(const ComplaintAttachment& attachment) override;
  Result<std::vector<ComplaintAttachment>> ListComplaintAttachments(std::int64_t complaint_id) override;
  Result<std::optional<ComplaintAttachment>> GetComplaintAttachment(std::int64_t id) override;
  Result<std::vector<domain::Person>> ListPeopleAfter(const std::optional<domain::RegionCode>& region,
                                                      std::int64_t after_id, int limit) override;
  Result<std::vector<domain::Person>> GetPeopleByIds(const std::vector<std::int64_t>& ids) override;
  Result<std::string> PeopleDataVersion(const std::optional<domain::RegionCode>& region) override;
  Result<std::int64_t> CreateDedupRun(const DedupRun& run) override;
  Result<std::optional<DedupRun>> GetDedupRun(std::int64_t id) override;
  Result<std::vector<DedupRun>> ListDedupRuns(int limit) override;
  Status StartDedupRun(std::int64_t id, domain::UnixSeconds now) override;
  Result<bool> ReportDedupProgress(std::int64_t id, const DedupProgress& progress, domain::UnixSeconds now) override;
  Status FinishDedupRun(std::int64_t id, DedupRunStatus outcome, const DedupRunCounts& counts,
                        const std::string& message, domain::UnixSeconds now) override;
  Status RequestDedupCancel(std::int64_t id, domain::UnixSeconds now) override;
  Status SaveDedupClusters(std::int64_t run_id, const std::vector<DedupCluster>& clusters) override;
  Result<std::vector<DedupCluster>> ListDedupClusters(const DedupClusterFilter& filter) override;
  Result<std::int64_t> CountDedupClusters(const DedupClusterFilter& filter) override;
  Result<std::optional<DedupCluster>> GetDedupCluster(std::int64_t id) override;
  Status DecideDedupCluster(std::int64_t id, DedupDecision decision, std::int64_t by,
                            domain::UnixSeconds now) override;
  Result<std::vector<PersonPair>> ListDismissedPairs() override;
  Status MergeDedupCluster(std::int64_t id, std::int64_t survivor_id, std::int64_t by,
                           domain::UnixSeconds now) override;
  Status UndoDedupMerge(std::int64_t id, std::int64_t by, domain::UnixSeconds now) override;
  Result<std::vector<PersonMerge>> ListMergesOfCluster(std::int64_t cluster_id) override;
  Result<std::vector<PersonMerge>> ListActiveMerges() override;

  // --- test hooks ---------------------------------------------------------------------------------------------
  /// Makes the `n`-th statement from now (on any connection) fail with kInternal; n <= 0 disarms.
  void FailNthStatement(std::int64_t n) { pool_->faults().FailNthStatement(n); }
  /// Runs a raw SQL script (tests that play an attacker with database access, e.g. dropping a trigger).
  Status ExecScriptForTest(std::string_view script);

 private:
  /// Runs `fn(Connection&)` on a borrowed connection; returns its result, or the failure to borrow one.
  template <typename Fn>
  auto WithConnection(Fn&& fn) -> decltype(fn(std::declval<Connection&>())) {
    Result<ConnectionPool::Lease> lease = pool_->Acquire();
    if (!lease.ok()) return lease.status();
    return fn(*lease.value());
  }
  /// Runs one statement that must change exactly one row; kNotFound naming `what` otherwise.
  Status ExecOne(const Statement& statement, const SqlParams& params, const std::string& what);
  /// Loads the scopes of `account` into it.
  Status LoadScopes(Connection& connection, domain::Account& account);
  /// Why a job update changed no row: kNotFound for an unknown id, else kFailedPrecondition naming `expected`.
  Status JobNotInState(Connection& connection, std::int64_t id, std::string_view expected);
  /// As JobNotInState, for a dedup run.
  Status DedupRunNotInState(Connection& connection, std::int64_t id, std::string_view expected);
  /// The cluster's row with members (no pairs); kNotFound naming the id when unknown.
  Result<DedupCluster> LoadClusterHead(Connection& connection, std::int64_t id);
  /// Runs `change` with the head of cluster `id` (LoadClusterHead) inside one write transaction: all or nothing.
  Status ChangeDedupCluster(std::int64_t id, const std::function<Status(Connection&, const DedupCluster&)>& change);
  Result<std::optional<domain::Account>> FindAccount(const Statement& statement, const SqlParams& params);
  /// The complaint found by `statement` (one parameter), with its NIKs and phones.
  Result<std::optional<domain::Complaint>> FindComplaint(const Statement& statement, const SqlParam& key);

  const Dialect& dialect_;
  std::unique_ptr<ConnectionPool> pool_;
};

}  // namespace tepat::store::sql

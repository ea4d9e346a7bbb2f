#pragma once
// Store: the one persistence interface of Tepat. Returns domain types; hides SQL and the database engine.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/audit_entry.hpp"
#include "domain/complaint.hpp"
#include "domain/complaint_comment.hpp"
#include "domain/complaint_topic.hpp"
#include "domain/complaint_workflow.hpp"
#include "domain/region.hpp"
#include "domain/session.hpp"
#include "domain/status.hpp"
#include "store/community_types.hpp"
#include "store/complaint_report_types.hpp"
#include "store/complaint_types.hpp"
#include "store/job_types.hpp"
#include "store/people_bulk_load.hpp"
#include "store/dedup_types.hpp"
#include "store/registry_cells.hpp"
#include "store/registry_types.hpp"
#include "store/screening_types.hpp"
#include "store/text_row_page.hpp"

namespace tepat::store {

using domain::Result;
using domain::Status;

/// Result of checking the audit chain.
struct AuditVerification {
  bool intact = true;
  std::int64_t rows_checked = 0;
  std::int64_t first_bad_id = 0;   ///< 0 when intact
  std::string reason;              ///< why the first bad row is bad ("hash mismatch", "row missing before id N", ...)
};

/// Counts of the connection pool, for /metrics.
struct PoolStats {
  int size = 0;
  int in_use = 0;
  int open = 0;            ///< connections currently open (at most `size`)
  std::int64_t waits = 0;  ///< how often a caller had to wait for a free connection
};

/// Persistence for every Tepat object. Implementations are thread-safe: each call borrows a pooled connection.
/// Methods return kUnavailable when the database cannot be reached and kInternal on unexpected SQL errors;
/// the message never contains personal data.
class Store {
 public:
  virtual ~Store() = default;

  // --- schema -------------------------------------------------------------------------------------------------
  /// Applies every numbered migration not yet recorded in the schema table, each in its own transaction; then
  /// builds the registry key indexes when a PeopleBulkLoad that never finished (process killed) left them dropped.
  virtual Status Migrate() = 0;
  /// Highest applied migration number (0 for an empty database).
  virtual Result<int> SchemaVersion() = 0;
  /// True when a trivial query succeeds.
  virtual bool Ping() = 0;
  virtual PoolStats Pool() const = 0;
  /// "sqlite" or "postgresql".
  virtual std::string EngineName() const = 0;

  // --- regions ------------------------------------------------------------------------------------------------
  /// Inserts or updates regions (by code) in one transaction. Parents must precede children in `regions`
  /// or already exist.
  virtual Status UpsertRegions(const std::vector<domain::Region>& regions) = 0;
  virtual Result<std::int64_t> CountRegions() = 0;
  virtual Result<std::optional<domain::Region>> GetRegion(const domain::RegionCode& code) = 0;
  /// Children of `parent` ordered by code; provinces when `parent` is nullopt.
  virtual Result<std::vector<domain::Region>> ListChildRegions(const std::optional<domain::RegionCode>& parent) = 0;
  /// Regions whose name contains `query` (case-insensitive), ordered by level then name, at most `limit`.
  virtual Result<std::vector<domain::Region>> SearchRegions(const std::string& query, int limit) = 0;
  /// The regions above `code`, province first (empty for a province); levels missing from the table are
  /// skipped. The default implementation looks each one up with GetRegion.
  virtual Result<std::vector<domain::Region>> ListRegionAncestors(const domain::RegionCode& code);

  // --- accounts -----------------------------------------------------------------------------------------------
  /// Creates an account (email must be unique, lower-cased by the caller); returns its id. kAlreadyExists if taken.
  virtual Result<std::int64_t> CreateAccount(const domain::Account& account) = 0;
  virtual Result<std::optional<domain::Account>> FindAccountByEmail(const std::string& email) = 0;
  virtual Result<std::optional<domain::Account>> GetAccount(std::int64_t id) = 0;
  virtual Result<std::vector<domain::Account>> ListAccounts() = 0;
  /// Disables or enables an account. Disabling also deletes all its sessions, in the same transaction.
  /// kNotFound for an unknown id.
  virtual Status SetAccountDisabled(std::int64_t id, bool disabled) = 0;
  /// Replaces the password hash. kNotFound for an unknown id.
  virtual Status SetPasswordHash(std::int64_t id, const std::string& password_hash) = 0;
  /// Replaces the region scopes of an account, in one transaction. kNotFound for an unknown account.
  virtual Status SetAccountScopes(std::int64_t id, const std::vector<domain::RegionCode>& scopes) = 0;

  // --- sessions -----------------------------------------------------------------------------------------------
  /// Stores a new session. Fails (kInternal) when the account does not exist.
  virtual Status CreateSession(const domain::Session& session) = 0;
  virtual Result<std::optional<domain::Session>> FindSession(const std::string& token_hash) = 0;
  /// Sets last_seen_at. kNotFound when the session no longer exists.
  virtual Status TouchSession(const std::string& token_hash, domain::UnixSeconds now) = 0;
  /// Deletes one session; OK when it did not exist.
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  virtual Status DeleteSessionsOfAccount(std::int64_t account_id) = 0;
  /// Removes sessions idle since before `idle_cutoff` or past their absolute expiry at `now`.
  virtual Status DeleteExpiredSessions(domain::UnixSeconds now, domain::UnixSeconds idle_cutoff) = 0;

  // --- login throttling ---------------------------------------------------------------------------------------
  /// Records a failed login for a key ("acct:<id or email hash>" or "ip:<address>").
  virtual Status RecordLoginFailure(const std::string& key, domain::UnixSeconds at) = 0;
  /// Failures for `key` at or after `since`.
  virtual Result<int> CountLoginFailures(const std::string& key, domain::UnixSeconds since) = 0;
  /// Forgets the failures of `key` (after a successful login).
  virtual Status ClearLoginFailures(const std::string& key) = 0;

  // --- audit log ----------------------------------------------------------------------------------------------
  /// Appends an entry: assigns id, reads the last hash and stores prev_hash and hash, atomically (concurrent
  /// appenders are serialised). Returns the stored entry.
  virtual Result<domain::AuditEntry> AppendAudit(domain::AuditEntry entry) = 0;
  /// Newest first, at most `limit`, with id < `before_id` when it is non-zero.
  virtual Result<std::vector<domain::AuditEntry>> ListAudit(int limit, std::int64_t before_id) = 0;
  /// Walks the whole chain in id order, recomputing every hash.
  virtual Result<AuditVerification> VerifyAudit() = 0;

  // --- registry: batch apply ----------------------------------------------------------------------------------
  // Each Apply* writes the whole batch in ONE write transaction (nothing of it on failure) and returns what the
  // rows did. A row inserts a new record or changes only the fields whose new value differs (Patch::Keep never
  // blanks a stored value); every changed field of an existing record gets one change_history row naming
  // `source`. Re-applying the same batch changes nothing and writes no history. Rows are applied in order (a key
  // repeated in the batch: the later row wins field by field). Batches of 5,000-50,000 rows are the intended size.

  /// Civil-registration rows by NIK, and the households (by KK) they name: desa from the rows, head NIK from a
  /// row whose relation is the family head.
  virtual Result<PeopleApplyResult> ApplyPeople(const std::vector<PersonUpdate>& rows, const ChangeSource& source) = 0;
  /// Starts a PeopleBulkLoad when people and households are both empty, no other bulk load is running and the
  /// engine has a bulk path (SQLite); nullptr otherwise (then use ApplyPeople). `batch_rows`: rows per ApplyPeople batch that Finish uses for the
  /// held-back rows. Writes under `source` like ApplyPeople.
  virtual Result<std::unique_ptr<PeopleBulkLoad>> BeginPeopleBulkLoad(const ChangeSource& source,
                                                                      std::size_t batch_rows) = 0;
  /// DTKS rows by (round, KK, NIK); each round is kept, so rounds can be compared with DiffDtksRounds.
  virtual Result<ApplyCounts> ApplyDtks(const std::vector<DtksUpdate>& rows, const ChangeSource& source) = 0;
  /// Program rows by code.
  virtual Result<ApplyCounts> ApplyPrograms(const std::vector<ProgramUpdate>& rows, const ChangeSource& source) = 0;
  /// Recipient rows by (program, period, stage, NIK) (name and desa instead of a missing NIK).
  virtual Result<ApplyCounts> ApplyRecipients(const std::vector<RecipientUpdate>& rows,
                                              const ChangeSource& source) = 0;

  // --- registry: look-ups -------------------------------------------------------------------------------------
  /// The person with this NIK (16 normalised digits), or nullopt.
  virtual Result<std::optional<domain::Person>> FindPersonByNik(const std::string& nik) = 0;
  /// People whose name contains `name_query` (case-insensitive), living in a desa inside one of `regions` (any
  /// level), ordered by name then NIK, `limit` from `offset`. kInvalidArgument for no region or more than 16
  /// (pass the common parents instead).
  virtual Result<std::vector<domain::Person>> SearchPeople(const std::string& name_query,
                                                           const std::vector<domain::RegionCode>& regions, int limit,
                                                           int offset) = 0;
  /// Like SearchPeople over every region, for accounts without region scope (admin). Callers must have checked
  /// that the account may see everything.
  virtual Result<std::vector<domain::Person>> SearchAllPeople(const std::string& name_query, int limit,
                                                              int offset) = 0;
  /// The person with this internal id (Person::id), or nullopt.
  virtual Result<std::optional<domain::Person>> GetPerson(std::int64_t id) = 0;
  virtual Result<std::int64_t> CountPeople() = 0;
  /// The household with this KK and its members (ordered by NIK), or nullopt.
  virtual Result<std::optional<HouseholdView>> FindHousehold(const std::string& kk) = 0;
  /// The household with this internal id (Household::id) and its members (ordered by NIK), or nullopt.
  virtual Result<std::optional<HouseholdView>> GetHousehold(std::int64_t id) = 0;
  /// Every recorded change of one record, oldest first. Records are named by their internal id
  /// (Person::id, Household::id, ...).
  virtual Result<std::vector<ChangeRecord>> ListHistory(RegistryEntity entity, std::int64_t entity_id) = 0;
  /// DTKS entries naming this NIK, newest round first.
  virtual Result<std::vector<domain::DtksMembership>> ListDtksOfPerson(const std::string& nik) = 0;
  /// DTKS entries of this KK (household-level and members), newest round first.
  virtual Result<std::vector<domain::DtksMembership>> ListDtksOfHousehold(const std::string& kk) = 0;
  /// Every stored DTKS update round, oldest first.
  virtual Result<std::vector<std::string>> ListDtksRounds() = 0;
  /// What changed from round `earlier` to round `later`: households and entries added and removed, entries whose
  /// decile or status changed. Unknown rounds read as empty.
  virtual Result<DtksRoundDiff> DiffDtksRounds(const std::string& earlier, const std::string& later) = 0;
  /// The program with this code, or nullopt.
  virtual Result<std::optional<domain::Program>> FindProgram(const std::string& code) = 0;
  /// Aid recorded for this NIK, ordered by period, program and stage.
  virtual Result<std::vector<ReceivedAid>> ListAidOfPerson(const std::string& nik) = 0;
  /// Every program, ordered by name then code (a short table: tens to hundreds of rows).
  virtual Result<std::vector<domain::Program>> ListPrograms() = 0;
  /// The program with this internal id, or nullopt.
  virtual Result<std::optional<domain::Program>> GetProgram(std::int64_t id) = 0;

  // --- registry: bulk reads (screening loads the registry into memory) ---------------------------------------
  // Each Scan*Cells reads its whole table in id order, in pages of `page_size` rows (keyset paging: one short query
  // per page, so writers are not blocked), puts the text of each row's cells (registry_cells.hpp: the row id first)
  // into a TextRowPage and calls `visit` once per page. `visit` may swap the page's contents with a page of its own
  // (to read it on another thread); the scan resets whatever it holds before the next page. Stops at the first
  // failure of `visit`, which it returns.

  /// Every person (person_cells).
  virtual Status ScanPeopleCells(const std::function<Status(TextRowPage&)>& visit, int page_size) = 0;
  /// Every DTKS entry of every round (dtks_cells).
  virtual Status ScanDtksCells(const std::function<Status(TextRowPage&)>& visit, int page_size) = 0;
  /// Every recipient entry of any program, period and stage (recipient_cells).
  virtual Status ScanRecipientCells(const std::function<Status(TextRowPage&)>& visit, int page_size) = 0;
  /// A stamp that changes whenever people, DTKS or recipients change: the highest row id (these rows are never
  /// deleted, so it grows with every insert) and the newest change time of each table
  /// ("people_max_id=ID@T;dtks_max_id=ID@T;recipients_max_id=ID@T"). Costs a few index look-ups, whatever the size
  /// of the registry.
  virtual Result<std::string> RegistryDataVersion() = 0;

  // --- screening results --------------------------------------------------------------------------------------
  /// Records a screening run when its job is queued (job_id, program_code, period, list_name, created_at (0 = now),
  /// created_by; the rest is filled by CompleteScreeningRun). Returns the run id; kAlreadyExists when the job has
  /// a run already.
  virtual Result<std::int64_t> CreateScreeningRun(const ScreeningRun& run) = 0;
  /// Stores the outcome of run `run_id` (settings, data_version, rows_total and the verdict counts of `outcome`)
  /// and all its rows, replacing rows stored by an earlier attempt, in one write transaction. kNotFound for an
  /// unknown run.
  virtual Status CompleteScreeningRun(std::int64_t run_id, const ScreeningRun& outcome,
                                      const std::vector<ScreeningRowRecord>& rows) = 0;
  /// Runs newest first, at most `limit`, with id < `before_id` when it is non-zero.
  virtual Result<std::vector<ScreeningRun>> ListScreeningRuns(int limit, std::int64_t before_id) = 0;
  /// The run stored for a job, or nullopt.
  virtual Result<std::optional<ScreeningRun>> GetScreeningRunOfJob(std::int64_t job_id) = 0;
  /// Rows of a run in line order, filtered (verdict code, reason code), `limit` from `offset`, with the total.
  virtual Result<ScreeningRowPage> ListScreeningRows(std::int64_t run_id, const ScreeningRowQuery& query) = 0;
  /// Rows naming `nik` (exactly as stored) in any run, each with its run, newest run first (then line order), at
  /// most `limit`.
  virtual Result<std::vector<ScreeningRowOfRun>> ListScreeningRowsOfNik(const std::string& nik, int limit) = 0;

  // --- background jobs ----------------------------------------------------------------------------------------
  // A job is queued, claimed (running) by one worker, which reports progress at least every few seconds (the
  // progress report is the heartbeat), and finished. A worker that died leaves a running job whose heartbeat
  // grows old: FailStaleJobs marks it failed (call it at start-up and periodically). service::JobRunner drives
  // this lifecycle; handlers of a job kind only do the work and report progress.

  /// Queues a job from `job`'s kind, file_name, params, scope_region, rows_total, created_by and created_at
  /// (0 = now); returns its id.
  virtual Result<std::int64_t> CreateJob(const Job& job) = 0;
  virtual Result<std::optional<Job>> GetJob(std::int64_t id) = 0;
  /// Jobs matching `query`, newest first.
  virtual Result<std::vector<Job>> ListJobs(const JobQuery& query) = 0;
  /// queued -> running. kNotFound for an unknown id; kFailedPrecondition when it is not queued (another worker
  /// claimed it, or it was cancelled). Safe against concurrent claimers: exactly one wins.
  virtual Status ClaimJob(std::int64_t id, domain::UnixSeconds now) = 0;
  /// Claims the oldest queued job whose kind is one of `kinds`; nullopt when there is none (or another worker took
  /// it first: call again).
  virtual Result<std::optional<Job>> ClaimNextJob(const std::vector<std::string>& kinds, domain::UnixSeconds now) = 0;
  /// Stores progress and the heartbeat of a running job; returns true when a cancel was requested (the worker
  /// should then stop after its current batch and finish the job as cancelled). kFailedPrecondition when the
  /// job is not running (e.g. it was marked failed as stale), kNotFound for an unknown id.
  virtual Result<bool> ReportJobProgress(std::int64_t id, const JobProgress& progress, domain::UnixSeconds now) = 0;
  /// Heartbeat only. Same errors as ReportJobProgress.
  virtual Status HeartbeatJob(std::int64_t id, domain::UnixSeconds now) = 0;
  /// running -> outcome.status (succeeded, failed or cancelled) with its message, error report and result paths.
  /// kInvalidArgument for another status; kFailedPrecondition when not running.
  virtual Status FinishJob(std::int64_t id, const JobOutcome& outcome, domain::UnixSeconds now) = 0;
  /// Cancels a queued job at once, or asks a running one to stop (ReportJobProgress then returns true).
  /// OK when already finished (nothing to do); kNotFound for an unknown id.
  virtual Status RequestJobCancel(std::int64_t id, domain::UnixSeconds now) = 0;
  /// True when a cancel was requested. kNotFound for an unknown id.
  virtual Result<bool> IsJobCancelRequested(std::int64_t id) = 0;
  /// Marks failed every running job whose last heartbeat is before `heartbeat_cutoff` (its process died);
  /// returns how many. What it committed stays; the rest of its work was not done.
  virtual Result<std::int64_t> FailStaleJobs(domain::UnixSeconds heartbeat_cutoff, domain::UnixSeconds now) = 0;

  // --- notifications and the email outbox ---------------------------------------------------------------------
  /// Stores `notifications` and `emails` in ONE transaction (nothing of either on failure). Ids and read_at of
  /// the inputs are ignored; created_at 0 means now; an email's next_attempt_at 0 means its created_at.
  virtual Status AddNotifications(const std::vector<domain::Notification>& notifications,
                                  const std::vector<domain::OutboxEmail>& emails) = 0;
  /// Notifications of one account, newest first, at most `limit`, with id < `before_id` when it is non-zero.
  virtual Result<std::vector<domain::Notification>> ListNotifications(std::int64_t account_id, int limit,
                                                                      std::int64_t before_id) = 0;
  virtual Result<std::int64_t> CountUnreadNotifications(std::int64_t account_id) = 0;
  /// Marks one notification of `account_id` read at `now` (an earlier read time is kept). kNotFound when it does
  /// not exist or belongs to another account (the caller cannot tell which).
  virtual Status MarkNotificationRead(std::int64_t account_id, std::int64_t id, domain::UnixSeconds now) = 0;
  /// Marks every unread notification of `account_id` read; returns how many changed.
  virtual Result<std::int64_t> MarkAllNotificationsRead(std::int64_t account_id, domain::UnixSeconds now) = 0;
  /// Claims up to `limit` unsent emails due at `now` (next_attempt_at <= now) and not claimed by another sender,
  /// oldest first, for `lease_seconds`: they are not handed out again until the lease ends (a sender that dies
  /// leaves them to the next one). Safe against concurrent senders on every engine: a row goes to one of them.
  virtual Result<std::vector<domain::OutboxEmail>> ClaimDueEmails(domain::UnixSeconds now, int limit,
                                                                  std::int64_t lease_seconds) = 0;
  /// Records a successful send and ends the claim. kNotFound for an unknown id.
  virtual Status MarkEmailSent(std::int64_t id, domain::UnixSeconds now) = 0;
  /// Records a failed attempt: attempts + 1, `error` (never personal data), the next try at `next_attempt_at`,
  /// and ends the claim. kNotFound for an unknown id.
  virtual Status MarkEmailFailed(std::int64_t id, const std::string& error, domain::UnixSeconds next_attempt_at) = 0;
  /// Emails newest first, at most `limit`, with id < `before_id` when it is non-zero (operators, tests).
  virtual Result<std::vector<domain::OutboxEmail>> ListOutboxEmails(int limit, std::int64_t before_id) = 0;
  virtual Result<OutboxCounts> CountOutbox() = 0;

  // --- discussion ---------------------------------------------------------------------------------------------
  /// Stores a new post (item or comment) from `post` (id, open_reports, moderated and comment_count ignored);
  /// returns its id. kAlreadyExists when the complaint already has an item; kNotFound when the parent item does
  /// not exist.
  virtual Result<std::int64_t> CreateDiscussionPost(const domain::DiscussionPost& post) = 0;
  /// One post (any state), with comment_count filled for items; nullopt when unknown.
  virtual Result<std::optional<domain::DiscussionPost>> GetDiscussionPost(std::int64_t id) = 0;
  /// Items (not comments) matching `query`, newest first, with comment_count (visible comments).
  virtual Result<std::vector<domain::DiscussionPost>> ListDiscussionItems(const DiscussionQuery& query) = 0;
  /// Comments of one item, oldest first: only visible ones, or every state when `all_states`.
  virtual Result<std::vector<domain::DiscussionPost>> ListDiscussionComments(std::int64_t item_id,
                                                                             bool all_states) = 0;
  /// Posts (items and comments) in `state`, oldest change first, at most `limit`: the moderation queue.
  virtual Result<std::vector<domain::DiscussionPost>> ListDiscussionPostsInState(domain::DiscussionState state,
                                                                                 int limit) = 0;
  /// Records one report of `account_id` and, in the same transaction, counts it and applies
  /// domain::StateAfterReport with `hide_after_reports`; returns the post afterwards. kAlreadyExists when this
  /// account already reported the post; kNotFound for an unknown post.
  virtual Result<domain::DiscussionPost> ReportDiscussionPost(std::int64_t post_id, std::int64_t account_id,
                                                              const std::string& reason, int hide_after_reports,
                                                              domain::UnixSeconds now) = 0;
  /// Applies a moderator decision in one transaction: keeps the current title, body and state as a revision,
  /// sets the state from domain::StateAfterModeration (and the new text for kEdit), marks the post moderated and
  /// closes its open reports. Returns the post afterwards. kNotFound for an unknown post.
  virtual Result<domain::DiscussionPost> ModerateDiscussionPost(std::int64_t post_id,
                                                                const ModerationChange& change) = 0;
  /// Every earlier version of a post, oldest first.
  virtual Result<std::vector<domain::DiscussionRevision>> ListDiscussionRevisions(std::int64_t post_id) = 0;
  // --- complaints ---------------------------------------------------------------------------------------------
  // Complaints, their NIKs and phones (kept in their own tables: lists never read them), comments with the
  // history of edited and deleted texts, topics and attachment metadata. Business rules live in
  // domain/complaint_workflow.hpp and service::ComplaintService; the store only keeps what they decided.

  /// Every topic (active or not), by id.
  virtual Result<std::vector<domain::Topic>> ListComplaintTopics() = 0;
  /// Inserts `topic` when its id is 0, else renames or (de)activates it; returns its id. kNotFound for an
  /// unknown id.
  virtual Result<std::int64_t> SaveComplaintTopic(const domain::Topic& topic) = 0;
  /// Stores a new complaint with its NIKs and phones, and `first_comment` when it has text (its complaint_id is
  /// set here), in one transaction. Assigns the id and the tracking number from the sequence of (region,
  /// `tracking_year`). Returns the stored complaint.
  virtual Result<domain::Complaint> CreateComplaint(domain::Complaint complaint, int tracking_year,
                                                    const std::optional<domain::ComplaintComment>& first_comment) = 0;
  /// Stores many complaints (demo data, benchmarks) in one transaction, as CreateComplaint without comments; sets
  /// each one's id and tracking number. All or nothing.
  virtual Status CreateComplaints(std::vector<domain::Complaint>& complaints, int tracking_year) = 0;
  /// The complaint with NIKs and phones, or nullopt.
  virtual Result<std::optional<domain::Complaint>> GetComplaint(std::int64_t id) = 0;
  /// The complaint with this tracking number (exact), with NIKs and phones, or nullopt.
  virtual Result<std::optional<domain::Complaint>> FindComplaintByTracking(const std::string& tracking_number) = 0;
  /// One page of complaints matching `query`, newest first, and the number of all matches. kInvalidArgument for
  /// more than kComplaintRegionSlots regions or a limit outside 1..kMaxComplaintPageSize.
  virtual Result<ComplaintPage> ListComplaints(const ComplaintQuery& query) = 0;
  /// Writes a decided workflow step in one transaction: the status and times of `after` (the complaint after
  /// domain::CommitTransition) with `UPDATE ... WHERE id = ? AND status = transition.from`, then `comment`.
  /// kFailedPrecondition, and nothing written, when the complaint is no longer in `transition.from` (someone
  /// changed it first: read it again and decide again); kNotFound for an unknown complaint. Returns the stored
  /// comment (with its id).
  virtual Result<domain::ComplaintComment> CommitComplaintTransition(const domain::Transition& transition,
                                                                     const domain::Complaint& after,
                                                                     domain::ComplaintComment comment) = 0;
  /// Comments of one complaint with their history, oldest first.
  virtual Result<std::vector<domain::ComplaintComment>> ListComplaintComments(std::int64_t complaint_id) = 0;
  /// One comment with its history, or nullopt.
  virtual Result<std::optional<domain::ComplaintComment>> GetComplaintComment(std::int64_t id) = 0;
  /// Saves an edit or delete made with domain::EditComment/DeleteComment: the text and flags, and the newest
  /// history entry (history.back()). kFailedPrecondition when the stored history is not exactly one entry shorter
  /// (a concurrent edit won: read it again); kNotFound for an unknown comment.
  virtual Status SaveComplaintCommentRevision(const domain::ComplaintComment& comment) = 0;
  /// DITERUSKAN complaints forwarded at or before `forwarded_cutoff`, oldest forward first, at most `limit`;
  /// with NIKs and phones left empty. The sweep's input.
  virtual Result<std::vector<domain::Complaint>> ListForwardedBefore(domain::UnixSeconds forwarded_cutoff,
                                                                     int limit) = 0;
  /// Stores attachment metadata; returns its id. kAlreadyExists when the stored name is taken.
  virtual Result<std::int64_t> AddComplaintAttachment(const ComplaintAttachment& attachment) = 0;
  /// Attachments of one complaint, by id.
  virtual Result<std::vector<ComplaintAttachment>> ListComplaintAttachments(std::int64_t complaint_id) = 0;
  /// One attachment, or nullopt.
  virtual Result<std::optional<ComplaintAttachment>> GetComplaintAttachment(std::int64_t id) = 0;
  /// The dashboard's input: the facts of every complaint matching `query` (its limit and offset are ignored) in one
  /// narrow query, with region, topic and program names. kInvalidArgument for more than kComplaintRegionSlots
  /// regions.
  virtual Result<ComplaintFactSet> ListComplaintFacts(const ComplaintQuery& query) = 0;
  /// NIKs and phones of the complaints on the page ListComplaints(query) returns, by complaint id (complaints
  /// without any are absent). Errors as ListComplaints. Callers must check that the reader may see them.
  virtual Result<std::map<std::int64_t, ComplaintContacts>> ListComplaintContacts(const ComplaintQuery& query) = 0;

  // --- registry deduplication ---------------------------------------------------------------------------------
  // A run is queued, started (running) by the worker that executes it, reports progress (the heartbeat; the
  // answer says whether a cancel was requested) and finishes. Its clusters are saved in one transaction before
  // it finishes. Decisions and merges never delete a person: "different" remembers every pair of the cluster so
  // no later run proposes it again; a merge links the other members to a survivor and an undo marks it undone.

  /// People ordered by id with id > `after_id`, at most `limit`, living in `region` (any level) when given
  /// (keyset paging for reading the whole registry in batches).
  virtual Result<std::vector<domain::Person>> ListPeopleAfter(const std::optional<domain::RegionCode>& region,
                                                              std::int64_t after_id, int limit) = 0;
  /// The people with these ids (unknown ids are skipped), ordered by id.
  virtual Result<std::vector<domain::Person>> GetPeopleByIds(const std::vector<std::int64_t>& ids) = 0;
  /// A text that changes whenever the people of `region` (all when nullopt) are added or changed:
  /// "people=N;max_id=I;max_updated_at=T".
  virtual Result<std::string> PeopleDataVersion(const std::optional<domain::RegionCode>& region) = 0;

  /// Queues a run from `run`'s region, settings, data_version, created_by and created_at (0 = now); returns its id.
  virtual Result<std::int64_t> CreateDedupRun(const DedupRun& run) = 0;
  virtual Result<std::optional<DedupRun>> GetDedupRun(std::int64_t id) = 0;
  /// Newest first, at most `limit` (settings_text left empty).
  virtual Result<std::vector<DedupRun>> ListDedupRuns(int limit) = 0;
  /// queued -> running. kNotFound for an unknown id, kFailedPrecondition when it is not queued.
  virtual Status StartDedupRun(std::int64_t id, domain::UnixSeconds now) = 0;
  /// Stores the progress of a running run; true when a cancel was requested. kFailedPrecondition when not running.
  virtual Result<bool> ReportDedupProgress(std::int64_t id, const DedupProgress& progress,
                                           domain::UnixSeconds now) = 0;
  /// running -> `outcome` (succeeded, failed, cancelled) with its counts and a message. kInvalidArgument for another
  /// outcome, kFailedPrecondition when not running.
  virtual Status FinishDedupRun(std::int64_t id, DedupRunStatus outcome, const DedupRunCounts& counts,
                                const std::string& message, domain::UnixSeconds now) = 0;
  /// Cancels a queued run at once or asks a running one to stop; OK when already finished. kNotFound if unknown.
  virtual Status RequestDedupCancel(std::int64_t id, domain::UnixSeconds now) = 0;
  /// Stores the clusters of run `run_id` (members, pairs and field evidence) in one transaction, and marks
  /// superseded every cluster still open from an earlier run whose region contains or equals this run's region.
  virtual Status SaveDedupClusters(std::int64_t run_id, const std::vector<DedupCluster>& clusters) = 0;
  /// The review queue: clusters matching `filter` without their pairs, highest probability first.
  virtual Result<std::vector<DedupCluster>> ListDedupClusters(const DedupClusterFilter& filter) = 0;
  /// How many clusters match `filter` (limit and offset ignored).
  virtual Result<std::int64_t> CountDedupClusters(const DedupClusterFilter& filter) = 0;
  /// One cluster with members, pairs (by probability, highest first) and their field evidence, or nullopt.
  virtual Result<std::optional<DedupCluster>> GetDedupCluster(std::int64_t id) = 0;
  /// Records a verdict. kDifferent also remembers every pair of members as dismissed. kFailedPrecondition when
  /// the cluster is merged or superseded; kNotFound when unknown.
  virtual Status DecideDedupCluster(std::int64_t id, DedupDecision decision, std::int64_t by,
                                    domain::UnixSeconds now) = 0;
  /// Every dismissed pair (lower id first).
  virtual Result<std::vector<PersonPair>> ListDismissedPairs() = 0;
  /// Links every other member of a cluster decided "same" to `survivor_id` (a member) and marks it merged.
  /// kFailedPrecondition when the cluster is not "same" or a member is already merged elsewhere; kInvalidArgument
  /// when the survivor is not a member.
  virtual Status MergeDedupCluster(std::int64_t id, std::int64_t survivor_id, std::int64_t by,
                                   domain::UnixSeconds now) = 0;
  /// Undoes the active merge of a cluster (rows kept, undone_at set) and returns it to "same".
  /// kFailedPrecondition when it is not merged.
  virtual Status UndoDedupMerge(std::int64_t id, std::int64_t by, domain::UnixSeconds now) = 0;
  /// Every merge of a cluster, active or undone, oldest first.
  virtual Result<std::vector<PersonMerge>> ListMergesOfCluster(std::int64_t cluster_id) = 0;
  /// Every active merge (for skipping pairs already merged).
  virtual Result<std::vector<PersonMerge>> ListActiveMerges() = 0;
};

/// Opens a store from a URL: "sqlite:PATH" (file created if missing; ":memory:" allowed) or "postgresql://...".
/// Returns kInvalidArgument for an unknown scheme and kUnavailable when the database cannot be opened or reached,
/// with a message that says which and what to do. Does not migrate.
Result<std::unique_ptr<Store>> OpenStore(const std::string& url, int pool_size = 8);

}  // namespace tepat::store

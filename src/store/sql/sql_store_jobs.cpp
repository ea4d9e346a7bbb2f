// SqlStore: background jobs (queue, claim, progress as heartbeat, finish, cancel, stale detection).
#include <algorithm>
#include <string>

#include "store/sql/batch_apply.hpp"
#include "store/sql/query.hpp"
#include "store/sql/registry_readers.hpp"
#include "store/sql/registry_statements.hpp"
#include "store/sql/sql_store.hpp"

namespace tepat::store::sql {
namespace {

constexpr std::string_view kCancelledMessage = "cancelled before it started";
constexpr std::string_view kStaleMessage =
    "the process running this job stopped without finishing (no progress reported); what it wrote is kept "
    "(for an import: whole batches), start the job again to do the rest";

domain::UnixSeconds NowOr(domain::UnixSeconds at) { return ChangeTime(ChangeSource{.at = at}); }

}  // namespace

Status SqlStore::JobNotInState(Connection& connection, std::int64_t id, std::string_view expected) {
  Result<std::optional<Job>> job = QueryOptional<Job>(connection, kGetJob, {id}, ReadJob);
  if (!job.ok()) return job.status();
  if (!job->has_value()) return domain::NotFound("job " + std::to_string(id) + " does not exist");
  return domain::FailedPrecondition("job " + std::to_string(id) + " is " +
                                    JobStatusCode((*job)->status) + ", not " + std::string(expected));
}

Result<std::int64_t> SqlStore::CreateJob(const Job& job) {
  return WithConnection([&](Connection& connection) {
    return QueryInt(connection, kInsertJob,
                    {job.kind, job.file_name, job.params, job.scope_region, job.rows_total, NowOr(job.created_at),
                     job.created_by});
  });
}

Result<std::optional<Job>> SqlStore::GetJob(std::int64_t id) {
  return WithConnection([&](Connection& connection) { return QueryOptional<Job>(connection, kGetJob, {id}, ReadJob); });
}

Result<std::vector<Job>> SqlStore::ListJobs(const JobQuery& query) {
  if (query.limit <= 0) return std::vector<Job>();
  std::string pattern = query.kind_prefix + "%";
  return WithConnection([&](Connection& connection) {
    return QueryAll<Job>(connection, kListJobs,
                         {query.before_id, query.before_id, query.created_by, query.created_by, pattern,
                          std::int64_t{query.limit}},
                         ReadJob);
  });
}

Status SqlStore::ClaimJob(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(kClaimJob, {at, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return JobNotInState(connection, id, "queued");
  });
}

Result<std::optional<Job>> SqlStore::ClaimNextJob(const std::vector<std::string>& kinds, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Result<std::optional<Job>> {
    std::int64_t chosen = 0;
    Status queried = connection.Query(kOldestQueuedJobs, {}, [&](const Row& row) {
      if (chosen == 0 && std::find(kinds.begin(), kinds.end(), row.Text(1)) != kinds.end()) chosen = row.Int(0);
    });
    if (!queried.ok()) return queried;
    if (chosen == 0) return std::optional<Job>();
    Result<std::int64_t> changed = connection.Exec(kClaimJob, {at, at, chosen});
    if (!changed.ok()) return changed.status();
    if (*changed == 0) return std::optional<Job>();  // another worker was first
    return QueryOptional<Job>(connection, kGetJob, {chosen}, ReadJob);
  });
}

Result<bool> SqlStore::ReportJobProgress(std::int64_t id, const JobProgress& progress, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Result<bool> {
    Result<std::int64_t> changed =
        connection.Exec(kJobProgress, {progress.rows_total, progress.rows_done, progress.rows_errors, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 0) return JobNotInState(connection, id, "running");
    Result<std::int64_t> cancel = QueryInt(connection, kJobCancelRequested, {id});
    if (!cancel.ok()) return cancel.status();
    return *cancel != 0;
  });
}

Status SqlStore::HeartbeatJob(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(kJobHeartbeat, {at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return JobNotInState(connection, id, "running");
  });
}

Status SqlStore::FinishJob(std::int64_t id, const JobOutcome& outcome, domain::UnixSeconds now) {
  if (!IsFinished(outcome.status)) {
    return domain::InvalidArgument("a job finishes as succeeded, failed or cancelled, not " +
                                   std::string(JobStatusCode(outcome.status)));
  }
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed =
        connection.Exec(kFinishJob, {std::string(JobStatusCode(outcome.status)), outcome.message,
                                     outcome.error_report_path, outcome.result_path, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return JobNotInState(connection, id, "running");
  });
}

Status SqlStore::RequestJobCancel(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> cancelled = connection.Exec(kCancelQueuedJob, {at, std::string(kCancelledMessage), id});
    if (!cancelled.ok()) return cancelled.status();
    if (*cancelled == 1) return Status::Ok();
    Result<std::int64_t> requested = connection.Exec(kRequestJobCancel, {id});
    if (!requested.ok()) return requested.status();
    if (*requested == 1) return Status::Ok();
    Status state = JobNotInState(connection, id, "queued or running");
    // Already finished: nothing left to cancel.
    return state.code() == domain::ErrorCode::kFailedPrecondition ? Status::Ok() : state;
  });
}

Result<bool> SqlStore::IsJobCancelRequested(std::int64_t id) {
  return WithConnection([&](Connection& connection) -> Result<bool> {
    Result<std::optional<Job>> job = QueryOptional<Job>(connection, kGetJob, {id}, ReadJob);
    if (!job.ok()) return job.status();
    if (!job->has_value()) return domain::NotFound("job " + std::to_string(id) + " does not exist");
    return (*job)->cancel_requested;
  });
}

Result<std::int64_t> SqlStore::FailStaleJobs(domain::UnixSeconds heartbeat_cutoff, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) {
    return connection.Exec(kFailStaleJobs, {at, std::string(kStaleMessage), heartbeat_cutoff});
  });
}

}  // namespace tepat::store::sql

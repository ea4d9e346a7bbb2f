// SqlStore: import jobs (queue, claim, progress as heartbeat, finish, cancel, stale detection).
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
    "the import process stopped without finishing (no progress reported); batches already written are kept, "
    "start the import of this file again to add the rest";

domain::UnixSeconds NowOr(domain::UnixSeconds at) { return ChangeTime(ChangeSource{.at = at}); }

}  // namespace

Status SqlStore::JobNotInState(Connection& connection, std::int64_t id, std::string_view expected) {
  Result<std::optional<ImportJob>> job = QueryOptional<ImportJob>(connection, kGetJob, {id}, ReadImportJob);
  if (!job.ok()) return job.status();
  if (!job->has_value()) return domain::NotFound("import job " + std::to_string(id) + " does not exist");
  return domain::FailedPrecondition("import job " + std::to_string(id) + " is " +
                                    ImportJobStatusCode((*job)->status) + ", not " + std::string(expected));
}

Result<std::int64_t> SqlStore::CreateImportJob(const ImportJob& job) {
  return WithConnection([&](Connection& connection) {
    return QueryInt(connection, kInsertJob,
                    {job.kind, job.file_name, job.rows_total, NowOr(job.created_at), job.created_by});
  });
}

Result<std::optional<ImportJob>> SqlStore::GetImportJob(std::int64_t id) {
  return WithConnection(
      [&](Connection& connection) { return QueryOptional<ImportJob>(connection, kGetJob, {id}, ReadImportJob); });
}

Result<std::vector<ImportJob>> SqlStore::ListImportJobs(int limit, std::int64_t before_id) {
  if (limit <= 0) return std::vector<ImportJob>();
  return WithConnection([&](Connection& connection) {
    if (before_id == 0) return QueryAll<ImportJob>(connection, kListJobsNewest, {std::int64_t{limit}}, ReadImportJob);
    return QueryAll<ImportJob>(connection, kListJobsBefore, {before_id, std::int64_t{limit}}, ReadImportJob);
  });
}

Status SqlStore::ClaimImportJob(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(kClaimJob, {at, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return JobNotInState(connection, id, "queued");
  });
}

Result<std::optional<ImportJob>> SqlStore::ClaimNextImportJob(domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Result<std::optional<ImportJob>> {
    Result<std::int64_t> oldest = QueryInt(connection, kOldestQueuedJob, {});
    if (!oldest.ok()) return oldest.status();
    if (*oldest == 0) return std::optional<ImportJob>();
    Result<std::int64_t> changed = connection.Exec(kClaimJob, {at, at, *oldest});
    if (!changed.ok()) return changed.status();
    if (*changed == 0) return std::optional<ImportJob>();  // another worker was first
    return QueryOptional<ImportJob>(connection, kGetJob, {*oldest}, ReadImportJob);
  });
}

Result<bool> SqlStore::ReportImportProgress(std::int64_t id, const ImportProgress& progress,
                                            domain::UnixSeconds now) {
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

Status SqlStore::HeartbeatImportJob(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(kJobHeartbeat, {at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return JobNotInState(connection, id, "running");
  });
}

Status SqlStore::FinishImportJob(std::int64_t id, ImportJobStatus outcome, const std::string& message,
                                 const std::string& error_report_path, domain::UnixSeconds now) {
  if (outcome != ImportJobStatus::kSucceeded && outcome != ImportJobStatus::kFailed &&
      outcome != ImportJobStatus::kCancelled) {
    return domain::InvalidArgument("an import job finishes as succeeded, failed or cancelled, not " +
                                   std::string(ImportJobStatusCode(outcome)));
  }
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(
        kFinishJob, {std::string(ImportJobStatusCode(outcome)), message, error_report_path, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return JobNotInState(connection, id, "running");
  });
}

Status SqlStore::RequestImportCancel(std::int64_t id, domain::UnixSeconds now) {
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

Result<bool> SqlStore::IsImportCancelRequested(std::int64_t id) {
  return WithConnection([&](Connection& connection) -> Result<bool> {
    Result<std::optional<ImportJob>> job = QueryOptional<ImportJob>(connection, kGetJob, {id}, ReadImportJob);
    if (!job.ok()) return job.status();
    if (!job->has_value()) return domain::NotFound("import job " + std::to_string(id) + " does not exist");
    return (*job)->cancel_requested;
  });
}

Result<std::int64_t> SqlStore::FailStaleImportJobs(domain::UnixSeconds heartbeat_cutoff, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) {
    return connection.Exec(kFailStaleJobs, {at, std::string(kStaleMessage), heartbeat_cutoff});
  });
}

}  // namespace tepat::store::sql

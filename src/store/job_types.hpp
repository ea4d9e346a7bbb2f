#pragma once
// Job types of the Store interface: background jobs (imports, screening, dedup, ...) with progress, heartbeat and
// cancel. The store keeps the queue and the progress record; service::JobRunner runs them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/account.hpp"

namespace tepat::store {

/// Lifecycle of a job. kQueued -> kRunning -> kSucceeded | kFailed | kCancelled; a queued job may be cancelled
/// directly.
enum class JobStatus { kQueued, kRunning, kSucceeded, kFailed, kCancelled };
/// Stored code: "queued", "running", "succeeded", "failed", "cancelled".
const char* JobStatusCode(JobStatus status);
std::optional<JobStatus> ParseJobStatus(std::string_view code);
/// True for succeeded, failed and cancelled.
bool IsFinished(JobStatus status);

/// A unit of background work. Times are UTC Unix seconds, 0 when not reached yet. "Rows" are the job's units of
/// work (file rows for an import, list rows for a screening, records for a dedup run).
struct Job {
  std::int64_t id = 0;
  std::string kind;                  ///< handler name: "import.dukcapil", "import.dtks", "screen", "dedup", ...
  std::string file_name;             ///< the job's input file as the server stored it ("" for none; never a user path)
  std::string params;                ///< handler-specific parameters (JSON text by convention; "" for none)
  std::string scope_region;          ///< region code the job concerns, for authorization ("" = none/all)
  JobStatus status = JobStatus::kQueued;
  std::int64_t rows_total = 0;       ///< 0 while unknown
  std::int64_t rows_done = 0;
  std::int64_t rows_errors = 0;
  domain::UnixSeconds created_at = 0;
  domain::UnixSeconds started_at = 0;
  domain::UnixSeconds finished_at = 0;
  domain::UnixSeconds heartbeat_at = 0;
  std::string error_report_path;     ///< row-level problems for the operator; "" when there is none
  std::string result_path;           ///< the job's main output file (e.g. a DTKS difference report); "" for none
  std::int64_t created_by = 0;       ///< account id; 0 for the CLI
  bool cancel_requested = false;
  std::string message;               ///< outcome in words (why it failed or was cancelled, or a summary); "" otherwise
};

/// Progress reported by a running job (also its heartbeat).
struct JobProgress {
  std::int64_t rows_total = 0;
  std::int64_t rows_done = 0;
  std::int64_t rows_errors = 0;
};

/// How a job ended.
struct JobOutcome {
  JobStatus status = JobStatus::kSucceeded;  ///< succeeded, failed or cancelled
  std::string message;
  std::string error_report_path;
  std::string result_path;

  static JobOutcome Succeeded(std::string message) { return {JobStatus::kSucceeded, std::move(message), "", ""}; }
  static JobOutcome Failed(std::string message) { return {JobStatus::kFailed, std::move(message), "", ""}; }
  static JobOutcome Cancelled(std::string message) { return {JobStatus::kCancelled, std::move(message), "", ""}; }
};

/// Which jobs ListJobs returns: newest first, at most `limit`, with id < `before_id` when non-zero, created by
/// `created_by` when non-zero, whose kind starts with `kind_prefix` ("" = any).
struct JobQuery {
  int limit = 50;
  std::int64_t before_id = 0;
  std::int64_t created_by = 0;
  std::string kind_prefix;
};

}  // namespace tepat::store

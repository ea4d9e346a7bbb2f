#include "store/job_types.hpp"

#include <array>
#include <utility>

namespace tepat::store {
namespace {

constexpr std::array<std::pair<JobStatus, const char*>, 5> kJobStatusCodes = {{
    {JobStatus::kQueued, "queued"},
    {JobStatus::kRunning, "running"},
    {JobStatus::kSucceeded, "succeeded"},
    {JobStatus::kFailed, "failed"},
    {JobStatus::kCancelled, "cancelled"},
}};

}  // namespace

const char* JobStatusCode(JobStatus status) {
  for (const auto& [value, code] : kJobStatusCodes) {
    if (value == status) return code;
  }
  return "queued";
}

std::optional<JobStatus> ParseJobStatus(std::string_view code) {
  for (const auto& [value, name] : kJobStatusCodes) {
    if (code == name) return value;
  }
  return std::nullopt;
}

bool IsFinished(JobStatus status) {
  return status == JobStatus::kSucceeded || status == JobStatus::kFailed || status == JobStatus::kCancelled;
}

}  // namespace tepat::store

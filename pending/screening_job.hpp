#pragma once
// The screening background job: JobRunner handler of kind "screen" and how to queue one.
#include <cstdint>
#include <filesystem>
#include <string>

#include "domain/status.hpp"
#include "service/job_runner.hpp"
#include "service/screening_service.hpp"

namespace tepat::service {

/// Job kind of screenings.
inline constexpr const char* kScreeningJobKind = "screen";
/// File name of the result (CSV) in the job's work directory.
inline constexpr const char* kScreeningResultFile = "hasil.csv";

/// What an operator asks to screen.
struct ScreeningRequest {
  std::filesystem::path list_path;  ///< the stored list (server-made name)
  std::string list_name;            ///< the name the operator gave the file (display only)
  std::string program_code;
  std::string period;
  std::string scope_region;         ///< the program's region (for authorization of later reads)
  std::int64_t created_by = 0;
};

/// Queues a screening job and records its run; returns the job id. Errors: InvalidArgument for an empty program
/// or period, NotFound for an unknown program, store errors.
domain::Result<std::int64_t> SubmitScreening(JobRunner& runner, ScreeningService& screening,
                                             const ScreeningRequest& request);

/// The handler: reads the job's run (program, period), screens the job's list with progress (rows) and cancel,
/// stores the rows with the run and writes hasil.csv as the job's result. Outcome message:
/// "LOLOS a, PERLU_VERIFIKASI b, DITOLAK c".
JobHandler ScreeningJobHandler(ScreeningService& screening);

}  // namespace tepat::service

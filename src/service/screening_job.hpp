#pragma once
// The screening background job (issue 4 items 1 and 7): JobRunner handler of kind "screen" and how to queue one.
// A job screens an uploaded proposed list for one program and period and stores the outcome as a screening run
// (settings, registry data version, counts and every row) that the API pages through later.
#include <cstdint>
#include <filesystem>
#include <string>

#include "domain/status.hpp"
#include "service/job_runner.hpp"
#include "service/screening_service.hpp"

namespace tepat::service {

/// Job kind of screenings.
inline constexpr const char* kScreeningJobKind = "screen";

/// What an operator asks to screen.
struct ScreeningRequest {
  std::filesystem::path list_path;  ///< the stored list (server-made name, CSV or XLSX by content)
  std::string list_name;            ///< the name the operator gave the file (display only)
  std::string program_code;
  std::string period;
  /// The screening area (dotted or compact region code): the program's region, or a region inside it when the
  /// caller restricts the screening to their own region. Rows outside it get DI_LUAR_WILAYAH. It is also the job's
  /// scope_region, which decides who may read the result.
  std::string region;
  std::int64_t created_by = 0;      ///< account id; 0 for the CLI
};

/// Queues a screening job on `runner` with its run (program, period, list name) stored first, so a worker never
/// sees a screening job without its run; returns the job id. Errors: InvalidArgument for an empty program, period
/// or list path, FailedPrecondition when `runner` has no "screen" handler, store errors. The program itself is checked
/// when the job runs (the job then fails with a message naming it). Thread-safe.
domain::Result<std::int64_t> SubmitScreening(JobRunner& runner, ScreeningService& screening,
                                             const ScreeningRequest& request);

/// Registers the "screen" handler on `runner` (before runner.Start()). `screening` must outlive the runner's
/// workers. The handler reads the job's run (program, period) and scope_region, screens the job's list with
/// progress in list rows (heartbeat and cancel checks while the registry loads) and stores every row with the run.
/// Outcome: succeeded "LOLOS a, PERLU_VERIFIKASI b, DITOLAK c" (rows_errors = rows listed as DATA_TIDAK_LENGKAP),
/// cancelled when asked to stop (nothing stored), failed with the reason (unknown program, unreadable list, ...).
void RegisterScreeningJob(JobRunner& runner, ScreeningService& screening);

}  // namespace tepat::service

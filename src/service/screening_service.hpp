#pragma once
// ScreeningService: screens proposed recipient lists (pemadanan/filterisasi) against the stored registry for one
// program and period, and stores the results with the settings and registry data version that produced them.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "domain/status.hpp"
#include "match/match_settings.hpp"
#include "match/progress.hpp"
#include "match/screening_registry.hpp"
#include "service/clock.hpp"
#include "match/screener.hpp"
#include "service/screening_list.hpp"
#include "service/screening_report.hpp"
#include "service/screening_rules_book.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// What screening is configured with (read once at start by the app).
struct ScreeningConfig {
  match::MatchSettings match_settings;   ///< fuzzy-matching settings for NIKs that are malformed or unknown
  std::string match_settings_json = "null";  ///< the settings file's JSON text, stored with every run
  ScreeningRulesBook rules;
  size_t training_rows = match::kDefaultTrainingRows;
};

/// The registry in memory with the data version it was loaded at.
struct LoadedScreeningRegistry {
  std::string data_version;
  std::unique_ptr<match::ScreeningRegistry> registry;
  double load_seconds = 0;
};

/// Screens `list` against `loaded` for `program` with `rules` and formats the report (settings JSON: the rules and
/// `match_settings_json`). Errors as match::ScreenList. Used by ScreeningService and by file-mode screening.
domain::Result<ScreeningReport> ScreenLoadedList(const LoadedScreeningRegistry& loaded, const ScreeningList& list,
                                                 const match::ScreeningProgram& program,
                                                 const match::ScreeningRules& rules,
                                                 const std::string& match_settings_json,
                                                 const match::Progress& progress = {});

/// Thread-safe: loads of the registry are serialised; screenings may run concurrently.
class ScreeningService {
 public:
  ScreeningService(store::Store& store, const Clock& clock, ScreeningConfig config);

  /// The registry at the store's current data version: loaded on first use and again only when the data changed.
  /// Reports "loading" progress; errors from the store or FailedPrecondition "cancelled".
  domain::Result<std::shared_ptr<const LoadedScreeningRegistry>> Registry(const match::Progress& progress = {});

  /// Screens the list file at `path` (CSV or XLSX) for `program_code` in `period`: every row gets a verdict and
  /// all reasons that apply; broken rows are listed with DATA_TIDAK_LENGKAP. Errors: InvalidArgument for an empty
  /// program code or period, NotFound for an unknown program, the list's read errors, FailedPrecondition
  /// "cancelled". An empty list or registry gives an empty or all-unfound result, not an error.
  domain::Result<ScreeningReport> ScreenFile(const std::filesystem::path& path, const std::string& program_code,
                                             const std::string& period, const match::Progress& progress = {});
  /// As ScreenFile, but rows whose desa lies outside `within` get DI_LUAR_WILAYAH (the caller's region instead of
  /// the whole program's). `within` must lie inside the program's region: InvalidArgument naming "region" otherwise.
  /// An empty `within` means the program's region.
  domain::Result<ScreeningReport> ScreenFileWithin(const std::filesystem::path& path, const std::string& program_code,
                                                   const std::string& period, const std::string& within,
                                                   const match::Progress& progress = {});

  /// Records the run of a queued screening job (program, period, the list's display name); returns the run id.
  /// Errors as Store::CreateScreeningRun.
  domain::Result<std::int64_t> CreateRun(std::int64_t job_id, const std::string& program_code,
                                         const std::string& period, const std::string& list_name,
                                         std::int64_t created_by);
  /// Stores the queued job `job` and its run together (the run exists before any worker can claim the job); returns
  /// the job id. The caller wakes the job runner. When the run cannot be stored the job is cancelled and the error
  /// returned. Errors of Store::CreateJob / CreateScreeningRun.
  domain::Result<std::int64_t> CreateJobAndRun(const store::Job& job, const std::string& program_code,
                                               const std::string& period, const std::string& list_name);
  /// The run of job `job_id`; NotFound when the job has none.
  domain::Result<store::ScreeningRun> RunOfJob(std::int64_t job_id);
  /// Stores `report` (settings, data version, counts, rows) as the outcome of run `run_id`.
  domain::Status CompleteRun(std::int64_t run_id, const ScreeningReport& report);

  const ScreeningConfig& config() const { return config_; }

 private:
  store::Store& store_;
  const Clock& clock_;
  ScreeningConfig config_;
  std::mutex load_mutex_;
  std::shared_ptr<const LoadedScreeningRegistry> loaded_;  // guarded by load_mutex_
};

}  // namespace tepat::service

#include "service/screening_service.hpp"

#include <chrono>

#include "fmt/format.h"
#include "match/screener.hpp"
#include "service/screening_list.hpp"
#include "service/screening_registry_loader.hpp"

namespace tepat::service {

domain::Result<ScreeningReport> ScreenLoadedList(const LoadedScreeningRegistry& loaded, const ScreeningList& list,
                                                 const match::ScreeningProgram& program,
                                                 const match::ScreeningRules& rules,
                                                 const std::string& match_settings_json,
                                                 const match::Progress& progress) {
  auto result = match::ScreenList(*loaded.registry, list.table, program, rules, progress);
  if (!result.ok()) return result.status();
  ScreeningReport report;
  report.program_code = program.code;
  report.period = program.period;
  report.data_version = loaded.data_version;
  report.settings = fmt::format("{{\"rules\": {}, \"match\": {}}}", ScreeningRulesJson(rules), match_settings_json);
  FillReport(*loaded.registry, list, *result, rules, report);
  return report;
}

ScreeningService::ScreeningService(store::Store& store, const Clock& clock, ScreeningConfig config)
    : store_(store), clock_(clock), config_(std::move(config)) {}

domain::Result<std::shared_ptr<const LoadedScreeningRegistry>> ScreeningService::Registry(
    const match::Progress& progress) {
  const std::lock_guard lock(load_mutex_);
  auto version = store_.RegistryDataVersion();
  if (!version.ok()) return version.status();
  if (loaded_ && loaded_->data_version == *version) return loaded_;
  const auto started = std::chrono::steady_clock::now();
  ScreeningLoadOptions options;
  options.settings = config_.match_settings;
  options.training_rows = config_.training_rows;
  auto registry = LoadScreeningRegistry(store_, options, progress);
  if (!registry.ok()) return registry.status();
  auto fresh = std::make_shared<LoadedScreeningRegistry>();
  fresh->data_version = *version;
  fresh->registry = std::move(registry).value();
  fresh->load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  loaded_ = std::move(fresh);
  return loaded_;
}

domain::Result<ScreeningReport> ScreeningService::ScreenFile(const std::filesystem::path& path,
                                                             const std::string& program_code,
                                                             const std::string& period,
                                                             const match::Progress& progress) {
  return ScreenFileWithin(path, program_code, period, "", progress);
}

domain::Result<ScreeningReport> ScreeningService::ScreenFileWithin(const std::filesystem::path& path,
                                                                   const std::string& program_code,
                                                                   const std::string& period,
                                                                   const std::string& within,
                                                                   const match::Progress& progress) {
  if (program_code.empty()) return domain::InvalidArgument("program is required: give the program code (KODE_PROGRAM)");
  if (period.empty()) return domain::InvalidArgument("period is required: give the distribution period, e.g. 2024-01");
  auto program = store_.FindProgram(program_code);
  if (!program.ok()) return program.status();
  if (!program->has_value()) {
    return domain::NotFound(fmt::format("program \"{}\" is not in the registry; import it first (programs template)",
                                        program_code));
  }
  std::string region = (*program)->region.compact();
  if (!within.empty()) {
    const auto narrowed = domain::RegionCode::Parse(within);
    if (!narrowed || !(*program)->region.Contains(*narrowed)) {
      return domain::InvalidArgument(fmt::format(
          "region \"{}\" is not inside the region of program {} ({}); give a region code inside it", within,
          program_code, (*program)->region.Dotted()));
    }
    region = narrowed->compact();
  }
  auto list = ReadScreeningList(path, progress);
  if (!list.ok()) return list.status();
  auto loaded = Registry(progress);
  if (!loaded.ok()) return loaded.status();
  return ScreenLoadedList(**loaded, *list, {program_code, period, region}, config_.rules.For(program_code),
                          config_.match_settings_json, progress);
}

domain::Result<std::int64_t> ScreeningService::CreateRun(std::int64_t job_id, const std::string& program_code,
                                                         const std::string& period, const std::string& list_name,
                                                         std::int64_t created_by) {
  store::ScreeningRun run;
  run.job_id = job_id;
  run.program_code = program_code;
  run.period = period;
  run.list_name = list_name;
  run.created_at = clock_.Now();
  run.created_by = created_by;
  return store_.CreateScreeningRun(run);
}

domain::Result<std::int64_t> ScreeningService::CreateJobAndRun(const store::Job& job, const std::string& program_code,
                                                              const std::string& period,
                                                              const std::string& list_name) {
  auto id = store_.CreateJob(job);
  if (!id.ok()) return id.status();
  auto run = CreateRun(*id, program_code, period, list_name, job.created_by);
  if (!run.ok()) {
    (void)store_.RequestJobCancel(*id, clock_.Now());
    return run.status();
  }
  return id;
}

domain::Result<store::ScreeningRun> ScreeningService::RunOfJob(std::int64_t job_id) {
  auto run = store_.GetScreeningRunOfJob(job_id);
  if (!run.ok()) return run.status();
  if (!run->has_value()) return domain::NotFound(fmt::format("job {} is not a screening", job_id));
  return std::move(run.value()).value();
}

domain::Status ScreeningService::CompleteRun(std::int64_t run_id, const ScreeningReport& report) {
  store::ScreeningRun outcome;
  outcome.settings = report.settings;
  outcome.data_version = report.data_version;
  outcome.rows_total = static_cast<std::int64_t>(report.rows.size());
  outcome.lolos = report.lolos;
  outcome.perlu_verifikasi = report.perlu_verifikasi;
  outcome.ditolak = report.ditolak;
  return store_.CompleteScreeningRun(run_id, outcome, report.rows);
}

}  // namespace tepat::service

// `tepat match screen`: screens a proposed recipient list against the registry in the database.
#include <chrono>
#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/screening_config_loader.hpp"
#include "app/stderr_progress.hpp"
#include "app/store_opener.hpp"
#include "fmt/format.h"
#include "service/clock.hpp"
#include "service/screening_file_registry.hpp"
#include "service/screening_service.hpp"

namespace tepat::app {
namespace {

struct ScreenOptions {
  std::string db = kDefaultDbUrl;
  std::string program;
  std::string period;
  std::string input;
  std::string out;
  std::string settings = kDefaultScreeningMatchSettings;
  std::string rules = kDefaultScreeningRules;
  std::string registry_dir;
  size_t training_rows = match::kDefaultTrainingRows;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void Finish(const ScreenOptions& options, const service::LoadedScreeningRegistry& loaded,
            const domain::Result<service::ScreeningReport>& report, double load_seconds, double screen_seconds) {
  if (!report.ok()) throw ExitError(report.status().message());
  if (auto written = service::WriteScreeningReport(report->rows, options.out); !written.ok()) {
    throw ExitError(written.message());
  }
  std::cout << fmt::format(
      "screened {} rows of {} for {} {}: LOLOS {}, PERLU_VERIFIKASI {}, DITOLAK {}; registry of {} people ({}) "
      "loaded in {:.1f} s, list screened in {:.2f} s; result in {}\n",
      report->rows.size(), options.input, options.program, options.period, report->lolos, report->perlu_verifikasi,
      report->ditolak, loaded.registry->people(), report->data_version, load_seconds, screen_seconds, options.out);
}

// Screens against registry files (dukcapil.csv, dtks.csv, recipients.csv, programs.csv) without a database.
void RunScreenFromFiles(const ScreenOptions& options, const service::ScreeningConfig& config) {
  StderrProgress progress;
  const auto started = std::chrono::steady_clock::now();
  service::ScreeningLoadOptions load;
  load.settings = config.match_settings;
  load.training_rows = options.training_rows;
  auto registry = service::LoadScreeningRegistryFromFiles(options.registry_dir, load, progress.Sink());
  if (!registry.ok()) throw ExitError(registry.status().message());
  const double load_seconds = SecondsSince(started);
  const auto region = registry->program_regions.find(options.program);
  if (region == registry->program_regions.end()) {
    throw ExitError(fmt::format("program \"{}\" is not in {}/programs.csv; give a KODE_PROGRAM listed there",
                                options.program, options.registry_dir));
  }
  const auto screen_started = std::chrono::steady_clock::now();
  auto list = service::ReadScreeningList(options.input, progress.Sink());
  if (!list.ok()) throw ExitError(list.status().message());
  auto report = service::ScreenLoadedList(registry->loaded, *list, {options.program, options.period, region->second},
                                          config.rules.For(options.program), config.match_settings_json,
                                          progress.Sink());
  progress.Finish();
  Finish(options, registry->loaded, report, load_seconds, SecondsSince(screen_started));
}

void RunScreen(const ScreenOptions& options) {
  auto config = LoadScreeningConfig(options.settings, options.rules);
  if (!config.ok()) throw ExitError(config.status().message());
  config->training_rows = options.training_rows;
  if (!options.registry_dir.empty()) return RunScreenFromFiles(options, *config);
  const std::unique_ptr<store::Store> store = OpenMigratedStore(options.db);
  const service::SystemClock clock;
  service::ScreeningService screening(*store, clock, std::move(config).value());
  StderrProgress progress;
  const auto started = std::chrono::steady_clock::now();
  auto loaded = screening.Registry(progress.Sink());
  if (!loaded.ok()) throw ExitError(loaded.status().message());
  const double load_seconds = SecondsSince(started);
  const auto screen_started = std::chrono::steady_clock::now();
  auto report = screening.ScreenFile(options.input, options.program, options.period, progress.Sink());
  progress.Finish();
  Finish(options, **loaded, report, load_seconds, SecondsSince(screen_started));
}

}  // namespace

void RegisterMatchScreen(CLI::App& match) {
  auto options = std::make_shared<ScreenOptions>();
  auto* cmd = match.add_subcommand(
      "screen",
      "Screen a proposed recipient list against the registry for one program and period: each row gets LOLOS, "
      "PERLU_VERIFIKASI or DITOLAK with every reason that applies.\n"
      "Example: tepat match screen --program BST-3510-2024 --period 2024-01 usulan.csv --out hasil.xlsx");
  cmd->add_option("--db", options->db, "Database URL: sqlite:PATH or postgresql://user@host/db")->capture_default_str();
  cmd->add_option("--program", options->program, "Program code (KODE_PROGRAM), e.g. BST-3510-2024")->required();
  cmd->add_option("--period", options->period, "Distribution period (PERIODE), e.g. 2024-01")->required();
  cmd->add_option("file", options->input, "Proposed list, CSV or XLSX with recipients-template headers (NIK, NAMA, ...)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", options->out, "Result to write: .csv or .xlsx (by extension)")->required();
  cmd->add_option("--settings", options->settings, "Fuzzy-matching settings for unknown NIKs")->capture_default_str();
  cmd->add_option("--rules", options->rules, "Screening rules per program (JSON)")->capture_default_str();
  cmd->add_option("--registry-dir", options->registry_dir,
                  "Screen against registry files in this folder (dukcapil.csv, dtks.csv, recipients.csv, programs.csv "
                  "as written by tepat demo generate) instead of the database");
  cmd->add_option("--training-rows", options->training_rows,
                  "Train the fuzzy model on at most this many registry people")
      ->capture_default_str();
  cmd->callback([options] { RunScreen(*options); });
}

}  // namespace tepat::app

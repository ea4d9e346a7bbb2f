#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/dedup_config.hpp"
#include "app/match_file_mode.hpp"
#include "app/stderr_progress.hpp"
#include "app/store_opener.hpp"
#include "fmt/format.h"
#include "service/services.hpp"

namespace tepat::app {
namespace {

void ThrowIfError(const domain::Status& status) {
  if (!status.ok()) throw ExitError(status.message());
}

void RegisterDedupFile(CLI::App& match) {
  auto options = std::make_shared<DedupFileOptions>();
  auto* cmd = match.add_subcommand(
      "dedup-file",
      "Find records of the same person within one CSV file.\n"
      "Example: tepat match dedup-file --settings config/match/febrl.json --input data/febrl/febrl1.csv "
      "--out pairs.csv");
  cmd->add_option("--settings", options->settings_path, "Matching settings (JSON), e.g. config/match/registry.json")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--input", options->input_path, "CSV file with a header row")->required()->check(CLI::ExistingFile);
  cmd->add_option("--out", options->out_path, "Pairs CSV to write: id_l,id_r,probability,weight (+ OUT.summary.json)")
      ->required();
  cmd->add_option("--clusters", options->clusters_path, "Also write id,cluster CSV of the guarded clusters");
  cmd->add_flag("--pairs-from-clusters", options->pairs_from_clusters,
                "Write every pair within a guarded cluster instead of the scored pairs");
  cmd->add_flag("--explain", options->explain, "Add a column with each field's level and weight");
  cmd->callback([options] { ThrowIfError(RunDedupFile(*options, std::cout)); });
}

struct RegistryDedupOptions {
  std::string db = kDefaultDbUrl;
  std::string settings_path = kDefaultDedupSettingsPath;
  std::string region;
  std::string work_dir = "var/jobs";
};

void RunRegistryDedup(const RegistryDedupOptions& options) {
  std::optional<domain::RegionCode> region;
  if (!options.region.empty()) {
    region = domain::RegionCode::Parse(options.region);
    if (!region) throw ExitError("--region: '" + options.region + "' is not a region code like 35.10 or 3510");
  }
  auto config = ReadDedupConfig(options.settings_path);
  ThrowIfError(config.status());
  auto store = OpenMigratedStore(options.db, 2);
  service::SystemClock clock;
  service::JobRunnerConfig jobs;
  jobs.work_dir = options.work_dir;
  service::Services services(*store, clock, service::HashCost::kInteractive, {}, {}, {}, jobs);
  services.dedup().Configure(std::move(config).value());
  if (auto stale = services.jobs().FailStaleJobs(); stale.ok() && *stale > 0) {
    std::cerr << *stale << " earlier job(s) had stopped without finishing and are now marked failed\n";
  }
  StderrProgress bar;
  const match::Progress sink = bar.Sink();
  services.dedup().SetProgressObserver([&sink](std::string_view stage, std::int64_t done, std::int64_t total) {
    sink.Report(stage, static_cast<uint64_t>(done), static_cast<uint64_t>(total));
  });
  auto run = services.dedup().RunNow(service::Actor::System(), region);
  bar.Finish();
  ThrowIfError(run.status());
  const store::DedupRunCounts& counts = run->counts;
  std::cout << fmt::format(
      "dedup run {} ({}): {}\npeople compared: {}\npairs compared: {}\nmatches: {}\n"
      "skipped (dismissed or merged before): {}\nclusters for review: {}\n",
      run->id, region ? region->Dotted() : std::string("whole registry"),
      store::JobStatusCode(run->status), counts.records, counts.candidate_pairs, counts.matches,
      counts.dismissed_skipped, counts.clusters);
  if (run->status != store::DedupRunStatus::kSucceeded) throw ExitError("dedup run failed: " + run->message);
}

void RegisterRegistryDedup(CLI::App& match) {
  auto options = std::make_shared<RegistryDedupOptions>();
  auto* cmd = match.add_subcommand(
      "dedup",
      "Find people recorded more than once in the registry and queue them for review (tepat serve: Pemadanan).\n"
      "Runs as a job of kind 'dedup' in the foreground, with progress on stderr.\n"
      "Example: tepat match dedup --region 35.10 --db sqlite:var/tepat.db");
  cmd->add_option("--db", options->db, "Database URL: sqlite:PATH or postgresql://...")->capture_default_str();
  cmd->add_option("--settings", options->settings_path, "Matching settings (JSON)")
      ->capture_default_str()
      ->check(CLI::ExistingFile);
  cmd->add_option("--region", options->region, "Only people of this region (any level), e.g. 35.10; default all");
  cmd->add_option("--work-dir", options->work_dir, "Where background jobs keep their files")->capture_default_str();
  cmd->callback([options] { RunRegistryDedup(*options); });
}

void RegisterLinkFile(CLI::App& match) {
  auto options = std::make_shared<LinkFileOptions>();
  auto* cmd = match.add_subcommand(
      "link-file",
      "Find records of the same person across two CSV files.\n"
      "Example: tepat match link-file --settings config/match/registry.json --left a.csv --right b.csv --out pairs.csv");
  cmd->add_option("--settings", options->settings_path, "Matching settings (JSON)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--left", options->left_path, "Left CSV file (id_l)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--right", options->right_path, "Right CSV file (id_r)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--out", options->out_path, "Pairs CSV to write: id_l,id_r,probability,weight")->required();
  cmd->add_flag("--explain", options->explain, "Add a column with each field's level and weight");
  cmd->callback([options] { ThrowIfError(RunLinkFile(*options, std::cout)); });
}

void RegisterEval(CLI::App& match) {
  auto options = std::make_shared<EvalOptions>();
  auto* cmd = match.add_subcommand(
      "eval",
      "Precision, recall and F1 of a pairs file against ground truth.\n"
      "Example: tepat match eval --pairs pairs.csv --truth truth.csv\n"
      "Example (truth in the ids): tepat match eval --pairs pairs.csv --input data/febrl/febrl1.csv "
      "--settings config/match/febrl.json --truth-from-id-pattern '^rec-([0-9]+)-'");
  cmd->add_option("--pairs", options->pairs_path, "Pairs CSV written by dedup-file or link-file")
      ->required()
      ->check(CLI::ExistingFile);
  auto* truth = cmd->add_option("--truth", options->truth_path, "Truth CSV with an id and an entity column")
                    ->check(CLI::ExistingFile);
  cmd->add_option("--truth-id-column", options->truth_id_column, "Id column of --truth (default id)");
  cmd->add_option("--truth-entity-column", options->truth_entity_column,
                  "Entity column of --truth (default entity); ids with the same entity are one person");
  auto* pattern = cmd->add_option("--truth-from-id-pattern", options->id_pattern,
                                  "Regex whose first group, applied to each id of --input, is the entity");
  cmd->add_option("--input", options->input_path,
                  "Records file whose ids carry the truth (with --truth: evaluate only this file's ids)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--id-column", options->id_column, "Id column of --input (default: id_column of --settings)");
  cmd->add_option("--settings", options->settings_path, "Settings file, for its id_column")->check(CLI::ExistingFile);
  cmd->add_option("--min-probability", options->min_probability, "Only count pairs at or above this probability");
  truth->excludes(pattern);
  pattern->needs("--input");
  cmd->callback([options] {
    if (options->truth_path.empty() && options->id_pattern.empty()) {
      throw ExitError("give --truth FILE, or --input FILE with --truth-from-id-pattern REGEX");
    }
    auto metrics = RunEval(*options, std::cout);
    ThrowIfError(metrics.status());
  });
}

}  // namespace

void RegisterMatchCommand(CLI::App& root) {
  auto* match = root.add_subcommand("match", "Record linkage: deduplicate and link files, evaluate accuracy");
  match->require_subcommand(1);
  RegisterRegistryDedup(*match);
  RegisterDedupFile(*match);
  RegisterLinkFile(*match);
  RegisterEval(*match);
  RegisterMatchScreen(*match);
}

}  // namespace tepat::app

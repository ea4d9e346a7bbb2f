// `tepat demo generate`: writes a synthetic population (civil registration, DTKS, programs, recipients) with
// ground truth and dirt, see docs/synthetic-data.md. The work is done by tepat::synth::GeneratePopulation.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/stderr_progress.hpp"
#include "synth/population_generator.hpp"

namespace tepat::app {
namespace {

constexpr std::string_view kStage = "generate";

void AddRateFlag(CLI::App& cmd, const std::string& name, double& value, const std::string& what) {
  cmd.add_option(name, value, what + " (share 0-1)")->capture_default_str()->check(CLI::Range(0.0, 1.0));
}

}  // namespace

void RegisterDemoGenerateCommand(CLI::App& demo) {
  auto options = std::make_shared<synth::GenerateOptions>();
  options->people = 10000;
  options->seed = 1;
  CLI::App* cmd = demo.add_subcommand(
      "generate",
      "Write a synthetic population with ground truth: dukcapil.csv, dtks.csv, programs.csv, recipients.csv and "
      "truth.csv in the import templates.\n"
      "Example: tepat demo generate --region 35.10 --people 1000000 --seed 7 --out var/demo");
  cmd->add_option("--region", options->region,
                  "Province or kabupaten/kota code, dotted or compact (e.g. 35 or 35.10 or 3510)")
      ->required();
  cmd->add_option("--people", options->people, "Number of true persons to generate (dirty copies come on top)")
      ->capture_default_str()
      ->check(CLI::Range(std::uint64_t{1}, synth::kMaxPeople));
  cmd->add_option("--seed", options->seed, "Random seed: the same seed and flags give the same files, byte for byte")
      ->capture_default_str();
  cmd->add_option("--out", options->out_dir, "Folder to write into (created when missing), e.g. var/demo")->required();
  cmd->add_option("--data-dir", options->data_dir, "The repo's reference data folder (wilayah, population, names)")
      ->capture_default_str();
  cmd->add_option("--dtks-share", options->dtks_share, "Share of households in DTKS (0-1)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  synth::DirtRates& r = options->rates;
  AddRateFlag(*cmd, "--duplicate-rate", r.duplicate, "Persons entered a second time in dukcapil.csv with a changed name");
  AddRateFlag(*cmd, "--typo-rate", r.typo, "Records with one letter inserted, deleted or replaced");
  AddRateFlag(*cmd, "--swapped-letters-rate", r.swapped_letters, "Records with two adjacent letters swapped");
  AddRateFlag(*cmd, "--old-spelling-rate", r.old_spelling, "Records in old spelling (u->oe, j->dj, c->tj, y->j)");
  AddRateFlag(*cmd, "--abbreviation-rate", r.abbreviation, "Records with Muhammad->M./Moh./Muh., Siti->St., last name->initial");
  AddRateFlag(*cmd, "--title-rate", r.title, "Records with H./Hj. or a degree such as S.Pd");
  AddRateFlag(*cmd, "--nickname-rate", r.nickname, "Records with a nickname for a given name");
  AddRateFlag(*cmd, "--nik-missing-rate", r.nik_missing, "Records without NIK");
  AddRateFlag(*cmd, "--nik-typo-rate", r.nik_typo, "Records with one NIK digit wrong or two digits transposed");
  AddRateFlag(*cmd, "--date-swap-rate", r.date_swapped, "Records with birth day and month swapped");
  AddRateFlag(*cmd, "--deceased-rate", r.deceased, "Persons who died in 2023-2024 but are still listed");
  AddRateFlag(*cmd, "--moved-rate", r.moved, "Persons who moved away in 2023-2024 but are still listed");
  AddRateFlag(*cmd, "--double-kk-rate", r.double_kk, "Households listed again under a second KK number");
  cmd->callback([options]() {
    const auto start = std::chrono::steady_clock::now();
    StderrProgress printer;
    const match::Progress sink = printer.Sink();
    auto result = synth::GeneratePopulation(
        *options, [&sink](std::uint64_t done, std::uint64_t total) { sink.Report(kStage, done, total); });
    printer.Finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok()) throw ExitError(result.status().message());
    const synth::GenerateSummary& s = *result;
    std::printf(
        "%s: %llu people in %llu households; dukcapil %llu rows, dtks %llu, programs %llu, recipients %llu, truth "
        "%llu; %.1f s -> %s\n",
        s.region_name.c_str(), static_cast<unsigned long long>(s.people), static_cast<unsigned long long>(s.households),
        static_cast<unsigned long long>(s.dukcapil_rows), static_cast<unsigned long long>(s.dtks_rows),
        static_cast<unsigned long long>(s.program_rows), static_cast<unsigned long long>(s.recipient_rows),
        static_cast<unsigned long long>(s.truth_rows), seconds, options->out_dir.c_str());
  });
}

}  // namespace tepat::app

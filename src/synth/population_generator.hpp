#pragma once
// GeneratePopulation: the whole `tepat demo generate` run — synthetic civil registration, DTKS, programs and
// recipients in the import templates, plus truth.csv, deterministic for a given seed.
#include <cstdint>
#include <functional>
#include <string>

#include "domain/status.hpp"
#include "synth/dirt_rates.hpp"

namespace tepat::synth {

/// What to generate. Plain value type.
struct GenerateOptions {
  std::string region;                 ///< province or kabupaten/kota code, dotted or compact
  std::uint64_t people = 0;           ///< true persons to generate (dirty copies come on top)
  std::uint64_t seed = 0;
  std::string out_dir;                ///< created when missing
  std::string data_dir = "data";      ///< the repo's data/ folder
  double dtks_share = 0.40;           ///< wanted share of households (and so of people) in DTKS
  DirtRates rates;
};

/// Largest --people accepted (a little above Indonesia's population).
inline constexpr std::uint64_t kMaxPeople = 300'000'000;

/// What was written.
struct GenerateSummary {
  std::string region_name;
  std::uint64_t people = 0;
  std::uint64_t households = 0;
  std::uint64_t dukcapil_rows = 0;
  std::uint64_t dtks_rows = 0;
  std::uint64_t program_rows = 0;
  std::uint64_t recipient_rows = 0;
  std::uint64_t truth_rows = 0;
};

/// Called now and then with people done so far and the total; may be empty.
using ProgressCallback = std::function<void(std::uint64_t done, std::uint64_t total)>;

/// Writes dukcapil.csv, dtks.csv, programs.csv, recipients.csv and truth.csv into options.out_dir. Each file is
/// written as "<name>.tmp" and all are renamed only when everything succeeded. Same options -> same bytes.
/// Errors: kInvalidArgument for bad options (message names the flag), kNotFound/kInvalidArgument for missing or
/// malformed data files, kUnavailable when the output cannot be written. Not thread-safe with another run into
/// the same folder.
domain::Result<GenerateSummary> GeneratePopulation(const GenerateOptions& options, const ProgressCallback& progress);

}  // namespace tepat::synth

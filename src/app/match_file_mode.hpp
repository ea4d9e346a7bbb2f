#pragma once
// File mode of `tepat match`: deduplicate or link CSV files with a settings file, and evaluate pairs against truth.
// Wiring only: reading files, calling src/match, writing results. The matching itself lives in src/match.
#include <optional>
#include <ostream>
#include <string>

#include "domain/status.hpp"
#include "match/pair_evaluation.hpp"

namespace tepat::app {

/// Flags of `tepat match dedup-file`.
struct DedupFileOptions {
  std::string settings_path;
  std::string input_path;
  std::string out_path;              ///< pairs CSV: id_l,id_r,probability,weight[,explanation]
  std::string clusters_path;         ///< optional: id,cluster CSV of guarded clusters
  bool pairs_from_clusters = false;  ///< write every pair within a guarded cluster instead of the scored pairs
  bool explain = false;              ///< add the per-field explanation column
};

/// Flags of `tepat match link-file`.
struct LinkFileOptions {
  std::string settings_path;
  std::string left_path;
  std::string right_path;
  std::string out_path;
  bool explain = false;
};

/// Flags of `tepat match eval`.
struct EvalOptions {
  std::string pairs_path;
  std::string truth_path;        ///< CSV with an id and an entity column; or derive the truth from ids:
  std::string truth_id_column = "id";
  std::string truth_entity_column = "entity";
  std::string input_path;        ///< the records file whose ids are evaluated (with truth_path: keep only its ids)
  std::string id_column;         ///< id column of input_path (or from settings_path)
  std::string settings_path;
  std::string id_pattern;        ///< regex; its first group is the entity ("^rec-([0-9]+)-")
  double min_probability = 0.0;  ///< evaluate only pairs at or above this probability
};

/// Runs deduplication and writes the outputs (each via a temporary name); prints a summary to `report` and
/// progress to standard error. Returns the first error (settings, input, blocking guard, output).
domain::Status RunDedupFile(const DedupFileOptions& options, std::ostream& report);

/// Runs linkage of two files; as RunDedupFile.
domain::Status RunLinkFile(const LinkFileOptions& options, std::ostream& report);

/// Reads pairs and truth, prints pairs compared (from the run's summary file when present), precision, recall and
/// F1 to `report`, and returns the metrics.
domain::Result<match::PairMetrics> RunEval(const EvalOptions& options, std::ostream& report);

}  // namespace tepat::app

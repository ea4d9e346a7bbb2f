#include "app/match_file_mode.hpp"

#include <boost/json.hpp>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <regex>
#include <unordered_map>

#include "app/atomic_output_file.hpp"
#include "app/csv_table_reader.hpp"
#include "app/match_settings_reader.hpp"
#include "app/stderr_progress.hpp"
#include "fmt/format.h"
#include "match/clustering.hpp"
#include "match/linker.hpp"

namespace tepat::app {
namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* kSummarySuffix = ".summary.json";
constexpr size_t kSkippedShown = 10;
constexpr size_t kPairsPerPiece = 2048;   // pairs file lines formatted by one task
constexpr size_t kPiecesPerWindow = 256;  // pieces formatted before they are written
constexpr double kMillisecondsPerSecond = 1000.0;  // times in the summary are rounded to milliseconds
constexpr int kProbabilityDigits = 6;  // of m and u
constexpr int kLambdaDigits = 8;       // of the match share

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

domain::Result<CsvTable> ReadInput(const std::string& path, std::ostream& report) {
  auto table = ReadCsvTable(path);
  if (!table.ok()) return table;
  if (!table->skipped.empty()) {
    std::cerr << fmt::format("{}: {} rows skipped\n", path, table->skipped.size());
    for (size_t i = 0; i < table->skipped.size() && i < kSkippedShown; ++i) std::cerr << "  " << table->skipped[i] << "\n";
  }
  report << fmt::format("read {} records from {}\n", table->table.rows(), path);
  return table;
}

std::string Explanation(const match::PairExplanation& explanation) {
  std::string out = fmt::format("prior:{:+.2f}", explanation.prior_weight);
  for (const auto& field : explanation.fields) out += fmt::format(" {}={}:{:+.2f}", field.field, field.label, field.weight);
  return out;
}

// The CSV lines of pairs [begin, end).
std::string PairLines(const match::Linker& linker, const std::vector<match::ScoredPair>& pairs, size_t begin,
                      size_t end, bool explain) {
  fmt::memory_buffer text;
  for (size_t i = begin; i < end; ++i) {
    const auto& pair = pairs[i];
    fmt::format_to(std::back_inserter(text), "{},{},{:.6f},{:.3f}", CsvField(linker.RecordId(pair.a)),
                   CsvField(linker.RecordId(pair.b)), pair.probability, pair.weight);
    if (explain) {
      fmt::format_to(std::back_inserter(text), ",{}", CsvField(Explanation(linker.scorer().Explain(pair.a, pair.b))));
    }
    text.push_back('\n');
  }
  return fmt::to_string(text);
}

domain::Status WritePairs(const match::Linker& linker, const std::vector<match::ScoredPair>& pairs,
                          const std::string& path, bool explain) {
  AtomicOutputFile file(path);
  if (!file.status().ok()) return file.status();
  auto& out = file.stream();
  out << "id_l,id_r,probability,weight" << (explain ? ",explanation" : "") << "\n";
  // Formatting numbers costs more than writing them: pieces of pairs are formatted on all cores, a window of pieces
  // at a time (memory stays bounded), and written in order.
  std::vector<std::string> pieces(kPiecesPerWindow);
  for (size_t window = 0; window < pairs.size(); window += kPiecesPerWindow * kPairsPerPiece) {
    const size_t window_end = std::min(pairs.size(), window + kPiecesPerWindow * kPairsPerPiece);
    const size_t count = (window_end - window + kPairsPerPiece - 1) / kPairsPerPiece;
    tbb::parallel_for(size_t{0}, count, [&](size_t piece) {
      const size_t begin = window + piece * kPairsPerPiece;
      pieces[piece] = PairLines(linker, pairs, begin, std::min(window_end, begin + kPairsPerPiece), explain);
    });
    for (size_t piece = 0; piece < count; ++piece) {
      out.write(pieces[piece].data(), static_cast<std::streamsize>(pieces[piece].size()));
    }
  }
  return file.Commit();
}

domain::Status WriteClusters(const match::Linker& linker, const match::Clustering& clustering,
                             const std::string& path) {
  AtomicOutputFile file(path);
  if (!file.status().ok()) return file.status();
  file.stream() << "id,cluster\n";
  for (size_t c = 0; c < clustering.clusters.size(); ++c) {
    for (const uint32_t record : clustering.clusters[c]) file.stream() << CsvField(linker.RecordId(record)) << ',' << c + 1 << '\n';
  }
  return file.Commit();
}

double RoundedSeconds(double seconds) { return std::round(seconds * kMillisecondsPerSecond) / kMillisecondsPerSecond; }

// `value` rounded to `digits` significant digits, so the summary does not carry noise digits.
double Significant(double value, int digits) { return std::strtod(fmt::format("{:.{}g}", value, digits).c_str(), nullptr); }

boost::json::object ModelJson(const match::Linker& linker) {
  const auto& model = linker.model();
  const auto& settings = linker.records().settings();
  boost::json::array fields;
  for (size_t f = 0; f < model.fields.size(); ++f) {
    const auto& field = model.fields[f];
    boost::json::array levels;
    for (size_t l = 1; l < field.m.size(); ++l) {
      const std::string label =
          l > settings.fields[f].levels.size() ? "else" : match::LevelLabel(settings.fields[f].levels[l - 1]);
      levels.push_back({{"level", label},
                        {"m", Significant(field.m[l], kProbabilityDigits)},
                        {"u", Significant(field.u[l], kProbabilityDigits)}});
    }
    fields.push_back({{"name", settings.fields[f].name}, {"levels", std::move(levels)}});
  }
  return {{"lambda", Significant(model.lambda, kLambdaDigits)},
          {"em_iterations", model.em_iterations},
          {"em_converged", model.em_converged},
          {"fields", std::move(fields)}};
}

domain::Status WriteSummary(const match::Linker& linker, const std::string& pairs_path, double seconds) {
  const auto& summary = linker.summary();
  boost::json::array rules;
  for (const auto& rule : summary.rules) rules.push_back({{"name", rule.rule}, {"pairs", rule.pairs}});
  const boost::json::object json = {
      {"records", summary.records},
      {"candidate_pairs", summary.candidate_pairs},
      {"matches", summary.matches},
      {"seconds", RoundedSeconds(seconds)},
      {"stage_seconds",
       {{"blocking", RoundedSeconds(summary.blocking_seconds)},
        {"comparing", RoundedSeconds(summary.comparing_seconds)},
        {"training", RoundedSeconds(summary.training_seconds)},
        {"scoring", RoundedSeconds(summary.scoring_seconds)}}},
      {"rules", std::move(rules)},
      {"model", ModelJson(linker)}};
  AtomicOutputFile file(pairs_path + kSummarySuffix);
  if (!file.status().ok()) return file.status();
  file.stream() << boost::json::serialize(json) << '\n';
  return file.Commit();
}

void ReportRun(const match::Linker& linker, double seconds, std::ostream& report) {
  const auto& summary = linker.summary();
  for (const auto& rule : summary.rules) report << fmt::format("  rule {}: {} pairs\n", rule.rule, rule.pairs);
  const double pair_seconds = summary.comparing_seconds + summary.scoring_seconds;
  const double rate = pair_seconds > 0 ? static_cast<double>(summary.candidate_pairs) / pair_seconds : 0.0;
  report << fmt::format("pairs compared: {}\nmatches: {}\nmatch share (lambda): {:.6f}, EM iterations: {}{}\n",
                        summary.candidate_pairs, summary.matches, linker.model().lambda, linker.model().em_iterations,
                        linker.model().em_converged ? "" : " (not converged)");
  report << fmt::format(
      "matching took {:.2f} s: prepare {:.2f}, block {:.2f}, compare {:.2f}, train {:.2f}, score {:.2f} "
      "({:.0f} pairs/s compared and scored)\n",
      seconds, seconds - summary.blocking_seconds - summary.comparing_seconds - summary.training_seconds -
                   summary.scoring_seconds,
      summary.blocking_seconds, summary.comparing_seconds, summary.training_seconds, summary.scoring_seconds, rate);
}

domain::Result<std::vector<match::ScoredPair>> RunLinker(match::Linker& linker) {
  StderrProgress progress;
  auto result = linker.Run(progress.Sink());
  progress.Finish();
  return result;
}

}  // namespace

domain::Status RunDedupFile(const DedupFileOptions& options, std::ostream& report) {
  auto settings = ReadMatchSettingsFile(options.settings_path);
  if (!settings.ok()) return settings.status();
  auto input = ReadInput(options.input_path, report);
  if (!input.ok()) return input.status();
  const auto start = Clock::now();
  auto linker = match::Linker::ForDedup(input->table, *settings);
  if (!linker.ok()) return linker.status();
  auto pairs = RunLinker(**linker);
  if (!pairs.ok()) return pairs.status();
  const double seconds = Seconds(start);
  const match::Linker& run = **linker;
  std::vector<match::ScoredPair> written = *pairs;
  if (!options.clusters_path.empty() || options.pairs_from_clusters) {
    const auto probability = [&](uint32_t a, uint32_t b) {
      return match::PairScorer::Probability(run.scorer().Weight(std::min(a, b), std::max(a, b)));
    };
    const auto clustering = match::ClusterPairs(*pairs, probability, settings->cluster_guard_probability,
                                                settings->max_cluster_size);
    report << fmt::format("clusters: {} ({} links refused by the chain guard)\n", clustering.clusters.size(),
                          clustering.links_refused);
    if (!options.clusters_path.empty()) {
      if (auto status = WriteClusters(run, clustering, options.clusters_path); !status.ok()) return status;
    }
    if (options.pairs_from_clusters) {
      written.clear();
      for (const auto& [a, b] : match::PairsWithinClusters(clustering)) {
        const double weight = run.scorer().Weight(a, b);
        written.push_back({a, b, static_cast<float>(weight), static_cast<float>(match::PairScorer::Probability(weight))});
      }
    }
  }
  ReportRun(run, seconds, report);
  if (auto status = WritePairs(run, written, options.out_path, options.explain); !status.ok()) return status;
  report << fmt::format("wrote {} pairs to {}\n", written.size(), options.out_path);
  return WriteSummary(run, options.out_path, seconds);
}

domain::Status RunLinkFile(const LinkFileOptions& options, std::ostream& report) {
  auto settings = ReadMatchSettingsFile(options.settings_path);
  if (!settings.ok()) return settings.status();
  auto left = ReadInput(options.left_path, report);
  if (!left.ok()) return left.status();
  auto right = ReadInput(options.right_path, report);
  if (!right.ok()) return right.status();
  const auto start = Clock::now();
  auto linker = match::Linker::ForLink(left->table, right->table, *settings);
  if (!linker.ok()) return linker.status();
  auto pairs = RunLinker(**linker);
  if (!pairs.ok()) return pairs.status();
  const double seconds = Seconds(start);
  ReportRun(**linker, seconds, report);
  if (auto status = WritePairs(**linker, *pairs, options.out_path, options.explain); !status.ok()) return status;
  report << fmt::format("wrote {} pairs to {}\n", pairs->size(), options.out_path);
  return WriteSummary(**linker, options.out_path, seconds);
}

namespace {

domain::Result<std::string> IdColumnOf(const EvalOptions& options) {
  if (!options.id_column.empty()) return options.id_column;
  if (options.settings_path.empty()) return domain::InvalidArgument("give --id-column or --settings to name the id column");
  auto settings = ReadMatchSettingsFile(options.settings_path);
  if (!settings.ok()) return settings.status();
  return settings->id_column;
}

domain::Result<std::unordered_map<std::string, std::string>> TruthFromFile(const EvalOptions& options) {
  auto truth = ReadCsvTable(options.truth_path);
  if (!truth.ok()) return truth.status();
  const auto& table = truth->table;
  const auto id = table.ColumnIndex(options.truth_id_column);
  const auto entity = table.ColumnIndex(options.truth_entity_column);
  if (!id || !entity) {
    return domain::InvalidArgument(fmt::format("{}: the truth file needs the columns {} and {} (see --truth-id-column, "
                                               "--truth-entity-column)",
                                               options.truth_path, options.truth_id_column,
                                               options.truth_entity_column));
  }
  std::unordered_map<std::string, std::string> entity_of;
  for (size_t r = 0; r < table.rows(); ++r) entity_of[std::string(table.Value(r, *id))] = table.Value(r, *entity);
  if (options.input_path.empty()) return entity_of;
  // Keep only the records of the evaluated file (a truth file may cover several files).
  auto id_column = IdColumnOf(options);
  if (!id_column.ok()) return id_column.status();
  auto input = ReadCsvTable(options.input_path);
  if (!input.ok()) return input.status();
  const auto column = input->table.ColumnIndex(*id_column);
  if (!column) return domain::InvalidArgument(options.input_path + " has no column \"" + *id_column + "\"");
  std::unordered_map<std::string, std::string> kept;
  for (size_t r = 0; r < input->table.rows(); ++r) {
    const std::string row_id(input->table.Value(r, *column));
    if (auto it = entity_of.find(row_id); it != entity_of.end()) kept.emplace(row_id, it->second);
  }
  return kept;
}

domain::Result<std::unordered_map<std::string, std::string>> TruthFromPattern(const EvalOptions& options) {
  auto id_column_result = IdColumnOf(options);
  if (!id_column_result.ok()) return id_column_result.status();
  const std::string id_column = *id_column_result;
  std::regex pattern;
  try {
    pattern = std::regex(options.id_pattern, std::regex::ECMAScript);
  } catch (const std::regex_error& e) {
    return domain::InvalidArgument("--truth-from-id-pattern is not a valid regular expression: " + std::string(e.what()));
  }
  if (pattern.mark_count() < 1) {
    return domain::InvalidArgument("--truth-from-id-pattern needs a group ( ... ) that captures the entity");
  }
  auto input = ReadCsvTable(options.input_path);
  if (!input.ok()) return input.status();
  const auto column = input->table.ColumnIndex(id_column);
  if (!column) return domain::InvalidArgument(options.input_path + " has no column \"" + id_column + "\"");
  std::unordered_map<std::string, std::string> entity_of;
  for (size_t r = 0; r < input->table.rows(); ++r) {
    const std::string id(input->table.Value(r, *column));
    std::smatch match;
    if (!std::regex_search(id, match, pattern)) {
      return domain::InvalidArgument(fmt::format("{} row {}: the id does not match --truth-from-id-pattern",
                                                 options.input_path, r + 1));
    }
    entity_of[id] = match[1].str();
  }
  return entity_of;
}

std::optional<uint64_t> PairsCompared(const std::string& pairs_path) {
  std::ifstream in(pairs_path + kSummarySuffix, std::ios::binary);
  if (!in) return std::nullopt;
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  boost::json::error_code ec;
  const boost::json::value json = boost::json::parse(text, ec);
  if (ec || !json.is_object()) return std::nullopt;
  const boost::json::value* pairs = json.get_object().if_contains("candidate_pairs");
  if (pairs == nullptr) return std::nullopt;
  const auto count = pairs->to_number<uint64_t>(ec);
  if (ec) return std::nullopt;
  return count;
}

}  // namespace

domain::Result<match::PairMetrics> RunEval(const EvalOptions& options, std::ostream& report) {
  domain::Result<std::unordered_map<std::string, std::string>> truth =
      options.truth_path.empty() ? TruthFromPattern(options) : TruthFromFile(options);
  if (!truth.ok()) return truth.status();
  auto pairs_file = ReadCsvTable(options.pairs_path);
  if (!pairs_file.ok()) return pairs_file.status();
  const auto& table = pairs_file->table;
  const auto left = table.ColumnIndex("id_l");
  const auto right = table.ColumnIndex("id_r");
  const auto probability = table.ColumnIndex("probability");
  if (!left || !right) return domain::InvalidArgument(options.pairs_path + ": the pairs file needs columns id_l and id_r");
  std::vector<std::pair<std::string, std::string>> predicted;
  for (size_t r = 0; r < table.rows(); ++r) {
    if (probability && options.min_probability > 0 &&
        std::strtod(std::string(table.Value(r, *probability)).c_str(), nullptr) < options.min_probability) {
      continue;
    }
    predicted.emplace_back(table.Value(r, *left), table.Value(r, *right));
  }
  const auto metrics = match::EvaluatePairs(predicted, *truth);
  const auto compared = PairsCompared(options.pairs_path);
  report << "pairs compared: " << (compared ? std::to_string(*compared) : std::string("unknown (no summary file)"))
         << "\n";
  report << fmt::format("predicted pairs: {}\ntrue pairs: {}\ntrue positives: {}\n", metrics.predicted_pairs,
                        metrics.truth_pairs, metrics.true_positives);
  if (metrics.unknown_ids > 0) report << fmt::format("pairs with ids not in the truth: {}\n", metrics.unknown_ids);
  report << fmt::format("precision: {:.4f}\nrecall: {:.4f}\nF1: {:.4f}\n", metrics.precision, metrics.recall,
                        metrics.f1);
  return metrics;
}

}  // namespace tepat::app

#include "match/linker.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>

#include <algorithm>
#include <chrono>

#include "fmt/format.h"

namespace tepat::match {
namespace {

constexpr size_t kChunkPairs = 1 << 20;  // progress and cancel are checked once per chunk
constexpr size_t kPairGrain = 2048;

using Clock = std::chrono::steady_clock;

// Seconds since `start`, and restarts the clock.
double Lap(Clock::time_point& start) {
  const auto now = Clock::now();
  const double seconds = std::chrono::duration<double>(now - start).count();
  start = now;
  return seconds;
}

domain::Result<size_t> IdColumn(const RecordTable& table, const MatchSettings& settings) {
  const auto column = table.ColumnIndex(settings.id_column);
  if (!column) {
    return domain::InvalidArgument(fmt::format(
        "id_column \"{}\" is not a column of the input; fix \"id_column\" in the settings or the file's header",
        settings.id_column));
  }
  return *column;
}

}  // namespace

domain::Result<std::vector<ComparisonPattern>> ComparePairs(const PairComparator& comparator,
                                                            const std::vector<RecordPair>& pairs,
                                                            const Progress& progress) {
  std::vector<ComparisonPattern> patterns(pairs.size());
  for (size_t start = 0; start < pairs.size(); start += kChunkPairs) {
    const size_t end = std::min(pairs.size(), start + kChunkPairs);
    tbb::parallel_for(tbb::blocked_range<size_t>(start, end, kPairGrain), [&](const tbb::blocked_range<size_t>& r) {
      comparator.Patterns(pairs.data() + r.begin(), r.size(), patterns.data() + r.begin());
    });
    progress.Report("comparing", end, pairs.size());
    if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
  }
  return patterns;
}

Linker::Linker(PreparedRecords records, std::vector<const RecordTable*> tables, PairScope scope,
               size_t id_column_left, size_t id_column_right)
    : records_(std::move(records)),
      tables_(std::move(tables)),
      scope_(scope),
      id_column_left_(id_column_left),
      id_column_right_(id_column_right) {}

domain::Result<std::unique_ptr<Linker>> Linker::ForDedup(const RecordTable& table, const MatchSettings& settings) {
  if (auto status = ValidateSettings(settings); !status.ok()) return status;
  auto id_column = IdColumn(table, settings);
  if (!id_column.ok()) return id_column.status();
  auto prepared = PreparedRecords::Build(settings, {&table});
  if (!prepared.ok()) return prepared.status();
  return std::unique_ptr<Linker>(
      new Linker(std::move(prepared).value(), {&table}, PairScope{}, *id_column, *id_column));
}

domain::Result<std::unique_ptr<Linker>> Linker::ForLink(const RecordTable& left, const RecordTable& right,
                                                        const MatchSettings& settings) {
  if (auto status = ValidateSettings(settings); !status.ok()) return status;
  auto left_id = IdColumn(left, settings);
  if (!left_id.ok()) return left_id.status();
  auto right_id = IdColumn(right, settings);
  if (!right_id.ok()) return right_id.status();
  auto prepared = PreparedRecords::Build(settings, {&left, &right});
  if (!prepared.ok()) return prepared.status();
  const PairScope scope{left.rows(), true};
  return std::unique_ptr<Linker>(new Linker(std::move(prepared).value(), {&left, &right}, scope, *left_id, *right_id));
}

std::string_view Linker::RecordId(uint32_t record) const {
  if (scope_.IsLink() && record >= scope_.split) return tables_[1]->Value(record - scope_.split, id_column_right_);
  return tables_[0]->Value(record, id_column_left_);
}

domain::Result<std::vector<ScoredPair>> Linker::Run(const Progress& progress) {
  const MatchSettings& settings = records_.settings();
  summary_ = LinkageSummary{};
  summary_.records = records_.rows();
  auto clock = Clock::now();
  const Blocker blocker(records_);
  auto pairs = blocker.Pairs(scope_, progress, &summary_.rules);
  if (!pairs.ok()) return pairs.status();
  summary_.candidate_pairs = pairs->size();
  summary_.blocking_seconds = Lap(clock);
  const PairComparator comparator(records_);
  auto patterns = ComparePairs(comparator, *pairs, progress);
  if (!patterns.ok()) return patterns.status();
  summary_.comparing_seconds = Lap(clock);
  progress.Report("training", 0, settings.em_max_iterations);
  MatchModel start = EstimateU(records_, scope_);
  model_ = settings.em_estimates_u ? TrainByEm(records_, *patterns, std::move(start), progress)
                                   : TrainByBlockingRules(records_, scope_, *pairs, *patterns, std::move(start), progress);
  if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
  summary_.training_seconds = Lap(clock);
  scorer_ = std::make_unique<PairScorer>(records_, model_);
  tbb::enumerable_thread_specific<std::vector<ScoredPair>> local;
  const auto& candidate = *pairs;
  const auto& vectors = *patterns;
  tbb::parallel_for(tbb::blocked_range<size_t>(0, candidate.size(), kPairGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      auto& out = local.local();
                      for (size_t i = range.begin(); i < range.end(); ++i) {
                        const double weight = scorer_->Weight(vectors[i], candidate[i].a, candidate[i].b);
                        const double probability = PairScorer::Probability(weight);
                        if (probability >= settings.match_probability) {
                          out.push_back({candidate[i].a, candidate[i].b, static_cast<float>(weight),
                                         static_cast<float>(probability)});
                        }
                      }
                    });
  std::vector<ScoredPair> matches;
  for (const auto& part : local) matches.insert(matches.end(), part.begin(), part.end());
  tbb::parallel_sort(matches.begin(), matches.end(), [](const ScoredPair& x, const ScoredPair& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  summary_.matches = matches.size();
  summary_.scoring_seconds = Lap(clock);
  progress.Report("scoring", candidate.size(), candidate.size());
  return matches;
}

}  // namespace tepat::match

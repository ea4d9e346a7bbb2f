#include "match/match_model.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

namespace tepat::match {
namespace {

constexpr double kMinProbability = 1e-6;
constexpr double kMaxLambda = 1.0 - 1e-6;
constexpr double kInitialAgreeShare = 0.5;  // starting m halves from one level to the next
constexpr size_t kSampleGrain = 8192;

using Counts = std::vector<std::vector<uint64_t>>;  // [field][level code]

Counts EmptyCounts(const MatchSettings& settings) {
  Counts counts;
  for (const FieldSpec& field : settings.fields) counts.emplace_back(LevelCodeCount(field.levels.size()), 0);
  return counts;
}

// Normalises `values` over the non-null codes, flooring each at kMinProbability.
void NormalizeLevels(std::vector<double>& values) {
  double total = 0;
  for (size_t l = 1; l < values.size(); ++l) {
    values[l] = std::max(values[l], kMinProbability);
    total += values[l];
  }
  for (size_t l = 1; l < values.size(); ++l) values[l] /= total;
  values[kNullLevel] = 1.0;
}

std::vector<RecordPair> RandomPairs(size_t rows, PairScope scope, uint64_t count, uint64_t seed) {
  std::vector<RecordPair> pairs;
  if (scope.IsLink() ? (scope.split == 0 || scope.split >= rows) : rows < 2) return pairs;  // nothing to pair
  std::mt19937_64 random(seed);
  pairs.reserve(count);
  if (scope.IsLink()) {
    std::uniform_int_distribution<uint32_t> left(0, static_cast<uint32_t>(scope.split - 1));
    std::uniform_int_distribution<uint32_t> right(static_cast<uint32_t>(scope.split), static_cast<uint32_t>(rows - 1));
    for (uint64_t i = 0; i < count; ++i) pairs.push_back({left(random), right(random)});
    return pairs;
  }
  std::uniform_int_distribution<uint32_t> any(0, static_cast<uint32_t>(rows - 1));
  while (pairs.size() < count) {
    const uint32_t a = any(random);
    const uint32_t b = any(random);
    if (a != b) pairs.push_back({std::min(a, b), std::max(a, b)});
  }
  return pairs;
}

// Chance that two random records (one per side for linkage) hold the same value of field `f`.
double ExactAgreementChance(const FieldColumn& column, PairScope scope) {
  if (!scope.IsLink()) {
    double sum = 0;
    const double present = static_cast<double>(column.present);
    if (present == 0) return 0;
    for (const uint32_t count : column.count) sum += (count / present) * (count / present);
    return sum;
  }
  std::vector<uint32_t> left(column.count.size(), 0);
  uint64_t left_present = 0;
  for (size_t r = 0; r < scope.split; ++r) {
    const uint32_t v = column.value[r];
    if (v == StringPool::kEmptyId) continue;
    ++left[v];
    ++left_present;
  }
  const uint64_t right_present = column.present - left_present;
  if (left_present == 0 || right_present == 0) return 0;
  double sum = 0;
  for (size_t v = 1; v < left.size(); ++v) {
    const uint32_t right = column.count[v] - left[v];
    sum += (static_cast<double>(left[v]) / left_present) * (static_cast<double>(right) / right_present);
  }
  return sum;
}

}  // namespace

MatchModel EstimateU(const PreparedRecords& records, PairScope scope) {
  const MatchSettings& settings = records.settings();
  const PairComparator comparator(records);
  const auto pairs = RandomPairs(records.rows(), scope, settings.u_sample_pairs, settings.seed);
  tbb::enumerable_thread_specific<Counts> local([&] { return EmptyCounts(settings); });
  tbb::parallel_for(tbb::blocked_range<size_t>(0, pairs.size(), kSampleGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      Counts& counts = local.local();
                      for (size_t i = range.begin(); i < range.end(); ++i) {
                        const ComparisonPattern pattern = comparator.Pattern(pairs[i].a, pairs[i].b);
                        for (size_t f = 0; f < counts.size(); ++f) ++counts[f][LevelAt(pattern, f)];
                      }
                    });
  Counts counts = EmptyCounts(settings);
  for (const Counts& part : local) {
    for (size_t f = 0; f < counts.size(); ++f) {
      for (size_t l = 0; l < counts[f].size(); ++l) counts[f][l] += part[f][l];
    }
  }
  MatchModel model;
  for (size_t f = 0; f < settings.fields.size(); ++f) {
    FieldModel field;
    const size_t codes = counts[f].size();
    field.u_exact_random = ExactAgreementChance(records.field(f), scope);
    field.u.assign(codes, 0.0);
    uint64_t present = 0;
    for (size_t l = 1; l < codes; ++l) present += counts[f][l];
    const bool exact_first = settings.fields[f].levels.front().kind == LevelKind::kExact;
    if (present == 0) {
      std::fill(field.u.begin() + 1, field.u.end(), 1.0 / static_cast<double>(codes - 1));
    } else if (exact_first && field.u_exact_random > 0) {
      // Exact agreement from term frequencies (the sample rarely sees it); the other levels share the rest.
      const uint64_t rest = present - counts[f][1];
      field.u[1] = field.u_exact_random;
      for (size_t l = 2; l < codes; ++l) {
        field.u[l] = rest == 0 ? 1.0 : (1.0 - field.u_exact_random) * counts[f][l] / static_cast<double>(rest);
      }
    } else {
      for (size_t l = 1; l < codes; ++l) field.u[l] = counts[f][l] / static_cast<double>(present);
    }
    NormalizeLevels(field.u);
    model.fields.push_back(std::move(field));
  }
  return model;
}

MatchModel TrainByEm(const PreparedRecords& records, const std::vector<ComparisonPattern>& patterns,
                     MatchModel start, const Progress& progress) {
  const MatchSettings& settings = records.settings();
  MatchModel model = std::move(start);
  model.lambda = settings.initial_match_share;
  model.training_pairs = patterns.size();
  const size_t field_count = settings.fields.size();
  for (size_t f = 0; f < field_count; ++f) {
    std::vector<double>& m = model.fields[f].m;
    m.assign(model.fields[f].u.size(), 0.0);
    double share = 1.0;
    for (size_t l = 1; l < m.size(); ++l, share *= kInitialAgreeShare) m[l] = share;
    NormalizeLevels(m);
  }
  // Distinct comparison vectors with their counts: EM then costs per distinct vector, not per pair.
  tbb::enumerable_thread_specific<std::unordered_map<ComparisonPattern, uint64_t>> local;
  tbb::parallel_for(tbb::blocked_range<size_t>(0, patterns.size(), kSampleGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      auto& counts = local.local();
                      for (size_t i = range.begin(); i < range.end(); ++i) ++counts[patterns[i]];
                    });
  std::unordered_map<ComparisonPattern, uint64_t> merged;
  for (const auto& part : local) {
    for (const auto& [pattern, count] : part) merged[pattern] += count;
  }
  const std::vector<std::pair<ComparisonPattern, uint64_t>> distinct(merged.begin(), merged.end());
  if (distinct.empty()) return model;
  const double total = static_cast<double>(patterns.size());
  for (size_t iteration = 0; iteration < settings.em_max_iterations; ++iteration) {
    std::vector<std::vector<double>> m_sum(field_count);
    std::vector<std::vector<double>> u_sum(field_count);
    for (size_t f = 0; f < field_count; ++f) {
      m_sum[f].assign(model.fields[f].m.size(), 0.0);
      u_sum[f].assign(model.fields[f].u.size(), 0.0);
    }
    double matches = 0;
    const double prior = model.lambda / (1.0 - model.lambda);
    for (const auto& [pattern, count] : distinct) {
      double log_ratio = 0;  // log(P(pattern | M) / P(pattern | U))
      for (size_t f = 0; f < field_count; ++f) {
        const uint8_t level = LevelAt(pattern, f);
        if (level == kNullLevel) continue;
        log_ratio += std::log(model.fields[f].m[level]) - std::log(model.fields[f].u[level]);
      }
      const double g = 1.0 / (1.0 + 1.0 / (prior * std::exp(log_ratio)));
      const double n = static_cast<double>(count);
      matches += g * n;
      for (size_t f = 0; f < field_count; ++f) {
        const uint8_t level = LevelAt(pattern, f);
        m_sum[f][level] += g * n;
        u_sum[f][level] += (1.0 - g) * n;
      }
    }
    double change = 0;
    const double lambda = std::clamp(matches / total, kMinProbability, kMaxLambda);
    change = std::max(change, std::abs(lambda - model.lambda));
    model.lambda = lambda;
    for (size_t f = 0; f < field_count; ++f) {
      FieldModel& field = model.fields[f];
      NormalizeLevels(m_sum[f]);
      for (size_t l = 1; l < field.m.size(); ++l) change = std::max(change, std::abs(m_sum[f][l] - field.m[l]));
      field.m = m_sum[f];
      if (settings.em_estimates_u) {
        NormalizeLevels(u_sum[f]);
        for (size_t l = 1; l < field.u.size(); ++l) change = std::max(change, std::abs(u_sum[f][l] - field.u[l]));
        field.u = u_sum[f];
      }
    }
    model.em_iterations = iteration + 1;
    progress.Report("training", iteration + 1, settings.em_max_iterations);
    if (change < settings.em_tolerance) {
      model.em_converged = true;
      break;
    }
  }
  return model;
}

}  // namespace tepat::match

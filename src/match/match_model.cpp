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
// Weight, in matching pairs, of the starting m (halving from level to level) in every EM: keeps a level that a tiny
// input happens not to show among its matches from getting m = 0 (millions of pairs make it negligible).
constexpr double kMPriorMatches = 1.0;

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
  // Sampling more pairs than exist adds nothing but time.
  const uint64_t rows = records.rows();
  const uint64_t possible =
      scope.IsLink() ? std::min<uint64_t>(scope.split, rows) * (rows - std::min<uint64_t>(scope.split, rows))
                     : rows * (rows > 0 ? rows - 1 : 0) / 2;
  const auto pairs = RandomPairs(records.rows(), scope, std::min(settings.u_sample_pairs, possible), settings.seed);
  tbb::enumerable_thread_specific<Counts> local([&] { return EmptyCounts(settings); });
  tbb::parallel_for(tbb::blocked_range<size_t>(0, pairs.size(), kSampleGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      Counts& counts = local.local();
                      std::vector<ComparisonPattern> patterns(range.size());
                      comparator.Patterns(pairs.data() + range.begin(), range.size(), patterns.data());
                      for (const ComparisonPattern pattern : patterns) {
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

namespace {

using PatternCounts = std::vector<std::pair<ComparisonPattern, uint64_t>>;

// Distinct comparison vectors (after clearing the fields in `masked`) of the pairs `keep` accepts, with counts.
template <typename Keep>
PatternCounts CountPatterns(const std::vector<ComparisonPattern>& patterns, ComparisonPattern masked, Keep keep) {
  tbb::enumerable_thread_specific<std::unordered_map<ComparisonPattern, uint64_t>> local;
  tbb::parallel_for(tbb::blocked_range<size_t>(0, patterns.size(), kSampleGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      auto& counts = local.local();
                      for (size_t i = range.begin(); i < range.end(); ++i) {
                        if (keep(i)) ++counts[patterns[i] & ~masked];
                      }
                    });
  std::unordered_map<ComparisonPattern, uint64_t> merged;
  for (const auto& part : local) {
    for (const auto& [pattern, count] : part) merged[pattern] += count;
  }
  PatternCounts distinct(merged.begin(), merged.end());
  std::sort(distinct.begin(), distinct.end());  // a fixed order keeps floating-point sums reproducible
  return distinct;
}

// log2 of every level's Bayes factor under a model, per field (level codes index each row; null adds nothing), so
// that an EM iteration over many distinct patterns adds numbers instead of taking logarithms.
class LevelLogRatios {
 public:
  explicit LevelLogRatios(const MatchModel& model) : by_field_(model.fields.size()) {
    for (size_t f = 0; f < model.fields.size(); ++f) {
      const FieldModel& field = model.fields[f];
      by_field_[f].assign(field.m.size(), 0.0);
      for (size_t l = 1; l < field.m.size(); ++l) by_field_[f][l] = std::log2(field.m[l]) - std::log2(field.u[l]);
    }
  }

  // log2 of the Bayes factor of `pattern` (missing values add nothing).
  double Of(ComparisonPattern pattern) const {
    double log_ratio = 0;
    for (size_t f = 0; f < by_field_.size(); ++f) {
      const uint8_t level = LevelAt(pattern, f);
      if (level == kNullLevel) continue;
      log_ratio += by_field_[f][level];
    }
    return log_ratio;
  }

 private:
  std::vector<std::vector<double>> by_field_;
};

// Posterior probability of a match given prior odds and log2 Bayes factor.
double Posterior(double prior_odds, double log_ratio) { return 1.0 / (1.0 + 1.0 / (prior_odds * std::exp2(log_ratio))); }

// EM over distinct patterns. Updates m of every field (u too when `update_u`) and model.lambda (the share of matches
// among the patterns). Returns the number of iterations; sets model.em_converged.
size_t RunEm(const PatternCounts& distinct, MatchModel& model, bool update_u, const MatchSettings& settings,
             const Progress& progress) {
  const size_t field_count = model.fields.size();
  double total = 0;
  for (const auto& [pattern, count] : distinct) total += static_cast<double>(count);
  model.em_converged = false;
  if (total == 0) return 0;
  std::vector<std::vector<double>> m_prior(field_count);
  for (size_t f = 0; f < field_count; ++f) m_prior[f] = model.fields[f].m;
  for (size_t iteration = 0; iteration < settings.em_max_iterations; ++iteration) {
    std::vector<std::vector<double>> m_sum(field_count);
    std::vector<std::vector<double>> u_sum(field_count);
    for (size_t f = 0; f < field_count; ++f) {
      m_sum[f].assign(model.fields[f].m.size(), 0.0);
      u_sum[f].assign(model.fields[f].u.size(), 0.0);
    }
    double matches = 0;
    const double prior = model.lambda / (1.0 - model.lambda);
    const LevelLogRatios log_ratios(model);
    for (const auto& [pattern, count] : distinct) {
      const double g = Posterior(prior, log_ratios.Of(pattern));
      const double n = static_cast<double>(count);
      matches += g * n;
      for (size_t f = 0; f < field_count; ++f) {
        const uint8_t level = LevelAt(pattern, f);
        m_sum[f][level] += g * n;
        u_sum[f][level] += (1.0 - g) * n;
      }
    }
    const double lambda = std::clamp(matches / total, kMinProbability, kMaxLambda);
    double change = std::abs(lambda - model.lambda);
    model.lambda = lambda;
    for (size_t f = 0; f < field_count; ++f) {
      FieldModel& field = model.fields[f];
      double present = 0;
      for (size_t l = 1; l < m_sum[f].size(); ++l) present += m_sum[f][l];
      if (present <= 0) continue;  // field masked or always missing: keep what it had
      for (size_t l = 1; l < m_sum[f].size(); ++l) m_sum[f][l] += kMPriorMatches * m_prior[f][l];
      NormalizeLevels(m_sum[f]);
      for (size_t l = 1; l < field.m.size(); ++l) change = std::max(change, std::abs(m_sum[f][l] - field.m[l]));
      field.m = m_sum[f];
      if (update_u) {
        NormalizeLevels(u_sum[f]);
        for (size_t l = 1; l < field.u.size(); ++l) change = std::max(change, std::abs(u_sum[f][l] - field.u[l]));
        field.u = u_sum[f];
      }
    }
    progress.Report("training", iteration + 1, settings.em_max_iterations);
    if (change < settings.em_tolerance) {
      model.em_converged = true;
      return iteration + 1;
    }
  }
  return settings.em_max_iterations;
}

void InitialM(MatchModel& model) {
  for (FieldModel& field : model.fields) {
    field.m.assign(field.u.size(), 0.0);
    double share = 1.0;
    for (size_t l = 1; l < field.m.size(); ++l, share *= kInitialAgreeShare) field.m[l] = share;
    NormalizeLevels(field.m);
  }
}

// EM's two classes are symmetric: makes "match" the class that agrees more often on the first level of the fields
// not in `mask` (the fields the rule does not block on).
void OrientClasses(MatchModel& model, ComparisonPattern mask) {
  double agreement = 0;
  for (size_t f = 0; f < model.fields.size(); ++f) {
    if ((mask >> (kBitsPerField * f) & kLevelMask) != 0) continue;
    agreement += model.fields[f].m[1] - model.fields[f].u[1];
  }
  if (agreement >= 0) return;
  for (FieldModel& field : model.fields) std::swap(field.m, field.u);
  model.lambda = 1.0 - model.lambda;
}

ComparisonPattern RuleMask(const MatchSettings& settings, const BlockingRule& rule) {
  ComparisonPattern mask = 0;
  for (const BlockingKeyPart& part : rule.keys) {
    for (size_t f = 0; f < settings.fields.size(); ++f) {
      if (settings.fields[f].name == part.field) mask |= kLevelMask << (kBitsPerField * f);
    }
  }
  return mask;
}

}  // namespace

MatchModel TrainByEm(const PreparedRecords& records, const std::vector<ComparisonPattern>& patterns,
                     MatchModel start, const Progress& progress) {
  const MatchSettings& settings = records.settings();
  MatchModel model = std::move(start);
  model.lambda = settings.initial_match_share;
  model.training_pairs = patterns.size();
  InitialM(model);
  const PatternCounts distinct = CountPatterns(patterns, 0, [](size_t) { return true; });
  model.em_iterations = RunEm(distinct, model, settings.em_estimates_u, settings, progress);
  return model;
}

MatchModel TrainByBlockingRules(const PreparedRecords& records, PairScope scope, const std::vector<RecordPair>& pairs,
                                const std::vector<ComparisonPattern>& patterns, MatchModel start,
                                const Progress& progress) {
  const MatchSettings& settings = records.settings();
  MatchModel model = std::move(start);
  model.training_pairs = patterns.size();
  InitialM(model);
  const size_t field_count = model.fields.size();
  std::vector<std::vector<double>> m_sum(field_count);
  std::vector<double> m_weight(field_count, 0.0);
  for (size_t f = 0; f < field_count; ++f) m_sum[f].assign(model.fields[f].m.size(), 0.0);
  const Blocker blocker(records);
  bool all_converged = true;
  for (size_t r = 0; r < settings.blocking.size(); ++r) {
    const std::vector<uint64_t> keys = blocker.Keys(r, 0, records.rows());
    const ComparisonPattern mask = RuleMask(settings, settings.blocking[r]);
    const PatternCounts distinct = CountPatterns(patterns, mask, [&](size_t i) {
      const uint64_t key = keys[pairs[i].a];
      return key != Blocker::kNoKey && key == keys[pairs[i].b];
    });
    if (distinct.empty()) continue;
    // Each rule starts from what the earlier rules found (their m, averaged so far, plus the starting m as
    // kMPriorMatches pseudo-matches so that a handful of pairs cannot pin a level at 0), not from scratch: with
    // millions of pairs a block of mostly coincidences (same birth date in one kecamatan) has other ways to split in
    // two (same sex or not) that EM would find from an uninformed start and take for the matches.
    MatchModel rule_model = model;
    rule_model.lambda = settings.initial_match_share;
    for (size_t f = 0; f < field_count; ++f) {
      if (m_weight[f] <= 0) continue;
      std::vector<double>& m = rule_model.fields[f].m;
      for (size_t l = 1; l < m.size(); ++l) m[l] = (m_sum[f][l] + kMPriorMatches * m[l]) / (m_weight[f] + kMPriorMatches);
      NormalizeLevels(m);
    }
    // Within a block, non-matches agree far more often than random pairs on fields tied to the rule's key (same
    // kecamatan -> same desa, same name -> same sex): u is re-estimated among the block's pairs so that this
    // agreement is not mistaken for matching. Only m is kept from the rule.
    model.em_iterations += RunEm(distinct, rule_model, true, settings, progress);
    OrientClasses(rule_model, mask);
    all_converged = all_converged && rule_model.em_converged;
    double rule_pairs = 0;
    for (const auto& [pattern, count] : distinct) rule_pairs += static_cast<double>(count);
    const double expected_matches = rule_model.lambda * rule_pairs;
    for (size_t f = 0; f < field_count; ++f) {
      if ((mask >> (kBitsPerField * f) & kLevelMask) != 0) continue;
      for (size_t l = 1; l < m_sum[f].size(); ++l) m_sum[f][l] += expected_matches * rule_model.fields[f].m[l];
      m_weight[f] += expected_matches;
    }
  }
  for (size_t f = 0; f < field_count; ++f) {
    if (m_weight[f] <= 0) continue;  // no rule could estimate this field: keep the starting m
    for (size_t l = 1; l < m_sum[f].size(); ++l) model.fields[f].m[l] = m_sum[f][l] / m_weight[f];
    NormalizeLevels(model.fields[f].m);
  }
  model.em_converged = all_converged;
  // Lambda among all pairs: the expected number of matches among candidates over the number of possible pairs.
  const uint64_t rows = records.rows();
  const uint64_t left = std::min<uint64_t>(scope.split, rows);
  const double possible = scope.IsLink() ? static_cast<double>(left) * static_cast<double>(rows - left)
                                         : static_cast<double>(rows) * (static_cast<double>(rows) - 1) / 2;
  const PatternCounts all = CountPatterns(patterns, 0, [](size_t) { return true; });
  if (possible <= 0 || all.empty()) return model;
  model.lambda = std::clamp(static_cast<double>(patterns.size()) / possible * settings.initial_match_share,
                            kMinProbability * kMinProbability, kMaxLambda);
  const LevelLogRatios log_ratios(model);
  for (size_t iteration = 0; iteration < settings.em_max_iterations; ++iteration) {
    const double prior = model.lambda / (1.0 - model.lambda);
    double matches = 0;
    for (const auto& [pattern, count] : all) matches += Posterior(prior, log_ratios.Of(pattern)) * count;
    const double lambda = std::clamp(matches / possible, kMinProbability * kMinProbability, kMaxLambda);
    const double change = std::abs(lambda - model.lambda) / model.lambda;
    model.lambda = lambda;
    if (change < settings.em_tolerance) break;
  }
  return model;
}

}  // namespace tepat::match

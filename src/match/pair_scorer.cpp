#include "match/pair_scorer.hpp"

#include <algorithm>
#include <cmath>

namespace tepat::match {
namespace {
constexpr const char* kNullLabel = "null";
constexpr const char* kElseLabel = "else";
}  // namespace

PairScorer::PairScorer(const PreparedRecords& records, const MatchModel& model)
    : records_(records), comparator_(records) {
  prior_weight_ = std::log2(model.lambda / (1.0 - model.lambda));
  const MatchSettings& settings = records.settings();
  for (size_t f = 0; f < settings.fields.size(); ++f) {
    const FieldModel& field = model.fields[f];
    std::vector<double> weights(field.m.size(), 0.0);
    for (size_t l = 1; l < weights.size(); ++l) weights[l] = std::log2(field.m[l] / field.u[l]);
    level_weight_.push_back(std::move(weights));
    u_exact_random_.push_back(field.u_exact_random);
    uint8_t tf_level = 0;
    const FieldSpec& spec = settings.fields[f];
    if (spec.tf_adjust && !spec.levels.empty() && spec.levels.front().kind == LevelKind::kExact) tf_level = 1;
    tf_level_.push_back(tf_level);
  }
}

double PairScorer::Probability(double weight) { return 1.0 / (1.0 + std::exp2(-weight)); }

double PairScorer::TfAdjustment(size_t field, uint32_t a) const {
  const FieldColumn& column = records_.field(field);
  const uint32_t value = column.value[a];
  if (column.present == 0 || u_exact_random_[field] <= 0) return 0;
  const double frequency = static_cast<double>(column.count[value]) / static_cast<double>(column.present);
  const double cap = records_.settings().tf_max_adjust_bits;
  return std::clamp(std::log2(u_exact_random_[field] / frequency), -cap, cap);
}

double PairScorer::Weight(ComparisonPattern pattern, uint32_t a, uint32_t b) const {
  double weight = prior_weight_;
  for (size_t f = 0; f < level_weight_.size(); ++f) {
    const uint8_t level = LevelAt(pattern, f);
    weight += level_weight_[f][level];
    if (level != kNullLevel && level == tf_level_[f]) weight += TfAdjustment(f, a);
  }
  return weight;
}

PairExplanation PairScorer::Explain(uint32_t a, uint32_t b) const {
  PairExplanation explanation;
  explanation.prior_weight = prior_weight_;
  explanation.weight = prior_weight_;
  const MatchSettings& settings = records_.settings();
  const ComparisonPattern pattern = comparator_.Pattern(a, b);
  for (size_t f = 0; f < level_weight_.size(); ++f) {
    FieldEvidence evidence;
    evidence.field = settings.fields[f].name;
    evidence.level = LevelAt(pattern, f);
    const auto& levels = settings.fields[f].levels;
    if (evidence.level == kNullLevel) {
      evidence.label = kNullLabel;
    } else if (evidence.level > levels.size()) {
      evidence.label = kElseLabel;
    } else {
      evidence.label = LevelLabel(levels[evidence.level - 1]);
    }
    evidence.weight = level_weight_[f][evidence.level];
    if (evidence.level != kNullLevel && evidence.level == tf_level_[f]) {
      evidence.tf_adjustment = TfAdjustment(f, a);
      evidence.weight += evidence.tf_adjustment;
    }
    explanation.weight += evidence.weight;
    explanation.fields.push_back(std::move(evidence));
  }
  explanation.probability = Probability(explanation.weight);
  return explanation;
}

}  // namespace tepat::match

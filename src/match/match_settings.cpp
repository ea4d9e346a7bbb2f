#include "match/match_settings.hpp"

#include <array>
#include <cmath>
#include <set>
#include <utility>

#include "fmt/format.h"

namespace tepat::match {
namespace {

constexpr std::array<std::pair<LevelKind, const char*>, 14> kLevelNames = {{
    {LevelKind::kExact, "exact"},
    {LevelKind::kJaroWinkler, "jaro_winkler"},
    {LevelKind::kPhonetic, "phonetic"},
    {LevelKind::kTokenSet, "token_set"},
    {LevelKind::kTokenSubset, "token_subset"},
    {LevelKind::kInitials, "initials"},
    {LevelKind::kLevenshtein, "levenshtein"},
    {LevelKind::kOneDigitOff, "one_digit_off"},
    {LevelKind::kTransposed, "transposed"},
    {LevelKind::kDayMonthSwapped, "day_month_swapped"},
    {LevelKind::kYearWithin, "year_within"},
    {LevelKind::kPrefix, "prefix"},
    {LevelKind::kNumericWithin, "numeric_within"},
    {LevelKind::kNickname, "nickname"},
}};

constexpr std::array<std::pair<NormalizeKind, const char*>, 5> kNormalizeNames = {{
    {NormalizeKind::kNone, "none"},
    {NormalizeKind::kText, "text"},
    {NormalizeKind::kIndonesianName, "indonesian_name"},
    {NormalizeKind::kDigits, "digits"},
    {NormalizeKind::kDate, "date"},
}};

constexpr std::array<std::pair<KeyTransform, const char*>, 6> kTransformNames = {{
    {KeyTransform::kValue, "value"},
    {KeyTransform::kPrefix, "prefix"},
    {KeyTransform::kPhonetic, "phonetic"},
    {KeyTransform::kFirstToken, "first_token"},
    {KeyTransform::kLastToken, "last_token"},
    {KeyTransform::kDayMonthUnordered, "day_month_unordered"},
}};

template <typename Enum, size_t N>
const char* NameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "?";
}

template <typename Enum, size_t N>
std::optional<Enum> FromName(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view name) {
  for (const auto& [v, n] : table) {
    if (name == n) return v;
  }
  return std::nullopt;
}

constexpr double kMaxWholeThreshold = 100.0;  // prefixes, edit distances and years beyond this make no sense

bool IsWholeInRange(double value, double low, double high) {
  return value >= low && value <= high && std::floor(value) == value;
}

domain::Status CheckLevel(const LevelSpec& level, const std::string& key) {
  const std::string threshold_key = key + ".threshold";
  switch (level.kind) {
    case LevelKind::kJaroWinkler:
    case LevelKind::kTokenSet:
      if (!(level.threshold > 0.0 && level.threshold <= 1.0)) {
        return domain::InvalidArgument(threshold_key + " must be a number in (0, 1]");
      }
      break;
    case LevelKind::kLevenshtein:
    case LevelKind::kPrefix:
    case LevelKind::kYearWithin:
      if (!IsWholeInRange(level.threshold, 1.0, kMaxWholeThreshold)) {
        return domain::InvalidArgument(threshold_key + " must be a whole number from 1 to 100");
      }
      break;
    case LevelKind::kOneDigitOff:
      if (!IsWholeInRange(level.threshold, 0.0, kMaxWholeThreshold)) {
        return domain::InvalidArgument(threshold_key + " must be a whole number from 0 (anywhere) to 100");
      }
      break;
    case LevelKind::kNumericWithin:
      if (!(level.threshold >= 0.0) || !std::isfinite(level.threshold)) {
        return domain::InvalidArgument(threshold_key + " must be a number >= 0");
      }
      break;
    default:
      break;
  }
  return domain::Status::Ok();
}

bool IsProbability(double p) { return p > 0.0 && p < 1.0; }

domain::Status CheckField(const FieldSpec& field, size_t index, std::set<std::string>& names) {
  const std::string key = fmt::format("fields[{}]", index);
  if (field.name.empty()) return domain::InvalidArgument(key + ".name must be set");
  if (!names.insert(field.name).second) {
    return domain::InvalidArgument(fmt::format("{}.name \"{}\" is used twice; give each field its own name", key,
                                               field.name));
  }
  if (field.column.empty()) return domain::InvalidArgument(key + ".column must name an input column");
  if (field.levels.empty()) return domain::InvalidArgument(key + ".levels must list at least one level");
  if (field.levels.size() > kMaxLevelsPerField) {
    return domain::InvalidArgument(fmt::format("{}.levels has {} levels; at most {} are allowed", key,
                                               field.levels.size(), kMaxLevelsPerField));
  }
  for (size_t l = 0; l < field.levels.size(); ++l) {
    if (auto status = CheckLevel(field.levels[l], fmt::format("{}.levels[{}]", key, l)); !status.ok()) return status;
  }
  return domain::Status::Ok();
}

domain::Status CheckRule(const BlockingRule& rule, size_t index, const std::set<std::string>& fields) {
  const std::string key = fmt::format("blocking[{}]", index);
  if (rule.keys.empty()) return domain::InvalidArgument(key + ".keys must list at least one field");
  for (size_t k = 0; k < rule.keys.size(); ++k) {
    const BlockingKeyPart& part = rule.keys[k];
    const std::string part_key = fmt::format("{}.keys[{}]", key, k);
    if (!fields.contains(part.field)) {
      return domain::InvalidArgument(
          fmt::format("{}.field \"{}\" is not one of the fields; name a field listed under \"fields\"", part_key,
                      part.field));
    }
    if (part.transform == KeyTransform::kPrefix && (part.length == 0 || part.length > kMaxWholeThreshold)) {
      return domain::InvalidArgument(part_key + ".length must be a whole number from 1 to 100 for \"prefix\"");
    }
  }
  return domain::Status::Ok();
}

}  // namespace

const char* LevelKindName(LevelKind kind) { return NameOf(kLevelNames, kind); }
std::optional<LevelKind> LevelKindFromName(std::string_view name) { return FromName(kLevelNames, name); }
const char* NormalizeKindName(NormalizeKind kind) { return NameOf(kNormalizeNames, kind); }
std::optional<NormalizeKind> NormalizeKindFromName(std::string_view name) { return FromName(kNormalizeNames, name); }
const char* KeyTransformName(KeyTransform transform) { return NameOf(kTransformNames, transform); }
std::optional<KeyTransform> KeyTransformFromName(std::string_view name) { return FromName(kTransformNames, name); }

std::string LevelLabel(const LevelSpec& level) {
  switch (level.kind) {
    case LevelKind::kJaroWinkler:
    case LevelKind::kTokenSet:
      return fmt::format("{}>={}", LevelKindName(level.kind), level.threshold);
    case LevelKind::kLevenshtein:
    case LevelKind::kYearWithin:
    case LevelKind::kNumericWithin:
      return fmt::format("{}<={}", LevelKindName(level.kind), level.threshold);
    case LevelKind::kPrefix:
      return fmt::format("prefix:{}", level.threshold);
    case LevelKind::kOneDigitOff:
      return level.threshold > 0 ? fmt::format("one_digit_off:{}", level.threshold) : "one_digit_off";
    default:
      return LevelKindName(level.kind);
  }
}

domain::Status ValidateSettings(const MatchSettings& settings) {
  if (settings.id_column.empty()) return domain::InvalidArgument("id_column must name the column that identifies a row");
  if (settings.fields.empty()) return domain::InvalidArgument("fields must list at least one field to compare");
  if (settings.fields.size() > kMaxFields) {
    return domain::InvalidArgument(
        fmt::format("fields has {} entries; at most {} can be compared", settings.fields.size(), kMaxFields));
  }
  std::set<std::string> names;
  for (size_t f = 0; f < settings.fields.size(); ++f) {
    if (auto status = CheckField(settings.fields[f], f, names); !status.ok()) return status;
  }
  if (settings.blocking.empty()) {
    return domain::InvalidArgument("blocking must list at least one rule; comparing every pair does not scale");
  }
  for (size_t r = 0; r < settings.blocking.size(); ++r) {
    if (auto status = CheckRule(settings.blocking[r], r, names); !status.ok()) return status;
  }
  if (!IsProbability(settings.match_probability)) {
    return domain::InvalidArgument("thresholds.match_probability must be a number in (0, 1)");
  }
  if (!(settings.cluster_guard_probability >= 0.0 && settings.cluster_guard_probability < 1.0)) {
    return domain::InvalidArgument("thresholds.cluster_guard_probability must be a number in [0, 1)");
  }
  if (settings.max_cluster_size < 2) return domain::InvalidArgument("limits.max_cluster_size must be at least 2");
  if (settings.max_pairs_per_rule == 0) return domain::InvalidArgument("limits.max_pairs_per_rule must be positive");
  if (settings.u_sample_pairs == 0) return domain::InvalidArgument("training.u_sample_pairs must be positive");
  if (settings.em_max_iterations == 0) return domain::InvalidArgument("training.em_max_iterations must be positive");
  if (!(settings.em_tolerance > 0.0)) return domain::InvalidArgument("training.em_tolerance must be positive");
  if (!IsProbability(settings.initial_match_share)) {
    return domain::InvalidArgument("training.initial_match_share must be a number in (0, 1)");
  }
  if (!(settings.tf_max_adjust_bits >= 0.0)) {
    return domain::InvalidArgument("training.tf_max_adjust_bits must be a number >= 0");
  }
  return domain::Status::Ok();
}

}  // namespace tepat::match

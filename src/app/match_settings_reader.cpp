#include "app/match_settings_reader.hpp"

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <vector>

#include "app/json_settings.hpp"
#include "fmt/format.h"

namespace tepat::app {
namespace {

using domain::InvalidArgument;
using domain::Status;
using match::MatchSettings;
namespace json = boost::json;


Status ReadLevel(const json::value& value, const std::string& path, match::LevelSpec& level) {
  std::string kind_name;
  if (value.is_string()) {
    kind_name = std::string(value.get_string());
  } else {
    const ObjectReader reader(value, path, {"kind", "threshold"});
    TEPAT_RETURN_IF_ERROR(reader.Check());
    TEPAT_RETURN_IF_ERROR(reader.String("kind", kind_name, true));
    TEPAT_RETURN_IF_ERROR(reader.Number("threshold", level.threshold));
  }
  const auto kind = match::LevelKindFromName(kind_name);
  if (!kind) {
    return InvalidArgument(fmt::format(
        "{}.kind \"{}\" is not a comparison level; use one of exact, jaro_winkler, phonetic, token_set, token_subset, "
        "initials, nickname, levenshtein, one_digit_off, transposed, day_month_swapped, year_within, prefix, "
        "numeric_within",
        path, kind_name));
  }
  level.kind = *kind;
  return Status::Ok();
}

Status ReadField(const json::value& value, const std::string& path, match::FieldSpec& field) {
  const ObjectReader reader(value, path, {"name", "column", "normalize", "levels", "tf_adjust", "description"});
  TEPAT_RETURN_IF_ERROR(reader.Check());
  TEPAT_RETURN_IF_ERROR(reader.String("name", field.name, true));
  field.column = field.name;
  TEPAT_RETURN_IF_ERROR(reader.String("column", field.column, false));
  std::string normalize = match::NormalizeKindName(field.normalize);
  TEPAT_RETURN_IF_ERROR(reader.String("normalize", normalize, false));
  const auto kind = match::NormalizeKindFromName(normalize);
  if (!kind) {
    return InvalidArgument(fmt::format(
        "{}.normalize \"{}\" is unknown; use one of none, text, indonesian_name, digits, date", path, normalize));
  }
  field.normalize = *kind;
  TEPAT_RETURN_IF_ERROR(reader.Bool("tf_adjust", field.tf_adjust));
  const json::value* levels = reader.Find("levels");
  if (levels == nullptr || !levels->is_array()) return InvalidArgument(path + ".levels is required (an array)");
  for (size_t l = 0; l < levels->get_array().size(); ++l) {
    match::LevelSpec level;
    TEPAT_RETURN_IF_ERROR(ReadLevel(levels->get_array()[l], fmt::format("{}.levels[{}]", path, l), level));
    field.levels.push_back(level);
  }
  return Status::Ok();
}

Status ReadKeyPart(const json::value& value, const std::string& path, match::BlockingKeyPart& part) {
  if (value.is_string()) {
    part.field = std::string(value.get_string());
    return Status::Ok();
  }
  const ObjectReader reader(value, path, {"field", "transform", "length"});
  TEPAT_RETURN_IF_ERROR(reader.Check());
  TEPAT_RETURN_IF_ERROR(reader.String("field", part.field, true));
  std::string transform = match::KeyTransformName(part.transform);
  TEPAT_RETURN_IF_ERROR(reader.String("transform", transform, false));
  const auto kind = match::KeyTransformFromName(transform);
  if (!kind) {
    return InvalidArgument(fmt::format(
        "{}.transform \"{}\" is unknown; use one of value, prefix, phonetic, first_token, last_token, "
        "day_month_unordered",
        path, transform));
  }
  part.transform = *kind;
  return reader.Whole("length", part.length);
}

Status ReadRule(const json::value& value, const std::string& path, match::BlockingRule& rule) {
  const ObjectReader reader(value, path, {"name", "keys", "description"});
  TEPAT_RETURN_IF_ERROR(reader.Check());
  TEPAT_RETURN_IF_ERROR(reader.String("name", rule.name, false));
  const json::value* keys = reader.Find("keys");
  if (keys == nullptr || !keys->is_array()) return InvalidArgument(path + ".keys is required (an array of fields)");
  for (size_t k = 0; k < keys->get_array().size(); ++k) {
    match::BlockingKeyPart part;
    TEPAT_RETURN_IF_ERROR(ReadKeyPart(keys->get_array()[k], fmt::format("{}.keys[{}]", path, k), part));
    rule.keys.push_back(part);
  }
  return Status::Ok();
}

Status ReadSections(const ObjectReader& root, MatchSettings& settings) {
  if (const json::value* v = root.Find("thresholds")) {
    const ObjectReader reader(*v, "thresholds", {"match_probability", "cluster_guard_probability"});
    TEPAT_RETURN_IF_ERROR(reader.Check());
    TEPAT_RETURN_IF_ERROR(reader.Number("match_probability", settings.match_probability));
    TEPAT_RETURN_IF_ERROR(reader.Number("cluster_guard_probability", settings.cluster_guard_probability));
  }
  if (const json::value* v = root.Find("limits")) {
    const ObjectReader reader(*v, "limits", {"max_pairs_per_rule", "max_cluster_size"});
    TEPAT_RETURN_IF_ERROR(reader.Check());
    TEPAT_RETURN_IF_ERROR(reader.Whole("max_pairs_per_rule", settings.max_pairs_per_rule));
    TEPAT_RETURN_IF_ERROR(reader.Whole("max_cluster_size", settings.max_cluster_size));
  }
  if (const json::value* v = root.Find("training")) {
    const ObjectReader reader(*v, "training",
                              {"u_sample_pairs", "em_max_iterations", "em_tolerance", "em_estimates_u",
                               "initial_match_share", "tf_max_adjust_bits", "seed"});
    TEPAT_RETURN_IF_ERROR(reader.Check());
    TEPAT_RETURN_IF_ERROR(reader.Whole("u_sample_pairs", settings.u_sample_pairs));
    TEPAT_RETURN_IF_ERROR(reader.Whole("em_max_iterations", settings.em_max_iterations));
    TEPAT_RETURN_IF_ERROR(reader.Number("em_tolerance", settings.em_tolerance));
    TEPAT_RETURN_IF_ERROR(reader.Bool("em_estimates_u", settings.em_estimates_u));
    TEPAT_RETURN_IF_ERROR(reader.Number("initial_match_share", settings.initial_match_share));
    TEPAT_RETURN_IF_ERROR(reader.Number("tf_max_adjust_bits", settings.tf_max_adjust_bits));
    TEPAT_RETURN_IF_ERROR(reader.Whole("seed", settings.seed));
  }
  return Status::Ok();
}

}  // namespace

domain::Result<MatchSettings> ParseMatchSettings(std::string_view json) {
  auto parsed = ParseSettingsJson(json);
  if (!parsed.ok()) return parsed.status();
  MatchSettings settings;
  const ObjectReader root(*parsed, "",
                          {"description", "id_column", "fields", "blocking", "thresholds", "limits", "training"});
  TEPAT_RETURN_IF_ERROR(root.Check());
  TEPAT_RETURN_IF_ERROR(root.String("id_column", settings.id_column, true));
  const json::value* fields = root.Find("fields");
  if (fields == nullptr || !fields->is_array()) return InvalidArgument("fields is required (an array of fields)");
  for (size_t f = 0; f < fields->get_array().size(); ++f) {
    match::FieldSpec field;
    TEPAT_RETURN_IF_ERROR(ReadField(fields->get_array()[f], fmt::format("fields[{}]", f), field));
    settings.fields.push_back(std::move(field));
  }
  const json::value* blocking = root.Find("blocking");
  if (blocking == nullptr || !blocking->is_array()) return InvalidArgument("blocking is required (an array of rules)");
  for (size_t r = 0; r < blocking->get_array().size(); ++r) {
    match::BlockingRule rule;
    TEPAT_RETURN_IF_ERROR(ReadRule(blocking->get_array()[r], fmt::format("blocking[{}]", r), rule));
    if (rule.name.empty()) rule.name = fmt::format("rule {}", r);
    settings.blocking.push_back(std::move(rule));
  }
  TEPAT_RETURN_IF_ERROR(ReadSections(root, settings));
  TEPAT_RETURN_IF_ERROR(match::ValidateSettings(settings));
  return settings;
}

domain::Result<std::string> ReadMatchSettingsText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::NotFound("cannot read settings file " + path + "; check the path");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

domain::Result<MatchSettings> ReadMatchSettingsFile(const std::string& path) {
  auto text = ReadMatchSettingsText(path);
  if (!text.ok()) return text.status();
  auto settings = ParseMatchSettings(*text);
  if (!settings.ok()) return InvalidArgument(path + ": " + settings.status().message());
  return settings;
}

}  // namespace tepat::app

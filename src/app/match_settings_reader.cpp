#include "app/match_settings_reader.hpp"

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <vector>

#include "app/json_value.hpp"
#include "fmt/format.h"

namespace tepat::app {
namespace {

using domain::InvalidArgument;
using domain::Status;
using match::MatchSettings;

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53

std::string Join(const std::vector<std::string_view>& names) {
  std::string out;
  for (const std::string_view name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

// Reads the members of one JSON object, remembering which keys were used so that the rest are refused.
class ObjectReader {
 public:
  ObjectReader(const JsonValue& value, std::string path, std::initializer_list<std::string_view> allowed)
      : value_(value), path_(std::move(path)), allowed_(allowed) {}

  Status Check() const {
    if (!value_.IsObject()) return InvalidArgument(Name() + " must be an object, not " + value_.KindName());
    for (const auto& [key, unused] : value_.AsObject()) {
      bool known = false;
      for (const std::string_view allowed : allowed_) known = known || key == allowed;
      if (!known) {
        return InvalidArgument(fmt::format("unknown key \"{}\" in settings; allowed keys here are: {}", Key(key),
                                           Join(allowed_)));
      }
    }
    return Status::Ok();
  }

  const JsonValue* Find(std::string_view key) const {
    for (const auto& [name, value] : value_.AsObject()) {
      if (name == key) return &value;
    }
    return nullptr;
  }

  std::string Key(std::string_view key) const { return path_.empty() ? std::string(key) : path_ + "." + std::string(key); }

  Status String(std::string_view key, std::string& out, bool required) const {
    const JsonValue* v = Find(key);
    if (v == nullptr) return required ? InvalidArgument(Key(key) + " is required (a string)") : Status::Ok();
    if (!v->IsString()) return InvalidArgument(fmt::format("{} must be a string, not {}", Key(key), v->KindName()));
    out = v->AsString();
    return Status::Ok();
  }

  Status Number(std::string_view key, double& out) const {
    const JsonValue* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsNumber()) return InvalidArgument(fmt::format("{} must be a number, not {}", Key(key), v->KindName()));
    out = v->AsNumber();
    return Status::Ok();
  }

  template <typename Integer>
  Status Whole(std::string_view key, Integer& out) const {
    const JsonValue* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsNumber() || v->AsNumber() < 0 || std::floor(v->AsNumber()) != v->AsNumber() ||
        v->AsNumber() > kMaxExactInteger) {
      return InvalidArgument(Key(key) + " must be a whole number >= 0");
    }
    out = static_cast<Integer>(v->AsNumber());
    return Status::Ok();
  }

  Status Bool(std::string_view key, bool& out) const {
    const JsonValue* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->IsBool()) return InvalidArgument(Key(key) + " must be true or false");
    out = v->AsBool();
    return Status::Ok();
  }

  const std::string& path() const { return path_; }

 private:
  std::string Name() const { return path_.empty() ? "the settings file" : path_; }

  const JsonValue& value_;
  std::string path_;
  std::vector<std::string_view> allowed_;  // copied: an initializer_list's array dies with the full expression
};

#define TEPAT_RETURN_IF_ERROR(expr)        \
  do {                                     \
    if (Status _s = (expr); !_s.ok()) return _s; \
  } while (false)

Status ReadLevel(const JsonValue& value, const std::string& path, match::LevelSpec& level) {
  std::string kind_name;
  if (value.IsString()) {
    kind_name = value.AsString();
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
        "initials, levenshtein, one_digit_off, transposed, day_month_swapped, year_within, prefix, numeric_within",
        path, kind_name));
  }
  level.kind = *kind;
  return Status::Ok();
}

Status ReadField(const JsonValue& value, const std::string& path, match::FieldSpec& field) {
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
  const JsonValue* levels = reader.Find("levels");
  if (levels == nullptr || !levels->IsArray()) return InvalidArgument(path + ".levels is required (an array)");
  for (size_t l = 0; l < levels->AsArray().size(); ++l) {
    match::LevelSpec level;
    TEPAT_RETURN_IF_ERROR(ReadLevel(levels->AsArray()[l], fmt::format("{}.levels[{}]", path, l), level));
    field.levels.push_back(level);
  }
  return Status::Ok();
}

Status ReadKeyPart(const JsonValue& value, const std::string& path, match::BlockingKeyPart& part) {
  if (value.IsString()) {
    part.field = value.AsString();
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
        "{}.transform \"{}\" is unknown; use one of value, prefix, phonetic, first_token, last_token", path, transform));
  }
  part.transform = *kind;
  return reader.Whole("length", part.length);
}

Status ReadRule(const JsonValue& value, const std::string& path, match::BlockingRule& rule) {
  const ObjectReader reader(value, path, {"name", "keys", "description"});
  TEPAT_RETURN_IF_ERROR(reader.Check());
  TEPAT_RETURN_IF_ERROR(reader.String("name", rule.name, false));
  const JsonValue* keys = reader.Find("keys");
  if (keys == nullptr || !keys->IsArray()) return InvalidArgument(path + ".keys is required (an array of fields)");
  for (size_t k = 0; k < keys->AsArray().size(); ++k) {
    match::BlockingKeyPart part;
    TEPAT_RETURN_IF_ERROR(ReadKeyPart(keys->AsArray()[k], fmt::format("{}.keys[{}]", path, k), part));
    rule.keys.push_back(part);
  }
  return Status::Ok();
}

Status ReadSections(const ObjectReader& root, MatchSettings& settings) {
  if (const JsonValue* v = root.Find("thresholds")) {
    const ObjectReader reader(*v, "thresholds", {"match_probability", "cluster_guard_probability"});
    TEPAT_RETURN_IF_ERROR(reader.Check());
    TEPAT_RETURN_IF_ERROR(reader.Number("match_probability", settings.match_probability));
    TEPAT_RETURN_IF_ERROR(reader.Number("cluster_guard_probability", settings.cluster_guard_probability));
  }
  if (const JsonValue* v = root.Find("limits")) {
    const ObjectReader reader(*v, "limits", {"max_pairs_per_rule", "max_cluster_size"});
    TEPAT_RETURN_IF_ERROR(reader.Check());
    TEPAT_RETURN_IF_ERROR(reader.Whole("max_pairs_per_rule", settings.max_pairs_per_rule));
    TEPAT_RETURN_IF_ERROR(reader.Whole("max_cluster_size", settings.max_cluster_size));
  }
  if (const JsonValue* v = root.Find("training")) {
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
  auto parsed = ParseJson(json);
  if (!parsed.ok()) return parsed.status();
  MatchSettings settings;
  const ObjectReader root(*parsed, "",
                          {"description", "id_column", "fields", "blocking", "thresholds", "limits", "training"});
  TEPAT_RETURN_IF_ERROR(root.Check());
  TEPAT_RETURN_IF_ERROR(root.String("id_column", settings.id_column, true));
  const JsonValue* fields = root.Find("fields");
  if (fields == nullptr || !fields->IsArray()) return InvalidArgument("fields is required (an array of fields)");
  for (size_t f = 0; f < fields->AsArray().size(); ++f) {
    match::FieldSpec field;
    TEPAT_RETURN_IF_ERROR(ReadField(fields->AsArray()[f], fmt::format("fields[{}]", f), field));
    settings.fields.push_back(std::move(field));
  }
  const JsonValue* blocking = root.Find("blocking");
  if (blocking == nullptr || !blocking->IsArray()) return InvalidArgument("blocking is required (an array of rules)");
  for (size_t r = 0; r < blocking->AsArray().size(); ++r) {
    match::BlockingRule rule;
    TEPAT_RETURN_IF_ERROR(ReadRule(blocking->AsArray()[r], fmt::format("blocking[{}]", r), rule));
    if (rule.name.empty()) rule.name = fmt::format("rule {}", r);
    settings.blocking.push_back(std::move(rule));
  }
  TEPAT_RETURN_IF_ERROR(ReadSections(root, settings));
  TEPAT_RETURN_IF_ERROR(match::ValidateSettings(settings));
  return settings;
}

domain::Result<MatchSettings> ReadMatchSettingsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::NotFound("cannot read settings file " + path + "; check the path");
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto settings = ParseMatchSettings(buffer.str());
  if (!settings.ok()) return InvalidArgument(path + ": " + settings.status().message());
  return settings;
}

}  // namespace tepat::app

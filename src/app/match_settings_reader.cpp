#include "app/match_settings_reader.hpp"

#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>  // basic_parser with our own handler (documented header; not src.hpp)

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <vector>

#include "fmt/format.h"

namespace tepat::app {
namespace {

using domain::InvalidArgument;
using domain::Status;
using match::MatchSettings;
namespace json = boost::json;

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53

// "settings JSON line L, column C: what" for the byte `offset` of `text`.
Status JsonError(std::string_view text, size_t offset, std::string_view what) {
  size_t line = 1;
  size_t column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return InvalidArgument(fmt::format("settings JSON line {}, column {}: {}", line, column, what));
}

// A Boost.JSON parser handler that builds nothing and stops at the first object key seen twice in one object
// (boost::json::parse keeps the last one silently).
class DuplicateKeyFinder {
 public:
  static constexpr std::size_t max_object_size = json::object::max_size();
  static constexpr std::size_t max_array_size = json::array::max_size();
  static constexpr std::size_t max_key_size = json::string::max_size();
  static constexpr std::size_t max_string_size = json::string::max_size();

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) {
    keys_.emplace_back();
    return true;
  }
  bool on_object_end(std::size_t, json::error_code&) {
    keys_.pop_back();
    return true;
  }
  bool on_array_begin(json::error_code&) { return true; }
  bool on_array_end(std::size_t, json::error_code&) { return true; }
  bool on_key_part(json::string_view part, std::size_t, json::error_code&) {
    pending_.append(part.data(), part.size());
    return true;
  }
  bool on_key(json::string_view part, std::size_t, json::error_code& ec) {
    pending_.append(part.data(), part.size());
    std::vector<std::string>& seen = keys_.back();
    for (const std::string& key : seen) {
      if (key == pending_) {
        duplicate_ = pending_;
        ec = json::error::syntax;
        return false;
      }
    }
    seen.push_back(std::move(pending_));
    pending_.clear();
    return true;
  }
  bool on_string_part(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_string(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t, json::string_view, json::error_code&) { return true; }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code&) { return true; }
  bool on_double(double, json::string_view, json::error_code&) { return true; }
  bool on_bool(bool, json::error_code&) { return true; }
  bool on_null(json::error_code&) { return true; }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }

  /// The key seen twice; empty while none was.
  const std::string& duplicate() const { return duplicate_; }

 private:
  std::vector<std::vector<std::string>> keys_;  // keys of every open object, innermost last
  std::string pending_;
  std::string duplicate_;
};

// Parses a strict JSON document (no comments, no trailing commas), refusing an object with the same key twice.
domain::Result<json::value> ParseSettingsJson(std::string_view text) {
  json::parser parser;
  json::error_code ec;
  const size_t used = parser.write(text.data(), text.size(), ec);
  if (ec) {
    return JsonError(text, used,
                     ec.message() + "; the file is not valid JSON (check quotes, commas, colons and brackets there)");
  }
  json::value value = parser.release();
  json::basic_parser<DuplicateKeyFinder> finder(json::parse_options{});
  const size_t checked = finder.write_some(false, text.data(), text.size(), ec);
  if (!finder.handler().duplicate().empty()) {
    return JsonError(text, checked, fmt::format("key \"{}\" appears twice in one object", finder.handler().duplicate()));
  }
  return value;
}

// "null", "boolean", "number", "string", "array" or "object": how messages name a JSON value's kind.
const char* KindName(const json::value& value) {
  if (value.is_null()) return "null";
  if (value.is_bool()) return "boolean";
  if (value.is_number()) return "number";
  if (value.is_string()) return "string";
  if (value.is_array()) return "array";
  return "object";
}

// The value of a number (any of Boost.JSON's int64, uint64 or double) as a double, like the file's text reads.
double NumberOf(const json::value& value) {
  if (value.is_int64()) return static_cast<double>(value.get_int64());
  if (value.is_uint64()) return static_cast<double>(value.get_uint64());
  return value.get_double();
}

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
  ObjectReader(const json::value& value, std::string path, std::initializer_list<std::string_view> allowed)
      : value_(value), path_(std::move(path)), allowed_(allowed) {}

  Status Check() const {
    if (!value_.is_object()) return InvalidArgument(Name() + " must be an object, not " + KindName(value_));
    for (const auto& member : value_.get_object()) {
      const std::string_view key = member.key();
      bool known = false;
      for (const std::string_view allowed : allowed_) known = known || key == allowed;
      if (!known) {
        return InvalidArgument(fmt::format("unknown key \"{}\" in settings; allowed keys here are: {}", Key(key),
                                           Join(allowed_)));
      }
    }
    return Status::Ok();
  }

  const json::value* Find(std::string_view key) const {
    return value_.get_object().if_contains(key);
  }

  std::string Key(std::string_view key) const { return path_.empty() ? std::string(key) : path_ + "." + std::string(key); }

  Status String(std::string_view key, std::string& out, bool required) const {
    const json::value* v = Find(key);
    if (v == nullptr) return required ? InvalidArgument(Key(key) + " is required (a string)") : Status::Ok();
    if (!v->is_string()) return InvalidArgument(fmt::format("{} must be a string, not {}", Key(key), KindName(*v)));
    out = std::string(v->get_string());
    return Status::Ok();
  }

  Status Number(std::string_view key, double& out) const {
    const json::value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->is_number()) return InvalidArgument(fmt::format("{} must be a number, not {}", Key(key), KindName(*v)));
    out = NumberOf(*v);
    return Status::Ok();
  }

  template <typename Integer>
  Status Whole(std::string_view key, Integer& out) const {
    const json::value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->is_number() || NumberOf(*v) < 0 || std::floor(NumberOf(*v)) != NumberOf(*v) ||
        NumberOf(*v) > kMaxExactInteger) {
      return InvalidArgument(Key(key) + " must be a whole number >= 0");
    }
    out = static_cast<Integer>(NumberOf(*v));
    return Status::Ok();
  }

  Status Bool(std::string_view key, bool& out) const {
    const json::value* v = Find(key);
    if (v == nullptr) return Status::Ok();
    if (!v->is_bool()) return InvalidArgument(Key(key) + " must be true or false");
    out = v->get_bool();
    return Status::Ok();
  }

  const std::string& path() const { return path_; }

 private:
  std::string Name() const { return path_.empty() ? "the settings file" : path_; }

  const json::value& value_;
  std::string path_;
  std::vector<std::string_view> allowed_;  // copied: an initializer_list's array dies with the full expression
};

#define TEPAT_RETURN_IF_ERROR(expr)        \
  do {                                     \
    if (Status _s = (expr); !_s.ok()) return _s; \
  } while (false)

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

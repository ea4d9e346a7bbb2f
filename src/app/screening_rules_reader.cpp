#include "app/screening_rules_reader.hpp"

#include <fstream>
#include <sstream>

#include "app/json_settings.hpp"
#include "fmt/format.h"

namespace tepat::app {
namespace {

using domain::InvalidArgument;
using domain::Status;
namespace json = boost::json;

std::string ReasonList() {
  std::string out;
  for (const match::ScreeningReason reason : match::AllScreeningReasons()) {
    if (!out.empty()) out += ", ";
    out += match::ScreeningReasonCode(reason);
  }
  return out;
}

Status ReadVerdicts(const json::value& value, const std::string& path, match::ScreeningRules& rules) {
  if (!value.is_object()) return InvalidArgument(fmt::format("{} must be an object, not {}", path, KindName(value)));
  for (const auto& member : value.get_object()) {
    const std::string key = fmt::format("{}.{}", path, std::string_view(member.key()));
    const auto reason = match::ParseScreeningReason(member.key());
    if (!reason) return InvalidArgument(fmt::format("{} is not a screening reason; use one of {}", key, ReasonList()));
    const auto verdict =
        member.value().is_string() ? match::ParseVerdict(member.value().get_string()) : std::nullopt;
    if (!verdict) return InvalidArgument(key + " must be \"LOLOS\", \"PERLU_VERIFIKASI\" or \"DITOLAK\"");
    rules.SetVerdict(*reason, *verdict);
  }
  return Status::Ok();
}

Status ReadRules(const json::value& value, const std::string& path, match::ScreeningRules& rules) {
  const ObjectReader reader(value, path,
                            {"description", "verdicts", "household_rule", "decile_cap", "excluded_programs",
                             "name_similarity", "candidate_probability", "max_candidates"});
  TEPAT_RETURN_IF_ERROR(reader.Check());
  if (const json::value* v = reader.Find("verdicts")) TEPAT_RETURN_IF_ERROR(ReadVerdicts(*v, reader.Key("verdicts"), rules));
  TEPAT_RETURN_IF_ERROR(reader.Bool("household_rule", rules.household_rule));
  if (const json::value* v = reader.Find("decile_cap")) {
    if (v->is_null()) {
      rules.decile_cap.reset();
    } else {
      size_t cap = 0;
      TEPAT_RETURN_IF_ERROR(reader.Whole("decile_cap", cap));
      rules.decile_cap = static_cast<int>(cap);
    }
  }
  if (const json::value* v = reader.Find("excluded_programs")) {
    if (!v->is_array()) return InvalidArgument(reader.Key("excluded_programs") + " must be an array of program codes");
    rules.excluded_programs.clear();
    for (size_t i = 0; i < v->get_array().size(); ++i) {
      const json::value& code = v->get_array()[i];
      if (!code.is_string()) {
        return InvalidArgument(fmt::format("{}[{}] must be a string (a program code)", reader.Key("excluded_programs"), i));
      }
      rules.excluded_programs.emplace_back(code.get_string());
    }
  }
  TEPAT_RETURN_IF_ERROR(reader.Number("name_similarity", rules.name_similarity));
  TEPAT_RETURN_IF_ERROR(reader.Number("candidate_probability", rules.candidate_probability));
  TEPAT_RETURN_IF_ERROR(reader.Whole("max_candidates", rules.max_candidates));
  if (Status valid = match::ValidateScreeningRules(rules); !valid.ok()) {
    return InvalidArgument(path.empty() ? valid.message() : path + "." + valid.message());
  }
  return Status::Ok();
}

}  // namespace

domain::Result<service::ScreeningRulesBook> ParseScreeningRules(std::string_view text) {
  auto parsed = ParseSettingsJson(text);
  if (!parsed.ok()) return parsed.status();
  const ObjectReader root(*parsed, "", {"description", "defaults", "programs"});
  TEPAT_RETURN_IF_ERROR(root.Check());
  service::ScreeningRulesBook book;
  if (const json::value* v = root.Find("defaults")) TEPAT_RETURN_IF_ERROR(ReadRules(*v, "defaults", book.defaults));
  if (const json::value* v = root.Find("programs")) {
    if (!v->is_object()) return InvalidArgument(fmt::format("programs must be an object, not {}", KindName(*v)));
    for (const auto& member : v->get_object()) {
      match::ScreeningRules rules = book.defaults;
      const std::string code(member.key());
      TEPAT_RETURN_IF_ERROR(ReadRules(member.value(), "programs." + code, rules));
      book.programs.emplace(code, std::move(rules));
    }
  }
  return book;
}

domain::Result<service::ScreeningRulesBook> ReadScreeningRulesFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::NotFound("cannot read screening settings file " + path + "; check the path");
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto book = ParseScreeningRules(buffer.str());
  if (!book.ok()) return InvalidArgument(path + ": " + book.status().message());
  return book;
}

}  // namespace tepat::app

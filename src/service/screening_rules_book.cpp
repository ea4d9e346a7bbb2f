#include "service/screening_rules_book.hpp"

#include "fmt/format.h"

namespace tepat::service {

std::string JsonQuoted(std::string_view text) {
  constexpr unsigned char kFirstPrintable = 0x20;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < kFirstPrintable) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

const match::ScreeningRules& ScreeningRulesBook::For(std::string_view program_code) const {
  const auto it = programs.find(program_code);
  return it == programs.end() ? defaults : it->second;
}

std::string ScreeningRulesJson(const match::ScreeningRules& rules) {
  std::string verdicts;
  for (const match::ScreeningReason reason : match::AllScreeningReasons()) {
    if (!verdicts.empty()) verdicts += ", ";
    verdicts += fmt::format("\"{}\": \"{}\"", match::ScreeningReasonCode(reason),
                            match::VerdictCode(rules.VerdictOf(reason)));
  }
  std::string excluded;
  for (const std::string& code : rules.excluded_programs) {
    if (!excluded.empty()) excluded += ", ";
    excluded += JsonQuoted(code);
  }
  return fmt::format(
      "{{\"verdicts\": {{{}}}, \"household_rule\": {}, \"decile_cap\": {}, \"excluded_programs\": [{}], "
      "\"name_similarity\": {}, \"candidate_probability\": {}, \"max_candidates\": {}}}",
      verdicts, rules.household_rule ? "true" : "false",
      rules.decile_cap ? std::to_string(*rules.decile_cap) : std::string("null"), excluded, rules.name_similarity,
      rules.candidate_probability, rules.max_candidates);
}

}  // namespace tepat::service

#pragma once
// ScreeningRulesBook: the screening rules of every program (defaults plus per-program overrides, as read from the
// screening settings file), and the canonical JSON text of one program's rules that is stored with each run.
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "match/screening_rules.hpp"

namespace tepat::service {

/// Rules by program code. Value type; thread-safe for concurrent reads.
struct ScreeningRulesBook {
  match::ScreeningRules defaults = match::DefaultScreeningRules();
  std::map<std::string, match::ScreeningRules, std::less<>> programs;

  /// The rules of `program_code`: its own entry, else the defaults.
  const match::ScreeningRules& For(std::string_view program_code) const;
};

/// The rules as one JSON object with every key spelled out (verdicts by reason code, household_rule, decile_cap
/// (null for none), excluded_programs, name_similarity, candidate_probability, max_candidates). Pure.
std::string ScreeningRulesJson(const match::ScreeningRules& rules);

/// `text` as a JSON string literal (quotes, backslashes and control characters escaped), for the JSON texts
/// screening stores (rules, job parameters). Pure.
std::string JsonQuoted(std::string_view text);

}  // namespace tepat::service

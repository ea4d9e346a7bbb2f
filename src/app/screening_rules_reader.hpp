#pragma once
// Reads the screening settings file (JSON): default screening rules and per-program overrides.
#include <string>
#include <string_view>

#include "domain/status.hpp"
#include "service/screening_rules_book.hpp"

namespace tepat::app {

/// Parses screening settings (keys in docs/matching.md, "Screening"): `defaults` over the built-in defaults and
/// `programs.<CODE>` over `defaults`. Unknown keys, reasons or verdicts and bad values are refused with
/// InvalidArgument naming the key ("programs.PKH.decile_cap must be null or a whole number from 1 to 10").
/// Pure; thread-safe.
domain::Result<service::ScreeningRulesBook> ParseScreeningRules(std::string_view json);
/// Reads and parses the file at `path`; errors prefixed by the path, NotFound when it cannot be read.
domain::Result<service::ScreeningRulesBook> ReadScreeningRulesFile(const std::string& path);

}  // namespace tepat::app

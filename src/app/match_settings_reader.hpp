#pragma once
// Reads a matching settings file (JSON) into match::MatchSettings, refusing unknown keys and bad values.
#include <string>
#include <string_view>

#include "domain/status.hpp"
#include "match/match_settings.hpp"

namespace tepat::app {

/// Parses settings JSON (see docs/matching.md for the keys) and validates it with match::ValidateSettings.
/// Returns InvalidArgument naming the key ("fields[1].levels[0].threshold", "unknown key \"blokking\"") and what to
/// do. Pure; thread-safe.
domain::Result<match::MatchSettings> ParseMatchSettings(std::string_view json);

/// The text of the settings file at `path`; NotFound when it cannot be read.
domain::Result<std::string> ReadMatchSettingsText(const std::string& path);

/// Reads and parses the settings file at `path`. Errors as ParseMatchSettings, prefixed by the path; NotFound when
/// the file cannot be read.
domain::Result<match::MatchSettings> ReadMatchSettingsFile(const std::string& path);

}  // namespace tepat::app

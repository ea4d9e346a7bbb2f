#pragma once
// Reads screening's configuration files (fuzzy-matching settings and screening rules) into service::ScreeningConfig.
#include <string>

#include "domain/status.hpp"
#include "service/screening_service.hpp"

namespace tepat::app {

/// Default paths, relative to the working directory (the repository or an installed copy of config/).
inline constexpr const char* kDefaultScreeningMatchSettings = "config/match/registry.json";
inline constexpr const char* kDefaultScreeningRules = "config/match/screening.json";

/// Reads both files. Errors name the file and the key (see ReadMatchSettingsFile, ReadScreeningRulesFile).
domain::Result<service::ScreeningConfig> LoadScreeningConfig(const std::string& match_settings_path,
                                                             const std::string& rules_path);

}  // namespace tepat::app

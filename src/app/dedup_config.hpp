#pragma once
// Loading the registry dedup settings (a matching settings file) for DedupService.
#include <string>

#include "domain/status.hpp"
#include "service/dedup_service.hpp"

namespace tepat::app {

/// The settings file `tepat serve` and `tepat match dedup` use unless told otherwise.
inline constexpr const char* kDefaultDedupSettingsPath = "config/match/registry.json";

/// Reads and parses the settings file at `path`, keeping its text for the runs' records. Errors as
/// ReadMatchSettingsFile (NotFound, InvalidArgument naming the key).
domain::Result<service::DedupConfig> ReadDedupConfig(const std::string& path);

}  // namespace tepat::app

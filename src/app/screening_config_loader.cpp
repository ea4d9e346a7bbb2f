#include "app/screening_config_loader.hpp"

#include <fstream>
#include <sstream>

#include "app/match_settings_reader.hpp"
#include "app/screening_rules_reader.hpp"

namespace tepat::app {

domain::Result<service::ScreeningConfig> LoadScreeningConfig(const std::string& match_settings_path,
                                                             const std::string& rules_path) {
  service::ScreeningConfig config;
  auto settings = ReadMatchSettingsFile(match_settings_path);
  if (!settings.ok()) return settings.status();
  config.match_settings = std::move(settings).value();
  std::ifstream in(match_settings_path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  config.match_settings_json = text.str();
  auto rules = ReadScreeningRulesFile(rules_path);
  if (!rules.ok()) return rules.status();
  config.rules = std::move(rules).value();
  return config;
}

}  // namespace tepat::app

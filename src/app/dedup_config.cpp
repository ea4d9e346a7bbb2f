#include "app/dedup_config.hpp"

#include "app/match_settings_reader.hpp"

namespace tepat::app {

domain::Result<service::DedupConfig> ReadDedupConfig(const std::string& path) {
  auto text = ReadMatchSettingsText(path);
  if (!text.ok()) return text.status();
  auto settings = ParseMatchSettings(*text);
  if (!settings.ok()) return domain::InvalidArgument(path + ": " + settings.status().message());
  return service::DedupConfig{std::move(settings).value(), std::move(text).value()};
}

}  // namespace tepat::app

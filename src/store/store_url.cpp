#include "store/store_url.hpp"

#include <string_view>

namespace tepat::store {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kPostgresPrefixes[] = {"postgresql://", "postgres://"};

}  // namespace

const char* const kAcceptedStoreUrls =
    "sqlite:PATH (e.g. sqlite:var/tepat.db), sqlite::memory:, postgresql://USER@HOST:PORT/DB or postgres://...";

domain::Result<StoreUrl> ParseStoreUrl(const std::string& url) {
  const std::string_view text = url;
  for (std::string_view prefix : kPostgresPrefixes) {
    if (text.starts_with(prefix)) return StoreUrl{StoreEngine::kPostgres, url};
  }
  if (text.starts_with(kSqlitePrefix)) {
    const std::string_view path = text.substr(kSqlitePrefix.size());
    if (path.empty() || path.starts_with("//")) {
      return domain::InvalidArgument(std::string("--db: a SQLite URL is sqlite:PATH with a file path, e.g. ") +
                                     "sqlite:var/tepat.db or sqlite:/srv/tepat/tepat.db");
    }
    return StoreUrl{StoreEngine::kSqlite, std::string(path)};
  }
  return domain::InvalidArgument(std::string("--db: unknown database URL; use ") + kAcceptedStoreUrls);
}

}  // namespace tepat::store

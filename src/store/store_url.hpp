#pragma once
// StoreUrl: which engine a --db URL names, and what to open.
#include <string>

#include "domain/status.hpp"

namespace tepat::store {

/// The database engines Tepat can use.
enum class StoreEngine { kSqlite, kPostgres };

/// A parsed --db URL.
struct StoreUrl {
  StoreEngine engine = StoreEngine::kSqlite;
  /// SQLite: the file path (or ":memory:"). PostgreSQL: the URL as given (libpq parses it).
  std::string target;
};

/// The accepted forms, for messages: "sqlite:PATH, sqlite::memory:, postgresql://... or postgres://...".
extern const char* const kAcceptedStoreUrls;

/// Parses "sqlite:PATH", "sqlite::memory:", "postgresql://..." or "postgres://...". kInvalidArgument naming the
/// accepted forms for anything else (the message never repeats the URL, which may hold a password). Pure.
domain::Result<StoreUrl> ParseStoreUrl(const std::string& url);

}  // namespace tepat::store

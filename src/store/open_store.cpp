// OpenStore: picks the engine adapter from the URL and builds the pooled SqlStore.
#include <sodium.h>

#include <filesystem>
#include <system_error>

#include "store/postgres/pg_connection.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/store_url.hpp"

namespace tepat::store {
namespace {

constexpr std::string_view kSqliteMemory = ":memory:";

/// Opens the first connection now (so that a wrong URL fails at start-up) and pools the rest lazily.
Result<std::unique_ptr<Store>> OpenPooled(const sql::Dialect& dialect, sql::ConnectionPool::Factory factory,
                                          int capacity) {
  Result<std::unique_ptr<sql::Connection>> first = factory();
  if (!first.ok()) return first.status();
  auto pool = std::make_unique<sql::ConnectionPool>(std::move(factory), capacity, std::move(first).value());
  return std::unique_ptr<Store>(std::make_unique<sql::SqlStore>(dialect, std::move(pool)));
}

Status CreateParentFolder(const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) return Status::Ok();
  std::error_code error;
  std::filesystem::create_directories(parent, error);
  if (error) {
    return domain::Unavailable("cannot create the folder '" + parent.string() + "' for the SQLite database: " +
                               error.message() + "; check the path and its permissions");
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Store>> OpenStore(const std::string& url, int pool_size) {
  if (sodium_init() < 0) return domain::Internal("libsodium could not be initialised");
  Result<StoreUrl> parsed = ParseStoreUrl(url);
  if (!parsed.ok()) return parsed.status();
  std::string target = parsed->target;
  if (parsed->engine == StoreEngine::kPostgres) {
    return OpenPooled(sql::PostgresDialect(), [target] { return postgres::PgConnection::Open(target); }, pool_size);
  }
  // Each connection to ":memory:" would be its own empty database, so an in-memory store has one connection.
  const bool in_memory = target == kSqliteMemory;
  if (!in_memory) {
    if (Status made = CreateParentFolder(target); !made.ok()) return made;
  }
  return OpenPooled(sql::SqliteDialect(), [target] { return sqlite::SqliteConnection::Open(target); },
                    in_memory ? 1 : pool_size);
}

}  // namespace tepat::store

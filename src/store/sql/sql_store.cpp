#include "store/sql/sql_store.hpp"

#include <ctime>

#include "store/migrations/migrations.hpp"
#include "store/sql/query.hpp"
#include "store/sql/statements.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

domain::UnixSeconds NowSeconds() { return static_cast<domain::UnixSeconds>(std::time(nullptr)); }

std::string_view EngineOnlyPart(const migrations::Migration& migration, const Dialect& dialect) {
  return dialect.migration_extra_key == "sqlite" ? migration.sqlite : migration.postgres;
}

Status ApplyMigration(Connection& connection, const migrations::Migration& migration) {
  const Dialect& dialect = connection.dialect();
  if (!dialect.lock_migrations.empty()) {
    if (Status locked = connection.ExecScript(dialect.lock_migrations); !locked.ok()) return locked;
  }
  // Checked inside the lock, so that two processes migrating at once apply each migration once.
  Result<std::int64_t> applied = QueryInt(connection, kMigrationApplied, {std::int64_t{migration.version}});
  if (!applied.ok()) return applied.status();
  if (*applied > 0) return Status::Ok();
  if (!migration.portable.empty()) {  // PostgreSQL refuses an empty script
    if (Status ran = connection.ExecScript(ExpandDialectTokens(migration.portable, dialect)); !ran.ok()) return ran;
  }
  if (std::string_view extra = EngineOnlyPart(migration, dialect); !extra.empty()) {
    if (Status ran = connection.ExecScript(ExpandDialectTokens(extra, dialect)); !ran.ok()) return ran;
  }
  Result<std::int64_t> recorded = connection.Exec(
      kRecordMigration, {std::int64_t{migration.version}, std::string(migration.name), NowSeconds()});
  return recorded.ok() ? Status::Ok() : recorded.status();
}

}  // namespace

SqlStore::SqlStore(const Dialect& dialect, std::unique_ptr<ConnectionPool> pool)
    : dialect_(dialect), pool_(std::move(pool)) {}

Status SqlStore::Migrate() {
  return WithConnection([&](Connection& connection) -> Status {
    if (Status created = connection.ExecScript(kCreateMigrationsTable); !created.ok()) return created;
    for (const migrations::Migration& migration : migrations::AllMigrations()) {
      Status applied = RunInWriteTransaction(
          connection, [&](Connection& in_transaction) { return ApplyMigration(in_transaction, migration); });
      if (!applied.ok()) {
        return {applied.code(), "migration " + std::to_string(migration.version) + " (" +
                                    std::string(migration.name) + "): " + applied.message()};
      }
    }
    // A bulk load of people killed before it finished left the registry key indexes dropped: build them again.
    if (std::string_view indexes = dialect_.registry_key_indexes_create; !indexes.empty()) {
      Status built = RunInWriteTransaction(connection, [&](Connection& tx) { return tx.ExecScript(indexes); });
      if (!built.ok()) return {built.code(), "building the registry key indexes: " + built.message()};
    }
    return Status::Ok();
  });
}

Result<int> SqlStore::SchemaVersion() {
  return WithConnection([&](Connection& connection) -> Result<int> {
    Result<std::int64_t> exists = QueryInt(connection, dialect_.table_exists, {std::string("schema_migrations")});
    if (!exists.ok()) return exists.status();
    if (*exists == 0) return 0;
    Result<std::int64_t> version = QueryInt(connection, kSchemaVersion, {});
    if (!version.ok()) return version.status();
    return static_cast<int>(*version);
  });
}

bool SqlStore::Ping() {
  return WithConnection([&](Connection& connection) -> Status {
           Result<std::int64_t> one = QueryInt(connection, kPing, {});
           return one.ok() ? Status::Ok() : one.status();
         })
      .ok();
}

PoolStats SqlStore::Pool() const { return pool_->Stats(); }

std::string SqlStore::EngineName() const { return std::string(dialect_.engine_name); }

Status SqlStore::ExecOne(const Statement& statement, const SqlParams& params, const std::string& what) {
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(statement, params);
    if (!changed.ok()) return changed.status();
    if (*changed == 0) return domain::NotFound(what + " does not exist");
    return Status::Ok();
  });
}

Status SqlStore::ExecScriptForTest(std::string_view script) {
  return WithConnection([&](Connection& connection) { return connection.ExecScript(script); });
}

}  // namespace tepat::store::sql

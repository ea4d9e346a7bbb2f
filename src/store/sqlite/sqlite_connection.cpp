#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <variant>

namespace tepat::store::sqlite {
namespace {

/// Read access to the current row of a stepped statement.
class SqliteRow final : public sql::Row {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  bool IsNull(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::string_view Text(int column) const override {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    if (text == nullptr) return {};
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }
  std::int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }

 private:
  sqlite3_stmt* stmt_;
};

int Bind(sqlite3_stmt* stmt, int index, const sql::SqlParam& param) {
  return std::visit(
      [&](const auto& value) -> int {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return sqlite3_bind_null(stmt, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(stmt, index, value);
        } else {
          return sqlite3_bind_text(stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
        }
      },
      param);
}

std::string PragmaScript(bool in_memory) {
  std::string script = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs) + ";";
  // Takes effect only while the file is still empty (a new database); before journal_mode, which writes its header.
  script += " PRAGMA page_size = " + std::to_string(sql::kSqlitePageBytes) + ";";
  if (!in_memory) {
    script += " PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = " +
              std::to_string(sql::kSqliteWalAutoCheckpointPages) + ";";
  }
  // A batch of an import touches pages all over the key indexes: with SQLite's default 2 MiB cache they are spilled
  // and read back many times per transaction (the cache grows only as pages are used). Each multi-row statement of
  // a batch keeps a statement journal, which past 64 KiB goes to a temporary file: keep those in memory.
  script += " PRAGMA cache_size = -" + std::to_string(sql::kSqlitePageCacheKiB) + "; PRAGMA temp_store = MEMORY;";
  return script;
}

}  // namespace

Result<std::unique_ptr<sql::Connection>> SqliteConnection::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return domain::Unavailable("cannot open SQLite database '" + path + "': " + message +
                               "; check that the folder exists and is writable");
  }
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
  if (Status set = connection->ExecScript(PragmaScript(path == ":memory:")); !set.ok()) {
    return domain::Unavailable("cannot set up SQLite database '" + path + "': " + set.message() +
                               "; check that the file is a SQLite database and is not locked by another program");
  }
  return std::unique_ptr<sql::Connection>(std::move(connection));
}

SqliteConnection::~SqliteConnection() {
  for (auto& [text, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Status SqliteConnection::Error(std::string_view what, int rc) const {
  std::string message = std::string(what) + " failed: " + sqlite3_errmsg(db_);
  switch (sqlite3_extended_errcode(db_)) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return domain::AlreadyExists(std::move(message));
    default:
      break;
  }
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
    return domain::Unavailable(std::move(message) + " (database busy; try again)");
  }
  return domain::Internal(std::move(message));
}

Status SqliteConnection::ExecScript(std::string_view script) {
  const std::string text(script);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error("SQL script", rc);
  return Status::Ok();
}

std::size_t SqliteConnection::StatementTextHash::operator()(std::string_view text) const {
  constexpr std::size_t kEnds = 64;
  const std::hash<std::string_view> hash;
  if (text.size() <= 2 * kEnds) return hash(text);
  return hash(text.substr(0, kEnds)) ^ (hash(text.substr(text.size() - kEnds)) * 31) ^ text.size();
}

Result<sqlite3_stmt*> SqliteConnection::Prepare(const sql::Statement& statement, const sql::SqlParams& params) {
  auto what = [&] { return "statement " + std::string(statement.name); };
  sqlite3_stmt* stmt = nullptr;
  if (auto found = cache_.find(statement.text); found != cache_.end()) {
    stmt = found->second;
  } else {
    const int rc = sqlite3_prepare_v3(db_, statement.text.data(), static_cast<int>(statement.text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return Error(what(), rc);
    cache_.emplace(statement.text, stmt);
  }
  // Parameters left over from the previous execution are cleared only when this one binds fewer of them.
  if (static_cast<int>(params.size()) < sqlite3_bind_parameter_count(stmt)) sqlite3_clear_bindings(stmt);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (int rc = Bind(stmt, static_cast<int>(i + 1), params[i]); rc != SQLITE_OK) return Error(what(), rc);
  }
  return stmt;
}

Status SqliteConnection::StepAll(const sql::Statement& statement, sqlite3_stmt* stmt, const sql::RowHandler& on_row) {
  int rc = SQLITE_ROW;
  SqliteRow row(stmt);
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    if (on_row) on_row(row);
  }
  Status outcome = rc == SQLITE_DONE ? Status::Ok() : Error("statement " + std::string(statement.name), rc);
  sqlite3_reset(stmt);
  return outcome;
}

Result<std::int64_t> SqliteConnection::DoExec(const sql::Statement& statement, const sql::SqlParams& params) {
  Result<sqlite3_stmt*> stmt = Prepare(statement, params);
  if (!stmt.ok()) return stmt.status();
  if (Status stepped = StepAll(statement, *stmt, nullptr); !stepped.ok()) return stepped;
  return static_cast<std::int64_t>(sqlite3_changes64(db_));
}

Status SqliteConnection::DoQuery(const sql::Statement& statement, const sql::SqlParams& params,
                                 const sql::RowHandler& on_row) {
  Result<sqlite3_stmt*> stmt = Prepare(statement, params);
  if (!stmt.ok()) return stmt.status();
  return StepAll(statement, *stmt, on_row);
}

}  // namespace tepat::store::sqlite

#pragma once
// SqliteConnection: the Connection port over the sqlite3 C API.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sql/connection.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace tepat::store::sqlite {

using domain::Result;
using domain::Status;

/// Busy timeout: how long a writer waits for another connection's write lock before giving up (kUnavailable).
inline constexpr int kBusyTimeoutMs = 5000;

/// One sqlite3 handle with its prepared-statement cache. Not thread-safe (opened with SQLITE_OPEN_NOMUTEX; the
/// pool lends it to one thread at a time).
class SqliteConnection final : public sql::Connection {
 public:
  /// Opens (creating if missing) the database file at `path` (":memory:" for a private in-memory database) and
  /// sets WAL (files only), foreign_keys=ON, busy_timeout and synchronous=NORMAL. kUnavailable when it cannot.
  static Result<std::unique_ptr<sql::Connection>> Open(const std::string& path);
  ~SqliteConnection() override;

  Status ExecScript(std::string_view script) override;

 protected:
  Result<std::int64_t> DoExec(const sql::Statement& statement, const sql::SqlParams& params) override;
  Status DoQuery(const sql::Statement& statement, const sql::SqlParams& params,
                 const sql::RowHandler& on_row) override;

 private:
  explicit SqliteConnection(sqlite3* db) : sql::Connection(sql::SqliteDialect()), db_(db) {}
  /// The cached prepared statement for `statement`, reset and bound to `params`.
  Result<sqlite3_stmt*> Prepare(const sql::Statement& statement, const sql::SqlParams& params);
  /// Steps `stmt` to the end, calling `on_row` (may be empty) for each row; resets it afterwards.
  Status StepAll(const sql::Statement& statement, sqlite3_stmt* stmt, const sql::RowHandler& on_row);
  Status Error(std::string_view what, int rc) const;

  /// Hashes a statement's text by its length and its first and last bytes only: the multi-row statements of an
  /// import are kilobytes long and looked up per execution (equal hashes still compare the whole text).
  struct StatementTextHash {
    std::size_t operator()(std::string_view text) const;
  };

  sqlite3* db_;
  std::unordered_map<std::string_view, sqlite3_stmt*, StatementTextHash> cache_;
};

}  // namespace tepat::store::sqlite

#pragma once
// PgConnection: the Connection port over libpq.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sql/connection.hpp"

struct pg_conn;
struct pg_result;

namespace tepat::store::postgres {

using domain::Result;
using domain::Status;

/// Seconds libpq waits for a server before giving up, unless the URL sets connect_timeout itself.
inline constexpr const char* kConnectTimeoutSeconds = "10";

/// One libpq connection with its prepared-statement cache. Not thread-safe (the pool lends it to one thread at a
/// time). Queries stream their rows (single-row mode), so walking a long table does not load it into memory.
class PgConnection final : public sql::Connection {
 public:
  /// Connects to `url` ("postgresql://USER[:PASSWORD]@HOST[:PORT]/DB?..."). kInvalidArgument when the URL cannot
  /// be parsed, kUnavailable when the server cannot be reached or refuses the login; messages name the database,
  /// host, port and user but never the password.
  static Result<std::unique_ptr<sql::Connection>> Open(const std::string& url);
  ~PgConnection() override;

  Status ExecScript(std::string_view script) override;
  /// COPY target FROM STDIN in text format, sent in chunks of about a megabyte.
  Result<bool> DoCopyIn(std::string_view target, std::size_t rows,
                        const std::function<void(std::size_t, sql::SqlParams&)>& row) override;
  bool HasCopyIn() const override { return true; }
  bool IsBroken() const override;

 protected:
  Result<std::int64_t> DoExec(const sql::Statement& statement, const sql::SqlParams& params) override;
  Status DoQuery(const sql::Statement& statement, const sql::SqlParams& params,
                 const sql::RowHandler& on_row) override;

 private:
  explicit PgConnection(pg_conn* conn) : sql::Connection(sql::PostgresDialect()), conn_(conn) {}
  /// Name of the server-side prepared statement for `statement`, preparing it on first use.
  Result<const std::string*> Prepared(const sql::Statement& statement);
  /// Turns a failed result (may be null) into a Status that names `what`.
  Status Error(std::string_view what, const pg_result* result) const;

  pg_conn* conn_;
  std::unordered_map<std::string_view, std::string> prepared_;
};

}  // namespace tepat::store::postgres

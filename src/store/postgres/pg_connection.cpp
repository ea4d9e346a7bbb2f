#include "store/postgres/pg_connection.hpp"

#include <libpq-fe.h>

#include <charconv>
#include <variant>
#include <vector>

#include "store/sql/placeholders.hpp"

namespace tepat::store::postgres {
namespace {

/// Read access to one row of a result.
class PgRow final : public sql::Row {
 public:
  PgRow(const PGresult* result, int row) : result_(result), row_(row) {}
  bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  std::string_view Text(int column) const override {
    return {PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column))};
  }
  std::int64_t Int(int column) const override {
    std::string_view text = Text(column);
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }

 private:
  const PGresult* result_;
  int row_;
};

/// Parameters in libpq's text format; keeps the converted strings alive for the call.
class TextParams {
 public:
  explicit TextParams(const sql::SqlParams& params) {
    storage_.reserve(params.size());
    values_.reserve(params.size());
    for (const sql::SqlParam& param : params) {
      if (std::holds_alternative<std::nullptr_t>(param)) {
        storage_.emplace_back();
      } else if (const auto* number = std::get_if<std::int64_t>(&param)) {
        storage_.push_back(std::to_string(*number));
      } else {
        storage_.emplace_back(sql::ParamText(param));
      }
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      values_.push_back(std::holds_alternative<std::nullptr_t>(params[i]) ? nullptr : storage_[i].c_str());
    }
  }
  int count() const { return static_cast<int>(values_.size()); }
  const char* const* values() const { return values_.data(); }

 private:
  std::vector<std::string> storage_;
  std::vector<const char*> values_;
};

/// Frees a PGresult at scope exit.
struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

bool Succeeded(const PGresult* result) {
  const ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE;
}

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

// SQLSTATE classes and codes that mean "try again later" rather than a bug.
bool IsUnavailableState(std::string_view state) {
  return state.starts_with("08") || state.starts_with("53") || state.starts_with("57P") || state == "40001" ||
         state == "40P01" || state == "55P03";
}

std::string FirstLine(std::string_view text) {
  const std::size_t end = text.find('\n');
  return std::string(end == std::string_view::npos ? text : text.substr(0, end));
}

/// Removes every occurrence of `secret` from `text`.
std::string Redact(std::string text, std::string_view secret) {
  if (secret.empty()) return text;
  for (std::size_t pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos)) {
    text.replace(pos, secret.size(), "***");
  }
  return text;
}

std::string Describe(const PGconn* conn) {
  auto or_default = [](const char* value) { return std::string(value != nullptr && *value != '\0' ? value : "?"); };
  return "PostgreSQL database '" + or_default(PQdb(conn)) + "' on " + or_default(PQhost(conn)) + ":" +
         or_default(PQport(conn)) + " as user '" + or_default(PQuser(conn)) + "'";
}

constexpr std::size_t kCopyChunkBytes = 1 << 20;

// Appends one row in COPY text format: tab-separated, \N for NULL, backslash escapes for the special bytes.
void AppendCopyLine(const sql::SqlParams& params, std::string* out) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (i > 0) out->push_back('\t');
    const sql::SqlParam& param = params[i];
    if (std::holds_alternative<std::nullptr_t>(param)) {
      out->append("\\N");
    } else if (const auto* number = std::get_if<std::int64_t>(&param)) {
      out->append(std::to_string(*number));
    } else {
      for (char c : sql::ParamText(param)) {
        switch (c) {
          case '\\': out->append("\\\\"); break;
          case '\t': out->append("\\t"); break;
          case '\n': out->append("\\n"); break;
          case '\r': out->append("\\r"); break;
          default: out->push_back(c);
        }
      }
    }
  }
  out->push_back('\n');
}

}  // namespace

Result<std::unique_ptr<sql::Connection>> PgConnection::Open(const std::string& url) {
  char* parse_error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(url.c_str(), &parse_error);
  if (parsed == nullptr) {
    std::string message = parse_error != nullptr ? FirstLine(parse_error) : "out of memory";
    PQfreemem(parse_error);
    return domain::InvalidArgument("cannot parse the PostgreSQL URL: " + message +
                                   "; use postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE");
  }
  PQconninfoFree(parsed);
  // Earlier keywords are defaults; the expanded URL overrides them.
  const char* keywords[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
  const char* values[] = {kConnectTimeoutSeconds, "tepat", url.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (conn == nullptr) return domain::Unavailable("cannot allocate a PostgreSQL connection (out of memory)");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = Redact(FirstLine(PQerrorMessage(conn)), PQpass(conn) != nullptr ? PQpass(conn) : "");
    std::string where = Describe(conn);
    PQfinish(conn);
    return domain::Unavailable("cannot connect to " + where + ": " + message +
                               "; check that the server is running, that the host, port, database name and user "
                               "in the URL are right, and that this user may log in");
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return std::unique_ptr<sql::Connection>(new PgConnection(conn));
}

PgConnection::~PgConnection() { PQfinish(conn_); }

bool PgConnection::IsBroken() const { return PQstatus(conn_) != CONNECTION_OK; }

Status PgConnection::Error(std::string_view what, const pg_result* result) const {
  const char* primary = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message =
      std::string(what) + " failed: " + (primary != nullptr ? std::string(primary) : FirstLine(PQerrorMessage(conn_)));
  const std::string_view sqlstate = state != nullptr ? state : "";
  if (sqlstate == "23505") return domain::AlreadyExists(std::move(message));
  if (IsBroken() || IsUnavailableState(sqlstate)) {
    return domain::Unavailable(std::move(message) + " (database unreachable or busy; try again)");
  }
  return domain::Internal(std::move(message));
}

Status PgConnection::ExecScript(std::string_view script) {
  ResultPtr result(PQexec(conn_, std::string(script).c_str()));
  if (!Succeeded(result.get())) return Error("SQL script", result.get());
  return Status::Ok();
}

Result<const std::string*> PgConnection::Prepared(const sql::Statement& statement) {
  if (auto found = prepared_.find(statement.text); found != prepared_.end()) return &found->second;
  std::string name = "tepat_" + std::to_string(prepared_.size() + 1);
  ResultPtr result(PQprepare(conn_, name.c_str(), sql::NumberPlaceholders(statement.text).c_str(), 0, nullptr));
  if (!Succeeded(result.get())) return Error("preparing statement " + std::string(statement.name), result.get());
  return &prepared_.emplace(statement.text, std::move(name)).first->second;
}

Result<std::int64_t> PgConnection::DoExec(const sql::Statement& statement, const sql::SqlParams& params) {
  Result<const std::string*> name = Prepared(statement);
  if (!name.ok()) return name.status();
  const TextParams text(params);
  ResultPtr result(PQexecPrepared(conn_, (*name)->c_str(), text.count(), text.values(), nullptr, nullptr, 0));
  if (!Succeeded(result.get())) return Error("statement " + std::string(statement.name), result.get());
  std::int64_t changed = 0;
  const std::string_view tuples = PQcmdTuples(result.get());
  std::from_chars(tuples.data(), tuples.data() + tuples.size(), changed);
  return changed;
}

Status PgConnection::DoQuery(const sql::Statement& statement, const sql::SqlParams& params,
                             const sql::RowHandler& on_row) {
  Result<const std::string*> name = Prepared(statement);
  if (!name.ok()) return name.status();
  const TextParams text(params);
  const std::string what = "statement " + std::string(statement.name);
  if (PQsendQueryPrepared(conn_, (*name)->c_str(), text.count(), text.values(), nullptr, nullptr, 0) == 0) {
    return Error(what, nullptr);
  }
  PQsetSingleRowMode(conn_);
  Status outcome;
  // Every result must be drained before the connection can run the next statement.
  while (PGresult* raw = PQgetResult(conn_)) {
    ResultPtr result(raw);
    if (!Succeeded(result.get())) {
      if (outcome.ok()) outcome = Error(what, result.get());
      continue;
    }
    if (outcome.ok() && PQresultStatus(result.get()) == PGRES_SINGLE_TUPLE) on_row(PgRow(result.get(), 0));
  }
  return outcome;
}

Result<bool> PgConnection::DoCopyIn(std::string_view target, std::size_t rows,
                                  const std::function<void(std::size_t, sql::SqlParams&)>& row) {
  const std::string table(target.substr(0, target.find('(')));
  const std::string what = "COPY into " + table;
  const std::string command = "COPY " + std::string(target) + " FROM STDIN";
  ResultPtr started(PQexec(conn_, command.c_str()));
  if (PQresultStatus(started.get()) != PGRES_COPY_IN) return Error(what, started.get());
  std::string buffer;
  sql::SqlParams params;
  bool sent = true;
  for (std::size_t i = 0; i < rows && sent; ++i) {
    params.clear();
    row(i, params);
    AppendCopyLine(params, &buffer);
    if (buffer.size() >= kCopyChunkBytes || i + 1 == rows) {
      sent = PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) == 1;
      buffer.clear();
    }
  }
  Status outcome;
  if (PQputCopyEnd(conn_, sent ? nullptr : "client stopped sending") != 1 || !sent) outcome = Error(what, nullptr);
  // Every result must be drained before the connection can run the next statement.
  while (PGresult* raw = PQgetResult(conn_)) {
    ResultPtr result(raw);
    if (!Succeeded(result.get()) && outcome.ok()) outcome = Error(what, result.get());
  }
  if (!outcome.ok()) return outcome;
  return true;
}

}  // namespace tepat::store::postgres

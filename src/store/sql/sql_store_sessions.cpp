// SqlStore: sessions and login throttling.
#include "store/sql/query.hpp"
#include "store/sql/row_readers.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/statements.hpp"

namespace tepat::store::sql {
namespace {

/// Runs one statement whose changed-row count does not matter.
Status ExecIgnoringCount(Connection& connection, const Statement& statement, const SqlParams& params) {
  Result<std::int64_t> done = connection.Exec(statement, params);
  return done.ok() ? Status::Ok() : done.status();
}

}  // namespace

Status SqlStore::CreateSession(const domain::Session& session) {
  return WithConnection([&](Connection& connection) {
    return ExecIgnoringCount(connection, kInsertSession,
                             {session.token_hash, session.account_id, session.csrf_token, session.created_at,
                              session.last_seen_at, session.absolute_expiry});
  });
}

Result<std::optional<domain::Session>> SqlStore::FindSession(const std::string& token_hash) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::Session>(connection, kFindSession, {token_hash}, ReadSession);
  });
}

Status SqlStore::TouchSession(const std::string& token_hash, domain::UnixSeconds now) {
  return ExecOne(kTouchSession, {now, token_hash}, "the session");
}

Status SqlStore::DeleteSession(const std::string& token_hash) {
  return WithConnection(
      [&](Connection& connection) { return ExecIgnoringCount(connection, kDeleteSession, {token_hash}); });
}

Status SqlStore::DeleteSessionsOfAccount(std::int64_t account_id) {
  return WithConnection(
      [&](Connection& connection) { return ExecIgnoringCount(connection, kDeleteSessionsOfAccount, {account_id}); });
}

Status SqlStore::DeleteExpiredSessions(domain::UnixSeconds now, domain::UnixSeconds idle_cutoff) {
  return WithConnection([&](Connection& connection) {
    return ExecIgnoringCount(connection, kDeleteExpiredSessions, {idle_cutoff, now});
  });
}

Status SqlStore::RecordLoginFailure(const std::string& key, domain::UnixSeconds at) {
  return WithConnection(
      [&](Connection& connection) { return ExecIgnoringCount(connection, kInsertLoginFailure, {key, at}); });
}

Result<int> SqlStore::CountLoginFailures(const std::string& key, domain::UnixSeconds since) {
  return WithConnection([&](Connection& connection) -> Result<int> {
    Result<std::int64_t> count = QueryInt(connection, kCountLoginFailures, {key, since});
    if (!count.ok()) return count.status();
    return static_cast<int>(*count);
  });
}

Status SqlStore::ClearLoginFailures(const std::string& key) {
  return WithConnection(
      [&](Connection& connection) { return ExecIgnoringCount(connection, kClearLoginFailures, {key}); });
}

}  // namespace tepat::store::sql

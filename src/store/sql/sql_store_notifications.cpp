// SqlStore: in-app notifications and the email outbox.
#include <ctime>

#include "store/sql/community_readers.hpp"
#include "store/sql/community_statements.hpp"
#include "store/sql/query.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

domain::UnixSeconds NowIfZero(domain::UnixSeconds at) {
  return at != 0 ? at : static_cast<domain::UnixSeconds>(std::time(nullptr));
}

Status ExecStatus(Connection& connection, const Statement& statement, const SqlParams& params) {
  Result<std::int64_t> done = connection.Exec(statement, params);
  return done.ok() ? Status::Ok() : done.status();
}

}  // namespace

Status SqlStore::AddNotifications(const std::vector<domain::Notification>& notifications,
                                  const std::vector<domain::OutboxEmail>& emails) {
  if (notifications.empty() && emails.empty()) return Status::Ok();
  return WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      for (const domain::Notification& n : notifications) {
        Status added = ExecStatus(tx, kInsertNotification,
                                  {n.account_id, std::string(domain::NotificationKindCode(n.kind)), n.reference,
                                   n.title, n.body, NowIfZero(n.created_at)});
        if (!added.ok()) return added;
      }
      for (const domain::OutboxEmail& e : emails) {
        const domain::UnixSeconds created_at = NowIfZero(e.created_at);
        const domain::UnixSeconds due = e.next_attempt_at != 0 ? e.next_attempt_at : created_at;
        Status queued = ExecStatus(tx, kInsertEmail, {e.recipient, e.subject, e.body, created_at, due});
        if (!queued.ok()) return queued;
      }
      return Status::Ok();
    });
  });
}

Result<std::vector<domain::Notification>> SqlStore::ListNotifications(std::int64_t account_id, int limit,
                                                                      std::int64_t before_id) {
  if (limit <= 0) return std::vector<domain::Notification>();
  return WithConnection([&](Connection& connection) {
    if (before_id > 0) {
      return QueryAll<domain::Notification>(connection, kListNotificationsBefore,
                                            {account_id, before_id, std::int64_t{limit}}, ReadNotification);
    }
    return QueryAll<domain::Notification>(connection, kListNotificationsNewest, {account_id, std::int64_t{limit}},
                                          ReadNotification);
  });
}

Result<std::int64_t> SqlStore::CountUnreadNotifications(std::int64_t account_id) {
  return WithConnection(
      [&](Connection& connection) { return QueryInt(connection, kCountUnreadNotifications, {account_id}); });
}

Status SqlStore::MarkNotificationRead(std::int64_t account_id, std::int64_t id, domain::UnixSeconds now) {
  return ExecOne(kMarkNotificationRead, {NowIfZero(now), account_id, id}, "notification " + std::to_string(id));
}

Result<std::int64_t> SqlStore::MarkAllNotificationsRead(std::int64_t account_id, domain::UnixSeconds now) {
  return WithConnection([&](Connection& connection) {
    return connection.Exec(kMarkAllNotificationsRead, {NowIfZero(now), account_id});
  });
}

Result<std::vector<domain::OutboxEmail>> SqlStore::ClaimDueEmails(domain::UnixSeconds now, int limit,
                                                                  std::int64_t lease_seconds) {
  if (limit <= 0) return std::vector<domain::OutboxEmail>();
  return WithConnection([&](Connection& connection) -> Result<std::vector<domain::OutboxEmail>> {
    Result<std::vector<std::int64_t>> due = QueryAll<std::int64_t>(
        connection, kDueEmailIds, {now, now, std::int64_t{limit}},
        [](const Row& row) -> Result<std::int64_t> { return row.Int(0); });
    if (!due.ok()) return due.status();
    std::vector<domain::OutboxEmail> claimed;
    for (std::int64_t id : *due) {
      Result<std::int64_t> won = connection.Exec(kClaimEmail, {now + lease_seconds, id, now});
      if (!won.ok()) return won.status();
      if (*won == 0) continue;  // another sender claimed it between the two statements
      Result<std::optional<domain::OutboxEmail>> email =
          QueryOptional<domain::OutboxEmail>(connection, kGetEmail, {id}, ReadOutboxEmail);
      if (!email.ok()) return email.status();
      if (email->has_value()) claimed.push_back(std::move(**email));
    }
    return claimed;
  });
}

Status SqlStore::MarkEmailSent(std::int64_t id, domain::UnixSeconds now) {
  return ExecOne(kMarkEmailSent, {NowIfZero(now), id}, "outbox email " + std::to_string(id));
}

Status SqlStore::MarkEmailFailed(std::int64_t id, const std::string& error, domain::UnixSeconds next_attempt_at) {
  return ExecOne(kMarkEmailFailed, {error, next_attempt_at, id}, "outbox email " + std::to_string(id));
}

Result<std::vector<domain::OutboxEmail>> SqlStore::ListOutboxEmails(int limit, std::int64_t before_id) {
  if (limit <= 0) return std::vector<domain::OutboxEmail>();
  return WithConnection([&](Connection& connection) {
    if (before_id > 0) {
      return QueryAll<domain::OutboxEmail>(connection, kListEmailsBefore, {before_id, std::int64_t{limit}},
                                           ReadOutboxEmail);
    }
    return QueryAll<domain::OutboxEmail>(connection, kListEmailsNewest, {std::int64_t{limit}}, ReadOutboxEmail);
  });
}

Result<OutboxCounts> SqlStore::CountOutbox() {
  return WithConnection([&](Connection& connection) -> Result<OutboxCounts> {
    OutboxCounts counts;
    Status queried = connection.Query(kCountOutbox, {}, [&](const Row& row) {
      counts.pending = row.Int(0);
      counts.sent = row.Int(1);
      counts.failing = row.Int(2);
    });
    if (!queried.ok()) return queried;
    return counts;
  });
}

}  // namespace tepat::store::sql

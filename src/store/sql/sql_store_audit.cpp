// SqlStore: the append-only, hash-chained audit log.
#include <ctime>

#include "store/audit_chain.hpp"
#include "store/sql/query.hpp"
#include "store/sql/row_readers.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/statements.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

SqlParams AuditParams(const domain::AuditEntry& e) {
  return {e.id,
          e.at,
          e.actor_id,
          e.actor_label,
          e.action,
          e.object_type,
          e.object_id,
          e.client_address,
          std::string(domain::AuditOutcomeName(e.outcome)),
          e.detail,
          e.prev_hash,
          e.hash};
}

// Links `entry` to the current end of the chain and inserts it. Runs inside the serialising transaction.
Status AppendLinked(Connection& tx, domain::AuditEntry& entry) {
  const std::string_view lock = tx.dialect().lock_audit;
  if (!lock.empty()) {
    if (Status locked = tx.ExecScript(lock); !locked.ok()) return locked;
  }
  std::int64_t last_id = 0;
  std::string last_hash;
  Status read = tx.Query(kLastAudit, {}, [&](const Row& row) {
    last_id = row.Int(0);
    last_hash = row.Text(1);
  });
  if (!read.ok()) return read;
  // The id is part of the hashed text, so it is chosen here, under the lock, rather than by the database.
  entry.id = last_id + 1;
  entry.prev_hash = std::move(last_hash);
  entry.hash = ComputeAuditHash(entry);
  Result<std::int64_t> inserted = tx.Exec(kInsertAudit, AuditParams(entry));
  return inserted.ok() ? Status::Ok() : inserted.status();
}

}  // namespace

Result<domain::AuditEntry> SqlStore::AppendAudit(domain::AuditEntry entry) {
  if (entry.at == 0) entry.at = static_cast<domain::UnixSeconds>(std::time(nullptr));
  Status appended = WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) { return AppendLinked(tx, entry); });
  });
  if (!appended.ok()) return appended;
  return entry;
}

Result<std::vector<domain::AuditEntry>> SqlStore::ListAudit(int limit, std::int64_t before_id) {
  if (limit <= 0) return std::vector<domain::AuditEntry>();
  return WithConnection([&](Connection& connection) {
    if (before_id > 0) {
      return QueryAll<domain::AuditEntry>(connection, kListAuditBefore, {before_id, std::int64_t{limit}},
                                          ReadAuditEntry);
    }
    return QueryAll<domain::AuditEntry>(connection, kListAuditNewest, {std::int64_t{limit}}, ReadAuditEntry);
  });
}

Result<AuditVerification> SqlStore::VerifyAudit() {
  return WithConnection([&](Connection& connection) -> Result<AuditVerification> {
    AuditChainVerifier verifier;
    Status walked = connection.Query(kAuditInOrder, {}, [&](const Row& row) {
      Result<domain::AuditEntry> entry = ReadAuditEntry(row);
      if (entry.ok()) {
        verifier.Add(*entry);
      } else {
        verifier.AddUnreadable(row.Int(0), entry.status().message());
      }
    });
    if (!walked.ok()) return walked;
    return verifier.result();
  });
}

}  // namespace tepat::store::sql

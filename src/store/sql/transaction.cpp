#include "store/sql/transaction.hpp"

namespace tepat::store::sql {

Status RunInWriteTransaction(Connection& connection, const std::function<Status(Connection&)>& body) {
  if (Status begun = connection.ExecScript(connection.dialect().begin_write); !begun.ok()) return begun;
  Status outcome = body(connection);
  if (outcome.ok()) outcome = connection.ExecScript("COMMIT");
  if (!outcome.ok()) {
    // The rollback's own failure (e.g. the connection is gone) changes nothing for the caller.
    (void)connection.ExecScript("ROLLBACK");
  }
  return outcome;
}

}  // namespace tepat::store::sql

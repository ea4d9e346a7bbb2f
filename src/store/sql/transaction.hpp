#pragma once
// Write transactions over a Connection: begin, run a body, commit or roll back.
#include <functional>

#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// Runs `body` in a write transaction (the dialect's begin_write: SQLite takes the write lock up front, so
/// writers queue on busy_timeout instead of failing on lock upgrade). Commits when `body` returns OK and rolls
/// back otherwise, so a failing body leaves nothing behind. Returns the body's failure, or the failure to
/// begin or commit.
Status RunInWriteTransaction(Connection& connection, const std::function<Status(Connection&)>& body);

}  // namespace tepat::store::sql

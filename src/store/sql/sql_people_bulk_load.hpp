#pragma once
// The SQL store's PeopleBulkLoad (SQLite): key indexes dropped while an empty registry is loaded, built once at the
// end; rows whose keys may already be written are held back until then.
#include <cstddef>
#include <memory>

#include "store/people_bulk_load.hpp"
#include "store/sql/connection_pool.hpp"

namespace tepat::store::sql {

/// Starts a bulk load on `pool`'s database: when the dialect has one (registry_key_indexes_drop) and people and
/// households are both empty, drops their key indexes (one write transaction) and returns the load; nullptr
/// otherwise. `pool` must outlive the load. `batch_rows`: rows per transaction for the held-back rows. The load
/// writes with one connection of `pool`, held until it is destroyed; with a pool of two or more, a helper thread
/// copies each commit's log back into the database on another connection (Dialect wal_checkpoint) while the load
/// goes on, and Finish waits for the last copy.
Result<std::unique_ptr<PeopleBulkLoad>> BeginSqlPeopleBulkLoad(ConnectionPool& pool, const ChangeSource& source,
                                                               std::size_t batch_rows);

}  // namespace tepat::store::sql

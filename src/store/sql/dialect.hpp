#pragma once
// Dialect: the few places where SQLite and PostgreSQL differ, kept as data so that one SqlStore serves both.
#include <string>
#include <string_view>

#include "store/sql/statement.hpp"

namespace tepat::store::sql {

/// Page cache of each SQLite connection, in KiB (SQLite allocates it as pages are used).
inline constexpr int kSqlitePageCacheKiB = 64 * 1024;
/// Page size of a new SQLite database (a database created with another keeps it). 16 KiB rather than SQLite's
/// 4 KiB: a first load of 1M people writes a quarter of the pages, with less B-tree balancing and a quarter of the
/// log frames and system calls (measured: system CPU 1.5 → 1.2 s, wall time about 7% lower).
inline constexpr int kSqlitePageBytes = 16 * 1024;
/// WAL size (pages) past which a SQLite commit copies the WAL back into the database (SQLite's default: 1,000):
/// 64 MiB at kSqlitePageBytes. A registry batch rewrites the key-index pages it touches; checkpointing every few
/// batches instead of after each copies such a page once per checkpoint instead of once per batch. Durability is
/// the same (WAL, synchronous = NORMAL).
inline constexpr int kSqliteWalAutoCheckpointPages = 64 * 1024 * 1024 / kSqlitePageBytes;
/// The same while a bulk load writes (its commits are checkpointed on a helper thread; this is only a bound):
/// 1 GiB at kSqlitePageBytes.
inline constexpr int kSqliteBulkLoadWalAutoCheckpointPages = 1024 * 1024 * 1024 / kSqlitePageBytes;
/// Page cache of a SQLite connection while a bulk load builds its indexes, in KiB. SQLite's sorter collects up to
/// the cache size of index records before it sorts them as one run: with the whole 1M-row index in one run it sorts
/// on the calling thread alone; with runs this size a helper thread (PRAGMA threads) sorts every other run while
/// the caller reads the table, and the sorted runs are merged (measured on 1M people: 1.08 → 0.50 s for the unique
/// key indexes, 0.80 → 0.53 s for the KK index; memory lower too).
inline constexpr int kSqliteIndexSortCacheKiB = 4 * 1024;

/// Everything engine-specific that the shared store and the migrator need. Statements themselves are portable.
struct Dialect {
  std::string_view engine_name;      ///< "sqlite" or "postgresql" (Store::EngineName)
  bool numbered_placeholders;        ///< true: `?` is rewritten to `$1..$n` before preparing
  std::string_view begin_write;      ///< starts a transaction that will write (SQLite takes the write lock up front)
  std::string_view lock_audit;       ///< serialises audit appenders inside a transaction ("" when begin_write does)
  std::string_view lock_migrations;  ///< serialises concurrent Migrate() calls inside a transaction
  Statement table_exists;            ///< one parameter (table name); returns one row with a count
  std::string_view id_primary_key;   ///< column type of a generated 64-bit id primary key
  std::string_view binary_text;      ///< text type that sorts byte-wise on both engines
  std::string_view migration_extra_key;  ///< which engine-specific part of a migration applies: "sqlite"/"postgres"
  /// Run (inside a transaction) before / after the key look-ups of a registry batch ("" when not needed).
  /// PostgreSQL: plan each look-up for its own keys; a cached generic plan made while a table was still empty
  /// scans the whole table for every batch (measured: 2,500 instead of 19,000 inserted rows/s).
  std::string_view key_lookup_begin;
  std::string_view key_lookup_end;
  /// True: a registry batch whose first keys are mostly new inserts its other keys before reading them (INSERT ..
  /// ON CONFLICT DO NOTHING), then tells its own rows by id; needs ids that only grow (SQLite AUTOINCREMENT) and
  /// one writer at a time. False where a bulk path (COPY) beats INSERT.
  bool insert_new_keys_first = false;
  /// The first load of people into an empty registry (PeopleBulkLoad): `registry_key_indexes_drop` removes the
  /// key indexes of people and households (row_key, KK) so that rows are appended without them;
  /// `registry_key_indexes_create` builds them again (IF NOT EXISTS, by sorting). The create script also runs when
  /// a store is migrated (a load killed half-way left them dropped) and in each ordinary people batch (which needs
  /// them). `registry_unique_key_indexes_create` builds the unique ones only (row_key of people and households),
  /// which the held-back rows of a bulk load need; people's KK index is built after those rows are written, so
  /// their updates do not rewrite its pages. All "" where the engine has no such path (PostgreSQL: COPY into
  /// indexed tables).
  std::string_view registry_key_indexes_drop;
  std::string_view registry_unique_key_indexes_create;
  std::string_view registry_key_indexes_create;
  /// One row: 1 when people's unique key index exists, 0 when a bulk load (running, or killed before the next
  /// start) dropped it; then no second bulk load may begin.
  Statement registry_key_index_exists;
  /// Run by a bulk load around registry_key_indexes_create (SQLite: the sort spills to temporary files rather
  /// than memory, so memory stays flat in the table size, and runs of kSqliteIndexSortCacheKiB are sorted on a
  /// helper thread; the end restores the connection's settings).
  std::string_view bulk_index_build_begin;
  std::string_view bulk_index_build_end;
  /// Run on the connection that writes a bulk load, when it begins and when it ends (SQLite: commits leave copying
  /// the log back to the database to `wal_checkpoint`, run on a helper thread, up to a 1 GiB log).
  std::string_view bulk_load_begin;
  std::string_view bulk_load_end;
  /// Copies the committed log back into the database without blocking the writer ("" without a log).
  std::string_view wal_checkpoint;
};

/// The SQLite 3 dialect (WAL; `BEGIN IMMEDIATE` serialises writers).
const Dialect& SqliteDialect();
/// The PostgreSQL 15 dialect.
const Dialect& PostgresDialect();

/// Replaces the portable tokens of a migration script ({{ID_PRIMARY_KEY}}, {{BINARY_TEXT}}) with the dialect's types.
std::string ExpandDialectTokens(std::string_view script, const Dialect& dialect);

}  // namespace tepat::store::sql

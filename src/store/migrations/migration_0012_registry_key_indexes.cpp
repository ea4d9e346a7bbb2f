// Migration 12: on SQLite, the uniqueness of `row_key` in people and households becomes a named unique index
// (people_row_key_idx, households_row_key_idx) instead of a constraint inside the table, so that the first load of
// an empty registry can drop the key indexes, append rows and build the indexes once by sorting (see
// PeopleBulkLoad). SQLite cannot drop a column constraint, so both tables are rebuilt: copied into a new table
// without it (ids and the AUTOINCREMENT counter kept), the old one dropped and the new one renamed. PostgreSQL keeps
// its constraint (its import path is COPY, not a bulk load without indexes).
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kSqlite = R"sql(
CREATE TABLE people_rebuilt (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  row_key        TEXT NOT NULL,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  nik            TEXT NOT NULL,
  kk             TEXT NOT NULL,
  name           TEXT NOT NULL,
  search_name    TEXT NOT NULL,
  birth_place    TEXT,
  birth_date     TEXT NOT NULL,
  sex            TEXT NOT NULL,
  religion       TEXT,
  relation       TEXT,
  address        TEXT,
  rt             TEXT,
  rw             TEXT,
  desa           TEXT NOT NULL,
  life_status    TEXT,
  status_date    TEXT,
  status_source  TEXT
);
INSERT INTO sqlite_sequence(name, seq) SELECT 'people_rebuilt', seq FROM sqlite_sequence WHERE name = 'people';
INSERT INTO people_rebuilt SELECT * FROM people;
DROP TABLE people;
ALTER TABLE people_rebuilt RENAME TO people;
CREATE UNIQUE INDEX people_row_key_idx ON people(row_key);
CREATE INDEX people_kk_idx ON people(kk);

CREATE TABLE households_rebuilt (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  row_key        TEXT NOT NULL,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  kk             TEXT NOT NULL,
  head_nik       TEXT,
  desa           TEXT NOT NULL
);
INSERT INTO sqlite_sequence(name, seq) SELECT 'households_rebuilt', seq FROM sqlite_sequence WHERE name = 'households';
INSERT INTO households_rebuilt SELECT * FROM households;
DROP TABLE households;
ALTER TABLE households_rebuilt RENAME TO households;
CREATE UNIQUE INDEX households_row_key_idx ON households(row_key);
)sql";

}  // namespace

const Migration& Migration0012RegistryKeyIndexes() {
  static const Migration kMigration{12, "registry_key_indexes", "", kSqlite, ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

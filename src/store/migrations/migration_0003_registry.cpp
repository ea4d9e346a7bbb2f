// Migration 3: the registry (people, households, DTKS membership, programs, recipients), the change history of
// every registry field, and import jobs. Every registry table has the same frame: `id`, a unique `row_key` (the
// natural key the store derives: NIK, KK, program code, ...), who created the row and when, when it last changed.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE people (
  id             {{ID_PRIMARY_KEY}},
  row_key        {{BINARY_TEXT}} NOT NULL UNIQUE,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  nik            {{BINARY_TEXT}} NOT NULL,
  kk             {{BINARY_TEXT}} NOT NULL,
  name           TEXT NOT NULL,
  search_name    {{BINARY_TEXT}} NOT NULL,
  birth_place    TEXT,
  birth_date     TEXT NOT NULL,
  sex            TEXT NOT NULL,
  religion       TEXT,
  relation       TEXT,
  address        TEXT,
  rt             TEXT,
  rw             TEXT,
  desa           {{BINARY_TEXT}} NOT NULL,
  life_status    TEXT,
  status_date    TEXT,
  status_source  TEXT
);
CREATE INDEX people_kk_idx ON people(kk);

CREATE TABLE households (
  id             {{ID_PRIMARY_KEY}},
  row_key        {{BINARY_TEXT}} NOT NULL UNIQUE,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  kk             {{BINARY_TEXT}} NOT NULL,
  head_nik       {{BINARY_TEXT}},
  desa           {{BINARY_TEXT}} NOT NULL
);

CREATE TABLE dtks_members (
  id             {{ID_PRIMARY_KEY}},
  row_key        {{BINARY_TEXT}} NOT NULL UNIQUE,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  round          {{BINARY_TEXT}} NOT NULL,
  kk             {{BINARY_TEXT}} NOT NULL,
  nik            {{BINARY_TEXT}} NOT NULL,
  dtks_id        TEXT,
  name           TEXT NOT NULL,
  relation       TEXT,
  desa           {{BINARY_TEXT}} NOT NULL,
  address        TEXT,
  decile         INTEGER NOT NULL CHECK (decile BETWEEN 1 AND 10),
  status         TEXT NOT NULL
);
CREATE INDEX dtks_members_round_idx ON dtks_members(round, kk, nik);
CREATE INDEX dtks_members_kk_idx ON dtks_members(kk, round);
CREATE INDEX dtks_members_nik_idx ON dtks_members(nik, round);

CREATE TABLE programs (
  id             {{ID_PRIMARY_KEY}},
  row_key        {{BINARY_TEXT}} NOT NULL UNIQUE,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  code           {{BINARY_TEXT}} NOT NULL,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL,
  funding        TEXT NOT NULL,
  agency         TEXT,
  region         {{BINARY_TEXT}} NOT NULL,
  starts         TEXT NOT NULL,
  ends           TEXT,
  note           TEXT
);

CREATE TABLE recipients (
  id             {{ID_PRIMARY_KEY}},
  row_key        {{BINARY_TEXT}} NOT NULL UNIQUE,
  created_job_id BIGINT NOT NULL DEFAULT 0,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  program_code   {{BINARY_TEXT}} NOT NULL,
  period         {{BINARY_TEXT}} NOT NULL,
  stage          TEXT NOT NULL,
  nik            {{BINARY_TEXT}},
  kk             {{BINARY_TEXT}},
  name           TEXT NOT NULL,
  desa           {{BINARY_TEXT}} NOT NULL,
  amount_rupiah  BIGINT,
  goods          TEXT,
  received_on    TEXT,
  decree_number  TEXT
);
CREATE INDEX recipients_nik_idx ON recipients(nik, program_code, period);

CREATE TABLE change_history (
  id          {{ID_PRIMARY_KEY}},
  entity_type TEXT NOT NULL,
  entity_id   BIGINT NOT NULL,
  field       TEXT NOT NULL,
  old_value   TEXT,
  new_value   TEXT,
  job_id      BIGINT NOT NULL DEFAULT 0,
  user_id     BIGINT NOT NULL DEFAULT 0,
  at          BIGINT NOT NULL
);
CREATE INDEX change_history_entity_idx ON change_history(entity_type, entity_id, id);
CREATE INDEX change_history_job_idx ON change_history(job_id);

CREATE TABLE import_jobs (
  id                {{ID_PRIMARY_KEY}},
  kind              TEXT NOT NULL,
  file_name         TEXT NOT NULL,
  status            TEXT NOT NULL,
  rows_total        BIGINT NOT NULL DEFAULT 0,
  rows_done         BIGINT NOT NULL DEFAULT 0,
  rows_errors       BIGINT NOT NULL DEFAULT 0,
  created_at        BIGINT NOT NULL,
  started_at        BIGINT NOT NULL DEFAULT 0,
  finished_at       BIGINT NOT NULL DEFAULT 0,
  heartbeat_at      BIGINT NOT NULL DEFAULT 0,
  error_report_path TEXT NOT NULL DEFAULT '',
  created_by        BIGINT NOT NULL DEFAULT 0,
  cancel_requested  INTEGER NOT NULL DEFAULT 0,
  message           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_jobs_status_idx ON import_jobs(status, heartbeat_at);
)sql";

}  // namespace

const Migration& Migration0003Registry() {
  static const Migration kMigration{3, "registry", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

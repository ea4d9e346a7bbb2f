// Migration 6: stored screening runs (program, period, the settings and registry data version that produced them,
// counts) and their rows (verdict, reason codes, details, fuzzy candidates), so a result can be explained later.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE screening_runs (
  id               {{ID_PRIMARY_KEY}},
  job_id           BIGINT NOT NULL UNIQUE,
  program_code     {{BINARY_TEXT}} NOT NULL,
  period           {{BINARY_TEXT}} NOT NULL,
  list_name        TEXT NOT NULL,
  settings         TEXT NOT NULL,
  data_version     TEXT NOT NULL,
  rows_total       BIGINT NOT NULL,
  lolos            BIGINT NOT NULL,
  perlu_verifikasi BIGINT NOT NULL,
  ditolak          BIGINT NOT NULL,
  created_at       BIGINT NOT NULL,
  created_by       BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE screening_rows (
  id         {{ID_PRIMARY_KEY}},
  run_id     BIGINT NOT NULL,
  line       BIGINT NOT NULL,
  nik        {{BINARY_TEXT}} NOT NULL,
  kk         {{BINARY_TEXT}} NOT NULL,
  name       TEXT NOT NULL,
  desa       {{BINARY_TEXT}} NOT NULL,
  verdict    {{BINARY_TEXT}} NOT NULL,
  reasons    {{BINARY_TEXT}} NOT NULL,
  details    TEXT NOT NULL,
  candidates TEXT NOT NULL
);
CREATE INDEX screening_rows_run_idx ON screening_rows(run_id, line);
CREATE INDEX screening_rows_verdict_idx ON screening_rows(run_id, verdict, line);
)sql";

}  // namespace

const Migration& Migration0006Screening() {
  static const Migration kMigration{6, "screening", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

// Migration 9: registry deduplication. A run (its settings and the data version it saw), the candidate clusters it
// proposed with their scored pairs and each field's evidence, pairs an operator dismissed as different people (never
// proposed again), and merges (records linked to a surviving record; nothing deleted, undo keeps the row).
// Weights and probabilities are stored as integers in millionths (both engines read them back exactly).
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE dedup_runs (
  id                {{ID_PRIMARY_KEY}},
  region            {{BINARY_TEXT}} NOT NULL DEFAULT '',
  settings_digest   TEXT NOT NULL,
  settings_text     TEXT NOT NULL,
  data_version      TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL,
  stage             TEXT NOT NULL DEFAULT '',
  units_done        BIGINT NOT NULL DEFAULT 0,
  units_total       BIGINT NOT NULL DEFAULT 0,
  records           BIGINT NOT NULL DEFAULT 0,
  candidate_pairs   BIGINT NOT NULL DEFAULT 0,
  matches           BIGINT NOT NULL DEFAULT 0,
  clusters          BIGINT NOT NULL DEFAULT 0,
  dismissed_skipped BIGINT NOT NULL DEFAULT 0,
  created_by        BIGINT NOT NULL DEFAULT 0,
  created_at        BIGINT NOT NULL,
  started_at        BIGINT NOT NULL DEFAULT 0,
  finished_at       BIGINT NOT NULL DEFAULT 0,
  heartbeat_at      BIGINT NOT NULL DEFAULT 0,
  cancel_requested  INTEGER NOT NULL DEFAULT 0,
  message           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dedup_runs_status_idx ON dedup_runs(status);

CREATE TABLE dedup_clusters (
  id                    {{ID_PRIMARY_KEY}},
  run_id                BIGINT NOT NULL REFERENCES dedup_runs(id),
  status                TEXT NOT NULL,
  size                  BIGINT NOT NULL,
  max_probability_micro BIGINT NOT NULL,
  decided_by            BIGINT NOT NULL DEFAULT 0,
  decided_at            BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX dedup_clusters_queue_idx ON dedup_clusters(status, max_probability_micro, id);
CREATE INDEX dedup_clusters_run_idx ON dedup_clusters(run_id);

CREATE TABLE dedup_cluster_members (
  cluster_id BIGINT NOT NULL REFERENCES dedup_clusters(id),
  person_id  BIGINT NOT NULL,
  desa       {{BINARY_TEXT}} NOT NULL,
  PRIMARY KEY (cluster_id, person_id)
);
CREATE INDEX dedup_cluster_members_desa_idx ON dedup_cluster_members(desa, cluster_id);

CREATE TABLE dedup_pairs (
  id                {{ID_PRIMARY_KEY}},
  cluster_id        BIGINT NOT NULL REFERENCES dedup_clusters(id),
  person_a          BIGINT NOT NULL,
  person_b          BIGINT NOT NULL,
  weight_micro      BIGINT NOT NULL,
  probability_micro BIGINT NOT NULL,
  prior_micro       BIGINT NOT NULL
);
CREATE INDEX dedup_pairs_cluster_idx ON dedup_pairs(cluster_id);

CREATE TABLE dedup_pair_fields (
  pair_id      BIGINT NOT NULL REFERENCES dedup_pairs(id),
  position     INTEGER NOT NULL,
  field        TEXT NOT NULL,
  level        INTEGER NOT NULL,
  label        TEXT NOT NULL,
  weight_micro BIGINT NOT NULL,
  tf_micro     BIGINT NOT NULL,
  PRIMARY KEY (pair_id, position)
);

CREATE TABLE dedup_dismissed_pairs (
  person_a   BIGINT NOT NULL,
  person_b   BIGINT NOT NULL,
  cluster_id BIGINT NOT NULL,
  decided_by BIGINT NOT NULL DEFAULT 0,
  decided_at BIGINT NOT NULL,
  PRIMARY KEY (person_a, person_b)
);

CREATE TABLE person_merges (
  id          {{ID_PRIMARY_KEY}},
  cluster_id  BIGINT NOT NULL REFERENCES dedup_clusters(id),
  person_id   BIGINT NOT NULL,
  survivor_id BIGINT NOT NULL,
  merged_by   BIGINT NOT NULL DEFAULT 0,
  merged_at   BIGINT NOT NULL,
  undone_by   BIGINT NOT NULL DEFAULT 0,
  undone_at   BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX person_merges_active_idx ON person_merges(person_id) WHERE undone_at = 0;
CREATE INDEX person_merges_cluster_idx ON person_merges(cluster_id);
)sql";

}  // namespace

const Migration& Migration0011Dedup() {
  static const Migration kMigration{11, "dedup", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

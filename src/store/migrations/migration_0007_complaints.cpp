// Migration 7: complaints (keluhan) with their topics, NIKs and phones (in their own tables, so that lists and the
// public view never read them), comments with the history of edited and deleted texts, attachment metadata, and
// the tracking-number sequence per region and year. Topics are seeded with the six topics of the seeds
// (domain::DefaultTopics(), ids 1-6).
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE complaint_topics (
  id     {{ID_PRIMARY_KEY}},
  name   TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO complaint_topics(name, active) VALUES ('Saya tidak menerima bantuan padahal sudah mendaftar', 1);
INSERT INTO complaint_topics(name, active) VALUES ('Saya seharusnya tidak menerima bantuan, tapi menerima bantuan', 1);
INSERT INTO complaint_topics(name, active) VALUES ('Bantuan yang diterima kualitasnya jelek', 1);
INSERT INTO complaint_topics(name, active) VALUES ('Jumlah bantuan tidak sesuai', 1);
INSERT INTO complaint_topics(name, active) VALUES ('Ada pungutan/potongan', 1);
INSERT INTO complaint_topics(name, active) VALUES ('Lainnya', 1);

CREATE TABLE complaint_sequences (
  region     {{BINARY_TEXT}} NOT NULL,
  year       INTEGER NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (region, year)
);

CREATE TABLE complaints (
  id                     {{ID_PRIMARY_KEY}},
  tracking_number        {{BINARY_TEXT}} NOT NULL UNIQUE,
  region                 {{BINARY_TEXT}} NOT NULL,
  program_id             BIGINT,
  topic_id               BIGINT NOT NULL REFERENCES complaint_topics(id),
  title                  TEXT NOT NULL,
  message                TEXT NOT NULL,
  source                 TEXT NOT NULL,
  show_profile           INTEGER NOT NULL,
  rahasia                INTEGER NOT NULL,
  reporter_account_id    BIGINT,
  recorded_by_account_id BIGINT,
  reporter_name          TEXT NOT NULL,
  channel                TEXT NOT NULL,
  status                 TEXT NOT NULL,
  created_at             BIGINT NOT NULL,
  forwarded_at           BIGINT,
  first_response_at      BIGINT,
  no_response_at         BIGINT,
  closed_at              BIGINT,
  search_text            TEXT NOT NULL
);
CREATE INDEX complaints_created_idx ON complaints(created_at, id);
CREATE INDEX complaints_region_created_idx ON complaints(region, created_at);
CREATE INDEX complaints_status_forwarded_idx ON complaints(status, forwarded_at);
CREATE INDEX complaints_reporter_idx ON complaints(reporter_account_id);
CREATE INDEX complaints_recorder_idx ON complaints(recorded_by_account_id);

CREATE TABLE complaint_niks (
  complaint_id BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('reporter', 'beneficiary')),
  nik          {{BINARY_TEXT}} NOT NULL,
  PRIMARY KEY (complaint_id, position)
);
CREATE INDEX complaint_niks_nik_idx ON complaint_niks(nik);

CREATE TABLE complaint_phones (
  complaint_id BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  phone        TEXT NOT NULL,
  PRIMARY KEY (complaint_id, position)
);

CREATE TABLE complaint_comments (
  id                {{ID_PRIMARY_KEY}},
  complaint_id      BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  author_account_id BIGINT,
  author_label      TEXT NOT NULL,
  at                BIGINT NOT NULL,
  text              TEXT NOT NULL,
  status_from       TEXT,
  status_to         TEXT,
  edited            INTEGER NOT NULL DEFAULT 0,
  deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX complaint_comments_complaint_idx ON complaint_comments(complaint_id, at, id);

CREATE TABLE complaint_comment_revisions (
  id          {{ID_PRIMARY_KEY}},
  comment_id  BIGINT NOT NULL REFERENCES complaint_comments(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  replaced_at BIGINT NOT NULL
);
CREATE INDEX complaint_comment_revisions_idx ON complaint_comment_revisions(comment_id, id);

CREATE TABLE complaint_attachments (
  id            {{ID_PRIMARY_KEY}},
  complaint_id  BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
  stored_name   TEXT NOT NULL UNIQUE,
  original_name TEXT NOT NULL,
  content_type  TEXT NOT NULL,
  size_bytes    BIGINT NOT NULL,
  uploaded_by   BIGINT,
  uploaded_at   BIGINT NOT NULL
);
CREATE INDEX complaint_attachments_complaint_idx ON complaint_attachments(complaint_id, id);
)sql";

}  // namespace

const Migration& Migration0007Complaints() {
  static const Migration kMigration{7, "complaints", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

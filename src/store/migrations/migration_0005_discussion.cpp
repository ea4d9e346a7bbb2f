// Migration 5: the public discussion (Diskusi): items and comments in one table of posts, abuse reports (one per
// account and post), and the revisions that moderation keeps of every text it changes.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE discussion_posts (
  id                {{ID_PRIMARY_KEY}},
  parent_id         BIGINT REFERENCES discussion_posts(id),
  kind              TEXT NOT NULL,
  complaint_id      BIGINT,
  region_code       {{BINARY_TEXT}} NOT NULL DEFAULT '',
  author_account_id BIGINT,
  author_label      TEXT NOT NULL,
  title             TEXT NOT NULL,
  body              TEXT NOT NULL,
  state             TEXT NOT NULL,
  open_reports      INTEGER NOT NULL DEFAULT 0,
  moderated         INTEGER NOT NULL DEFAULT 0,
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL
);
CREATE INDEX discussion_posts_parent_idx ON discussion_posts(parent_id, state, id);
CREATE INDEX discussion_posts_state_idx ON discussion_posts(state, id);
CREATE UNIQUE INDEX discussion_posts_complaint_idx ON discussion_posts(complaint_id);

CREATE TABLE discussion_reports (
  post_id    BIGINT NOT NULL REFERENCES discussion_posts(id),
  account_id BIGINT NOT NULL,
  reason     TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  closed_at  BIGINT,
  PRIMARY KEY (post_id, account_id)
);

CREATE TABLE discussion_revisions (
  id         {{ID_PRIMARY_KEY}},
  post_id    BIGINT NOT NULL REFERENCES discussion_posts(id),
  title      TEXT NOT NULL,
  body       TEXT NOT NULL,
  state      TEXT NOT NULL,
  action     TEXT NOT NULL,
  note       TEXT NOT NULL,
  changed_by BIGINT NOT NULL,
  changed_at BIGINT NOT NULL
);
CREATE INDEX discussion_revisions_post_idx ON discussion_revisions(post_id, id);
)sql";

}  // namespace

const Migration& Migration0005Discussion() {
  static const Migration kMigration{5, "discussion", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

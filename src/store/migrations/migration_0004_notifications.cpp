// Migration 4: in-app notifications per account (the bell) and the email outbox (sent by the outbox sender, kept
// with attempt counts and the next try time while SMTP is down).
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE notifications (
  id          {{ID_PRIMARY_KEY}},
  account_id  BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  reference   TEXT NOT NULL,
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  created_at  BIGINT NOT NULL,
  read_at     BIGINT
);
CREATE INDEX notifications_account_idx ON notifications(account_id, id);
CREATE INDEX notifications_unread_idx ON notifications(account_id, read_at);

CREATE TABLE email_outbox (
  id              {{ID_PRIMARY_KEY}},
  recipient       TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  created_at      BIGINT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  claimed_until   BIGINT NOT NULL DEFAULT 0,
  last_error      TEXT NOT NULL DEFAULT '',
  sent_at         BIGINT
);
CREATE INDEX email_outbox_due_idx ON email_outbox(sent_at, next_attempt_at);
)sql";

}  // namespace

const Migration& Migration0004Notifications() {
  static const Migration kMigration{4, "notifications", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations

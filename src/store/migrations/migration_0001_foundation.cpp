// Migration 1: regions, accounts with scopes, sessions, login throttling, and the append-only audit log.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE TABLE regions (
  code        {{BINARY_TEXT}} PRIMARY KEY,
  parent_code {{BINARY_TEXT}} REFERENCES regions(code),
  name        {{BINARY_TEXT}} NOT NULL,
  level       INTEGER NOT NULL
);
CREATE INDEX regions_parent_idx ON regions(parent_code, code);
CREATE INDEX regions_lower_name_idx ON regions(lower(name));

CREATE TABLE accounts (
  id            {{ID_PRIMARY_KEY}},
  email         TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    BIGINT NOT NULL
);

CREATE TABLE account_scopes (
  account_id  BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  region_code {{BINARY_TEXT}} NOT NULL,
  PRIMARY KEY (account_id, region_code)
);

CREATE TABLE sessions (
  token_hash      TEXT PRIMARY KEY,
  account_id      BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token      TEXT NOT NULL,
  created_at      BIGINT NOT NULL,
  last_seen_at    BIGINT NOT NULL,
  absolute_expiry BIGINT NOT NULL
);
CREATE INDEX sessions_account_idx ON sessions(account_id);
CREATE INDEX sessions_last_seen_idx ON sessions(last_seen_at);
CREATE INDEX sessions_expiry_idx ON sessions(absolute_expiry);

CREATE TABLE login_failures (
  key TEXT NOT NULL,
  at  BIGINT NOT NULL
);
CREATE INDEX login_failures_key_at_idx ON login_failures(key, at);

CREATE TABLE audit_log (
  id             BIGINT PRIMARY KEY,
  at             BIGINT NOT NULL,
  actor_id       BIGINT NOT NULL,
  actor_label    TEXT NOT NULL,
  action         TEXT NOT NULL,
  object_type    TEXT NOT NULL,
  object_id      TEXT NOT NULL,
  client_address TEXT NOT NULL,
  outcome        TEXT NOT NULL,
  detail         TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  hash           TEXT NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log(at);
)sql";

// Append-only audit log: refuse UPDATE and DELETE (an attacker with owner rights can still drop the triggers;
// the hash chain is what makes that detectable).
constexpr std::string_view kSqlite = R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END;
)sql";

constexpr std::string_view kPostgres = R"sql(
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
)sql";

}  // namespace

const Migration& Migration0001Foundation() {
  static const Migration kMigration{1, "foundation", kPortable, kSqlite, kPostgres};
  return kMigration;
}

}  // namespace tepat::store::migrations

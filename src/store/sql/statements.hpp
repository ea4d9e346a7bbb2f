#pragma once
// Every SQL statement of the store, written once with `?` placeholders for both engines.
// Column lists are shared with the row readers (row_readers.cpp): keep the orders in step.
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

#define TEPAT_REGION_COLUMNS "code, parent_code, name"
#define TEPAT_ACCOUNT_COLUMNS "id, email, display_name, role, password_hash, disabled, created_at"
#define TEPAT_SESSION_COLUMNS "token_hash, account_id, csrf_token, created_at, last_seen_at, absolute_expiry"
#define TEPAT_AUDIT_COLUMNS \
  "id, at, actor_id, actor_label, action, object_type, object_id, client_address, outcome, detail, prev_hash, hash"

// --- schema ---------------------------------------------------------------------------------------------------
inline constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";
inline constexpr Statement kPing{"ping", "SELECT 1"};
inline constexpr Statement kSchemaVersion{"schema_version", "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"};
inline constexpr Statement kMigrationApplied{"migration_applied",
                                             "SELECT COUNT(*) FROM schema_migrations WHERE version = ?"};
inline constexpr Statement kRecordMigration{
    "record_migration", "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)"};

// --- regions --------------------------------------------------------------------------------------------------
inline constexpr std::string_view kUpsertRegionHead =
    "INSERT INTO regions(code, parent_code, name, level, search_name) VALUES ";
inline constexpr std::string_view kUpsertRegionValues = "(?, ?, ?, ?, ?)";
inline constexpr std::string_view kUpsertRegionTail =
    " ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, name = excluded.name, "
    "level = excluded.level, search_name = excluded.search_name";
inline constexpr Statement kCountRegions{"count_regions", "SELECT COUNT(*) FROM regions"};
inline constexpr Statement kGetRegion{"get_region", "SELECT " TEPAT_REGION_COLUMNS " FROM regions WHERE code = ?"};
inline constexpr Statement kListProvinces{
    "list_provinces", "SELECT " TEPAT_REGION_COLUMNS " FROM regions WHERE parent_code IS NULL ORDER BY code"};
inline constexpr Statement kListChildRegions{
    "list_child_regions", "SELECT " TEPAT_REGION_COLUMNS " FROM regions WHERE parent_code = ? ORDER BY code"};
// The parameter is a LIKE pattern over search_name (the name lower-cased by the store), `\` escaping % _ and \.
inline constexpr Statement kSearchRegions{"search_regions",
                                          "SELECT " TEPAT_REGION_COLUMNS
                                          " FROM regions WHERE search_name LIKE ? ESCAPE '\\' "
                                          "ORDER BY level, name, code LIMIT ?"};

// --- accounts -------------------------------------------------------------------------------------------------
inline constexpr Statement kInsertAccount{
    "insert_account",
    "INSERT INTO accounts(email, display_name, role, password_hash, disabled, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"};
inline constexpr Statement kInsertAccountScope{
    "insert_account_scope",
    "INSERT INTO account_scopes(account_id, region_code) VALUES (?, ?) ON CONFLICT DO NOTHING"};
inline constexpr Statement kDeleteAccountScopes{"delete_account_scopes",
                                                "DELETE FROM account_scopes WHERE account_id = ?"};
inline constexpr Statement kFindAccountByEmail{"find_account_by_email",
                                               "SELECT " TEPAT_ACCOUNT_COLUMNS " FROM accounts WHERE email = ?"};
inline constexpr Statement kGetAccount{"get_account", "SELECT " TEPAT_ACCOUNT_COLUMNS " FROM accounts WHERE id = ?"};
inline constexpr Statement kListAccounts{"list_accounts", "SELECT " TEPAT_ACCOUNT_COLUMNS " FROM accounts ORDER BY id"};
inline constexpr Statement kListScopesOfAccount{
    "list_scopes_of_account", "SELECT region_code FROM account_scopes WHERE account_id = ? ORDER BY region_code"};
inline constexpr Statement kListAllScopes{
    "list_all_scopes", "SELECT account_id, region_code FROM account_scopes ORDER BY account_id, region_code"};
inline constexpr Statement kSetAccountDisabled{"set_account_disabled",
                                               "UPDATE accounts SET disabled = ? WHERE id = ?"};
inline constexpr Statement kSetPasswordHash{"set_password_hash", "UPDATE accounts SET password_hash = ? WHERE id = ?"};
inline constexpr Statement kAccountExists{"account_exists", "SELECT COUNT(*) FROM accounts WHERE id = ?"};

// --- sessions -------------------------------------------------------------------------------------------------
inline constexpr Statement kInsertSession{
    "insert_session",
    "INSERT INTO sessions(" TEPAT_SESSION_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?)"};
inline constexpr Statement kFindSession{"find_session",
                                        "SELECT " TEPAT_SESSION_COLUMNS " FROM sessions WHERE token_hash = ?"};
inline constexpr Statement kTouchSession{"touch_session",
                                         "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"};
inline constexpr Statement kDeleteSession{"delete_session", "DELETE FROM sessions WHERE token_hash = ?"};
inline constexpr Statement kDeleteSessionsOfAccount{"delete_sessions_of_account",
                                                    "DELETE FROM sessions WHERE account_id = ?"};
inline constexpr Statement kDeleteExpiredSessions{
    "delete_expired_sessions", "DELETE FROM sessions WHERE last_seen_at < ? OR absolute_expiry <= ?"};

// --- login throttling -----------------------------------------------------------------------------------------
inline constexpr Statement kInsertLoginFailure{"insert_login_failure",
                                               "INSERT INTO login_failures(key, at) VALUES (?, ?)"};
inline constexpr Statement kCountLoginFailures{"count_login_failures",
                                               "SELECT COUNT(*) FROM login_failures WHERE key = ? AND at >= ?"};
inline constexpr Statement kClearLoginFailures{"clear_login_failures", "DELETE FROM login_failures WHERE key = ?"};

// --- audit log ------------------------------------------------------------------------------------------------
inline constexpr Statement kLastAudit{"last_audit", "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"};
inline constexpr Statement kInsertAudit{
    "insert_audit", "INSERT INTO audit_log(" TEPAT_AUDIT_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
inline constexpr Statement kListAuditNewest{
    "list_audit_newest", "SELECT " TEPAT_AUDIT_COLUMNS " FROM audit_log ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kListAuditBefore{
    "list_audit_before", "SELECT " TEPAT_AUDIT_COLUMNS " FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kAuditInOrder{"audit_in_order",
                                         "SELECT " TEPAT_AUDIT_COLUMNS " FROM audit_log ORDER BY id"};

#undef TEPAT_REGION_COLUMNS
#undef TEPAT_ACCOUNT_COLUMNS
#undef TEPAT_SESSION_COLUMNS
#undef TEPAT_AUDIT_COLUMNS

}  // namespace tepat::store::sql

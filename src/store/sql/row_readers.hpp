#pragma once
// Row readers: domain objects from result rows, in the column orders of statements.hpp.
#include "domain/account.hpp"
#include "domain/audit_entry.hpp"
#include "domain/region.hpp"
#include "domain/session.hpp"
#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// Region from (code, parent_code, name). kInternal when a stored code is not a valid region code.
Result<domain::Region> ReadRegion(const Row& row);
/// Account without scopes from (id, email, display_name, role, password_hash, disabled, created_at).
/// kInternal for an unknown stored role.
Result<domain::Account> ReadAccount(const Row& row);
/// Session from (token_hash, account_id, csrf_token, created_at, last_seen_at, absolute_expiry).
Result<domain::Session> ReadSession(const Row& row);
/// Audit entry from the 12 audit_log columns. kInternal for an unknown stored outcome.
Result<domain::AuditEntry> ReadAuditEntry(const Row& row);
/// A region code from `column`. kInternal when it is not a valid code.
Result<domain::RegionCode> ReadRegionCode(const Row& row, int column);

/// Parses a stored outcome name ("success", "denied", "failed").
std::optional<domain::AuditOutcome> ParseAuditOutcome(std::string_view name);

}  // namespace tepat::store::sql

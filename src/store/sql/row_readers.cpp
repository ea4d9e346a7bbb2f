#include "store/sql/row_readers.hpp"

#include <array>
#include <string>

namespace tepat::store::sql {

Result<domain::RegionCode> ReadRegionCode(const Row& row, int column) {
  std::optional<domain::RegionCode> code = domain::RegionCode::Parse(row.Text(column));
  if (!code) {
    return domain::Internal("stored region code '" + std::string(row.Text(column)) +
                            "' is not a valid code; reload the region reference data");
  }
  return *code;
}

Result<domain::Region> ReadRegion(const Row& row) {
  Result<domain::RegionCode> code = ReadRegionCode(row, 0);
  if (!code.ok()) return code.status();
  domain::Region region{.code = *code, .parent = std::nullopt, .name = std::string(row.Text(2))};
  if (!row.IsNull(1)) {
    Result<domain::RegionCode> parent = ReadRegionCode(row, 1);
    if (!parent.ok()) return parent.status();
    region.parent = *parent;
  }
  return region;
}

Result<domain::Account> ReadAccount(const Row& row) {
  std::optional<domain::Role> role = domain::ParseRole(row.Text(3));
  if (!role) {
    return domain::Internal("account " + std::to_string(row.Int(0)) + " has unknown role '" +
                            std::string(row.Text(3)) + "'; fix the accounts table");
  }
  domain::Account account;
  account.id = row.Int(0);
  account.email = row.Text(1);
  account.display_name = row.Text(2);
  account.role = *role;
  account.password_hash = row.Text(4);
  account.disabled = row.Int(5) != 0;
  account.created_at = row.Int(6);
  return account;
}

Result<domain::Session> ReadSession(const Row& row) {
  return domain::Session{
      .token_hash = std::string(row.Text(0)),
      .account_id = row.Int(1),
      .csrf_token = std::string(row.Text(2)),
      .created_at = row.Int(3),
      .last_seen_at = row.Int(4),
      .absolute_expiry = row.Int(5),
  };
}

std::optional<domain::AuditOutcome> ParseAuditOutcome(std::string_view name) {
  constexpr std::array kOutcomes = {domain::AuditOutcome::kSuccess, domain::AuditOutcome::kDenied,
                                    domain::AuditOutcome::kFailed};
  for (domain::AuditOutcome outcome : kOutcomes) {
    if (name == domain::AuditOutcomeName(outcome)) return outcome;
  }
  return std::nullopt;
}

Result<domain::AuditEntry> ReadAuditEntry(const Row& row) {
  std::optional<domain::AuditOutcome> outcome = ParseAuditOutcome(row.Text(8));
  if (!outcome) {
    return domain::Internal("audit row " + std::to_string(row.Int(0)) + " has unknown outcome '" +
                            std::string(row.Text(8)) + "'; the audit log was altered");
  }
  domain::AuditEntry entry;
  entry.id = row.Int(0);
  entry.at = row.Int(1);
  entry.actor_id = row.Int(2);
  entry.actor_label = row.Text(3);
  entry.action = row.Text(4);
  entry.object_type = row.Text(5);
  entry.object_id = row.Text(6);
  entry.client_address = row.Text(7);
  entry.outcome = *outcome;
  entry.detail = row.Text(9);
  entry.prev_hash = row.Text(10);
  entry.hash = row.Text(11);
  return entry;
}

}  // namespace tepat::store::sql

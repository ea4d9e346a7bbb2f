#pragma once
// The audit hash chain: how a row's hash is computed and how a sequence of rows is checked.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/audit_entry.hpp"
#include "store/store.hpp"

namespace tepat::store {

/// Lower-case hex SHA-256 of `data` (libsodium crypto_hash_sha256). Thread-safe.
std::string Sha256Hex(std::string_view data);

/// The hash of an audit row: hex SHA-256 of entry.prev_hash + domain::CanonicalAuditText(entry). `entry.hash` is
/// ignored. Pure.
std::string ComputeAuditHash(const domain::AuditEntry& entry);

/// Checks audit rows fed in increasing id order: ids run 1, 2, 3... without gaps, every row's prev_hash is the
/// previous row's hash ("" for row 1), and every row's hash matches its content. Stops at the first bad row.
/// A removed *last* row cannot be seen without an outside anchor (see docs/storage.md). Not thread-safe.
class AuditChainVerifier {
 public:
  /// Checks the next row.
  void Add(const domain::AuditEntry& entry);
  /// Marks row `id` as bad because it could not even be read (e.g. an unknown outcome); `reason` says why.
  void AddUnreadable(std::int64_t id, const std::string& reason);
  const AuditVerification& result() const { return result_; }

 private:
  void Fail(std::int64_t id, std::string reason);

  AuditVerification result_;
  std::int64_t last_id_ = 0;
  std::string last_hash_;
};

}  // namespace tepat::store

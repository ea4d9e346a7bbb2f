#include "store/audit_chain.hpp"

#include <sodium.h>

#include <array>

namespace tepat::store {

std::string Sha256Hex(std::string_view data) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

std::string ComputeAuditHash(const domain::AuditEntry& entry) {
  return Sha256Hex(entry.prev_hash + domain::CanonicalAuditText(entry));
}

void AuditChainVerifier::Fail(std::int64_t id, std::string reason) {
  result_.intact = false;
  result_.first_bad_id = id;
  result_.reason = std::move(reason);
}

void AuditChainVerifier::AddUnreadable(std::int64_t id, const std::string& reason) {
  if (!result_.intact) return;
  ++result_.rows_checked;
  Fail(id, reason);
}

void AuditChainVerifier::Add(const domain::AuditEntry& entry) {
  if (!result_.intact) return;
  ++result_.rows_checked;
  const std::int64_t expected_id = last_id_ + 1;
  if (entry.id > expected_id) {
    const std::string missing = entry.id == expected_id + 1
                                    ? "row " + std::to_string(expected_id)
                                    : "rows " + std::to_string(expected_id) + " to " + std::to_string(entry.id - 1);
    return Fail(entry.id, missing + " missing before id " + std::to_string(entry.id) + " (removed)");
  }
  if (entry.id < expected_id) {
    return Fail(entry.id, "id " + std::to_string(entry.id) + " out of order after id " + std::to_string(last_id_));
  }
  if (ComputeAuditHash(entry) != entry.hash) {
    return Fail(entry.id, "hash mismatch: the content of row " + std::to_string(entry.id) + " was changed");
  }
  if (entry.prev_hash != last_hash_ && last_id_ == 0) {
    return Fail(entry.id, "row 1 has a prev_hash although it is the first row (rewritten)");
  }
  if (entry.prev_hash != last_hash_) {
    return Fail(entry.id, "prev_hash does not match the hash of row " + std::to_string(last_id_) + " (row " +
                              std::to_string(last_id_) + " was rewritten or replaced)");
  }
  last_id_ = entry.id;
  last_hash_ = entry.hash;
}

}  // namespace tepat::store

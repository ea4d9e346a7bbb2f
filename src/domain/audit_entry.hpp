#pragma once
// AuditEntry: one row of the append-only, hash-chained audit log.
#include <cstdint>
#include <string>

#include "domain/account.hpp"

namespace tepat::domain {

/// What happened to an audited action.
enum class AuditOutcome { kSuccess, kDenied, kFailed };
const char* AuditOutcomeName(AuditOutcome outcome);

/// Who did what to which object, when, from where, and how it ended. Never holds a NIK, KK or phone number:
/// objects are named by internal id or by a masked value.
struct AuditEntry {
  std::int64_t id = 0;          ///< assigned by the store, increasing
  UnixSeconds at = 0;           ///< UTC
  std::int64_t actor_id = 0;    ///< 0 for anonymous / system
  std::string actor_label;      ///< e.g. "admin@demo.tepat.id", "anonymous", "system"
  std::string action;           ///< e.g. "auth.login", "person.view", "account.create"
  std::string object_type;      ///< e.g. "account", "person", "complaint"
  std::string object_id;        ///< internal id or masked key
  std::string client_address;   ///< IP address of the client, "" for CLI
  AuditOutcome outcome = AuditOutcome::kSuccess;
  std::string detail;           ///< short free text, no personal data
  std::string prev_hash;        ///< hex SHA-256 of the previous row ("" for the first)
  std::string hash;             ///< hex SHA-256 of prev_hash + CanonicalAuditText(*this)
};

/// The exact text hashed for an entry: every field but `hash`, in a fixed order, with separators that cannot occur
/// ambiguously (each field is length-prefixed). Pure; deterministic.
std::string CanonicalAuditText(const AuditEntry& entry);

}  // namespace tepat::domain

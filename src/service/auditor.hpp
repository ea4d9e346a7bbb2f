#pragma once
// Auditor: writes the audit log entries of every write and every read of personal data.
#include <string>

#include "domain/audit_entry.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// What an audit entry is about.
struct AuditObject {
  std::string type;  ///< "account", "session", "person", ...
  std::string id;    ///< internal id or a masked key; never a raw NIK, KK or phone number
};

/// Appends audit entries through the store. Thread-safe.
class Auditor {
 public:
  Auditor(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  /// Appends one entry. Returns the store's error when it could not be written; callers reading personal data
  /// must then refuse the read.
  domain::Status Record(const Actor& actor, const std::string& action, const AuditObject& object,
                        domain::AuditOutcome outcome, const std::string& detail = "");

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace tepat::service

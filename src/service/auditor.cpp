#include "service/auditor.hpp"

namespace tepat::service {

domain::Status Auditor::Record(const Actor& actor, const std::string& action, const AuditObject& object,
                               domain::AuditOutcome outcome, const std::string& detail) {
  domain::AuditEntry entry;
  entry.at = clock_.Now();
  entry.actor_id = actor.Id();
  entry.actor_label = actor.Label();
  entry.action = action;
  entry.object_type = object.type;
  entry.object_id = object.id;
  entry.client_address = actor.client_address;
  entry.outcome = outcome;
  entry.detail = detail;
  auto stored = store_.AppendAudit(std::move(entry));
  return stored.ok() ? domain::Status::Ok() : stored.status();
}

}  // namespace tepat::service

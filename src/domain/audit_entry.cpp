#include "domain/audit_entry.hpp"

namespace tepat::domain {
namespace {

void AppendField(std::string& out, const std::string& value) {
  out.append(std::to_string(value.size()));
  out.push_back(':');
  out.append(value);
  out.push_back('|');
}

}  // namespace

const char* AuditOutcomeName(AuditOutcome outcome) {
  switch (outcome) {
    case AuditOutcome::kSuccess: return "success";
    case AuditOutcome::kDenied: return "denied";
    case AuditOutcome::kFailed: return "failed";
  }
  return "failed";
}

std::string CanonicalAuditText(const AuditEntry& e) {
  std::string out;
  AppendField(out, std::to_string(e.id));
  AppendField(out, std::to_string(e.at));
  AppendField(out, std::to_string(e.actor_id));
  AppendField(out, e.actor_label);
  AppendField(out, e.action);
  AppendField(out, e.object_type);
  AppendField(out, e.object_id);
  AppendField(out, e.client_address);
  AppendField(out, AuditOutcomeName(e.outcome));
  AppendField(out, e.detail);
  AppendField(out, e.prev_hash);
  return out;
}

}  // namespace tepat::domain

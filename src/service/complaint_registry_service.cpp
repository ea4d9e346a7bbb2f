#include "service/complaint_registry_service.hpp"

#include <map>
#include <optional>

#include "domain/complaint_privacy.hpp"
#include "domain/registry_access.hpp"
#include "service/complaint_service.hpp"

namespace tepat::service {
namespace {

using domain::ComplaintVisibility;
using domain::RegistryAccess;

constexpr char kReasonSeparator = ',';

domain::Status NotFoundComplaint() { return domain::NotFound("keluhan tidak ditemukan (complaint not found)"); }

std::string ShowDetails(const std::string& details, RegistryAccess access) {
  return access == RegistryAccess::kFull ? details : domain::MaskNumbersInText(details);
}

}  // namespace

const char* ComplaintNikRoleName(ComplaintNikRole role) {
  return role == ComplaintNikRole::kReporter ? "reporter" : "beneficiary";
}

std::vector<std::string> SplitReasonCodes(const std::string& reasons) {
  std::vector<std::string> out;
  std::string current;
  for (char c : reasons) {
    if (c != kReasonSeparator) {
      current.push_back(c);
      continue;
    }
    if (!current.empty()) out.push_back(std::move(current));
    current.clear();
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

domain::Result<std::vector<ScreeningMention>> ComplaintRegistryService::Screenings(const std::string& nik,
                                                                                   RegistryAccess access) {
  domain::Result<std::vector<store::ScreeningRowOfRun>> rows =
      store_.ListScreeningRowsOfNik(nik, kMaxScreeningMentions);
  if (!rows.ok()) return rows.status();
  std::map<std::string, std::string> program_names;
  std::vector<ScreeningMention> out;
  for (const store::ScreeningRowOfRun& found : *rows) {
    auto [name, inserted] = program_names.try_emplace(found.run.program_code);
    if (inserted) {
      domain::Result<std::optional<domain::Program>> program = store_.FindProgram(found.run.program_code);
      if (!program.ok()) return program.status();
      if (program->has_value()) name->second = (*program)->name;
    }
    out.push_back(ScreeningMention{.run_id = found.run.id,
                                   .job_id = found.run.job_id,
                                   .program_code = found.run.program_code,
                                   .program_name = name->second,
                                   .period = found.run.period,
                                   .list_name = found.run.list_name,
                                   .screened_at = found.run.created_at,
                                   .line = found.row.line,
                                   .name = found.row.name,
                                   .verdict = found.row.verdict,
                                   .reasons = SplitReasonCodes(found.row.reasons),
                                   .details = ShowDetails(found.row.details, access)});
  }
  return out;
}

domain::Result<ComplaintRegistryAnswer> ComplaintRegistryService::Answer(const Actor& actor,
                                                                         std::int64_t complaint_id) {
  domain::Result<std::optional<domain::Complaint>> loaded = store_.GetComplaint(complaint_id);
  if (!loaded.ok()) return loaded.status();
  if (!loaded->has_value()) return NotFoundComplaint();
  const domain::Complaint& complaint = **loaded;
  const ComplaintVisibility visibility = domain::ComplaintVisibilityFor(ComplaintActorFor(actor, complaint), complaint);
  if (visibility == ComplaintVisibility::kNone) return NotFoundComplaint();
  const RegistryAccess access =
      actor.account ? domain::RegistryAccessFor(actor.account->role) : RegistryAccess::kNone;
  const bool sees_niks = visibility == ComplaintVisibility::kFull || visibility == ComplaintVisibility::kMasked;
  if (!sees_niks || access == RegistryAccess::kNone) {
    return domain::PermissionDenied(
        "data registri keluhan ini hanya untuk petugas wilayahnya (the registry data of this complaint is for the "
        "officials of its region only)");
  }
  if (domain::Status audited = auditor_.Record(actor, "complaint.registry_view",
                                               AuditObject{"complaint", std::to_string(complaint.id)},
                                               domain::AuditOutcome::kSuccess);
      !audited.ok()) {
    return audited;
  }

  ComplaintRegistryAnswer answer;
  answer.complaint_id = complaint.id;
  answer.access = access;
  std::vector<std::pair<ComplaintNikRole, std::string>> niks;
  if (complaint.reporter_nik) niks.emplace_back(ComplaintNikRole::kReporter, *complaint.reporter_nik);
  for (const std::string& nik : complaint.beneficiary_niks) niks.emplace_back(ComplaintNikRole::kBeneficiary, nik);
  const std::string reason = "complaint " + std::to_string(complaint.id);
  for (const auto& [role, nik] : niks) {
    domain::Result<NikSummary> summary = lookup_.DescribeNik(actor, nik, reason);
    if (!summary.ok()) return summary.status();
    ComplaintNikAnswer entry{.role = role, .summary = std::move(summary).value(), .screenings = {}};
    if (entry.summary.standing != NikStanding::kOutsideRegions) {
      domain::Result<std::vector<ScreeningMention>> screenings = Screenings(nik, access);
      if (!screenings.ok()) return screenings.status();
      entry.screenings = std::move(screenings).value();
    }
    answer.niks.push_back(std::move(entry));
  }
  return answer;
}

}  // namespace tepat::service

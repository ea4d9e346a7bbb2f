#pragma once
// ComplaintRegistryService: "answering from the data" (issue 5 item 4; seed 003 appendix III B). Beside a complaint
// that names NIKs, an official sees for each NIK what the registry says (RegistryLookupService::DescribeNik: person
// found, alive/deceased/moved, household and members, DTKS status and decile, programs received, family members
// receiving) and what screening said when the NIK was proposed for a program (the latest stored screening rows:
// program, period, verdict, reasons).
//
// Contract:
//  - The NIKs come from the stored complaint (reporter first, then beneficiaries), never from the caller.
//  - Who: an account that sees the complaint with its NIKs (ComplaintVisibility kFull or kMasked) AND has registry
//    access (domain::RegistryAccessFor not kNone): admin, the PIC Korwil and admin Pemda of the complaint's region,
//    an operator desa of the region. Anyone else gets kNotFound when they could not see the complaint at all,
//    kPermissionDenied otherwise (the reporter, officials of other regions, roles without registry access).
//  - Numbers are shown as the role's registry access allows (masked for pic_korwil, admin_pemda, operator_desa);
//    screening details are masked the same way; screening candidates (other people's NIKs) are never returned.
//  - Audit: one "complaint.registry_view" entry, then one DescribeNik entry per NIK ("complaint <id>"), before
//    anything is returned; when the audit cannot be written the call fails.
//  - Screening rows are told only for a NIK found in the viewer's regions or not in the registry at all (not for
//    a person registered outside the viewer's regions).
// Thread-safe (holds no mutable state).
#include <cstdint>
#include <string>
#include <vector>

#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/registry_lookup_service.hpp"
#include "service/registry_views.hpp"
#include "store/screening_types.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Latest screening rows per NIK that are returned.
inline constexpr int kMaxScreeningMentions = 10;

/// One screened proposal naming the NIK.
struct ScreeningMention {
  std::int64_t run_id = 0;
  std::int64_t job_id = 0;
  std::string program_code;
  std::string program_name;  ///< "" when the program is not in the registry
  std::string period;
  std::string list_name;
  domain::UnixSeconds screened_at = 0;
  std::int64_t line = 0;
  std::string name;                  ///< the name as written in the list
  std::string verdict;               ///< "LOLOS", "PERLU_VERIFIKASI", "DITOLAK"
  std::vector<std::string> reasons;  ///< reason codes, e.g. "MENINGGAL"
  std::string details;               ///< one "CODE: detail" per line, numbers shown per access
};

/// Which part of the complaint a NIK comes from.
enum class ComplaintNikRole { kReporter, kBeneficiary };
/// "reporter", "beneficiary".
const char* ComplaintNikRoleName(ComplaintNikRole role);

/// What the data says about one NIK of the complaint.
struct ComplaintNikAnswer {
  ComplaintNikRole role = ComplaintNikRole::kReporter;
  NikSummary summary;
  std::vector<ScreeningMention> screenings;  ///< newest run first
};

/// The answer for a whole complaint.
struct ComplaintRegistryAnswer {
  std::int64_t complaint_id = 0;
  domain::RegistryAccess access = domain::RegistryAccess::kMasked;
  std::vector<ComplaintNikAnswer> niks;  ///< reporter first, then beneficiaries in the complaint's order
};

/// Splits stored reason codes (",MENINGGAL,TERDAFTAR_DTKS,") into codes. Pure.
std::vector<std::string> SplitReasonCodes(const std::string& reasons);

class ComplaintRegistryService {
 public:
  ComplaintRegistryService(store::Store& store, Auditor& auditor, RegistryLookupService& lookup)
      : store_(store), auditor_(auditor), lookup_(lookup) {}

  /// What the registry and screening say about every NIK of complaint `complaint_id` (see the contract above).
  /// Errors: kNotFound, kPermissionDenied as above; the store's error when the data or the audit log fail.
  domain::Result<ComplaintRegistryAnswer> Answer(const Actor& actor, std::int64_t complaint_id);

 private:
  domain::Result<std::vector<ScreeningMention>> Screenings(const std::string& nik, domain::RegistryAccess access);

  store::Store& store_;
  Auditor& auditor_;
  RegistryLookupService& lookup_;
};

}  // namespace tepat::service

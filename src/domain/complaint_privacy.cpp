#include "domain/complaint_privacy.hpp"

#include "domain/nik.hpp"
#include "domain/phone_number.hpp"

namespace tepat::domain {
namespace {

ComplaintVisibility PublicOrNone(const Complaint& complaint) {
  return complaint.rahasia ? ComplaintVisibility::kNone : ComplaintVisibility::kPublic;
}

}  // namespace

const char* ComplaintVisibilityName(ComplaintVisibility visibility) {
  switch (visibility) {
    case ComplaintVisibility::kNone: return "none";
    case ComplaintVisibility::kPublic: return "public";
    case ComplaintVisibility::kMasked: return "masked";
    case ComplaintVisibility::kFull: return "full";
  }
  return "none";
}

ComplaintVisibility ComplaintVisibilityFor(const std::optional<ComplaintActor>& viewer, const Complaint& complaint) {
  if (!viewer) return PublicOrNone(complaint);
  if (!viewer->role) return ComplaintVisibility::kFull;  // the system
  const Role role = *viewer->role;
  if (role == Role::kAdmin) return ComplaintVisibility::kFull;
  if ((role == Role::kPicKorwil || role == Role::kAdminPemda) && viewer->covers_region) {
    return ComplaintVisibility::kFull;
  }
  if (IsOwnComplaint(complaint, *viewer)) return ComplaintVisibility::kMasked;
  if (role == Role::kOperatorDesa && viewer->covers_region) return ComplaintVisibility::kMasked;
  return PublicOrNone(complaint);
}

std::optional<Complaint> RedactComplaint(Complaint complaint, ComplaintVisibility visibility) {
  switch (visibility) {
    case ComplaintVisibility::kNone: return std::nullopt;
    case ComplaintVisibility::kFull: return complaint;
    case ComplaintVisibility::kMasked:
      if (complaint.reporter_nik) complaint.reporter_nik = MaskNik(*complaint.reporter_nik);
      for (std::string& nik : complaint.beneficiary_niks) nik = MaskNik(nik);
      for (std::string& phone : complaint.phones) phone = MaskPhoneNumber(phone);
      return complaint;
    case ComplaintVisibility::kPublic:
      complaint.reporter_nik.reset();
      complaint.beneficiary_niks.clear();
      complaint.phones.clear();
      complaint.recorded_by_account_id.reset();
      if (!complaint.show_profile) {
        complaint.reporter_account_id.reset();
        complaint.reporter_name.clear();
      }
      return complaint;
  }
  return std::nullopt;
}

}  // namespace tepat::domain

#include "domain/complaint_privacy.hpp"

#include "domain/nik.hpp"
#include "domain/phone_number.hpp"

namespace tepat::domain {
namespace {

constexpr std::size_t kKeptDigits = 4;

ComplaintVisibility PublicOrNone(const Complaint& complaint) {
  return complaint.rahasia ? ComplaintVisibility::kNone : ComplaintVisibility::kPublic;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsDigitSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

/// End (exclusive) of the digit run starting at `begin` (a digit): digits, each separator followed by a digit.
std::size_t DigitRunEnd(std::string_view text, std::size_t begin, std::size_t* digits) {
  std::size_t i = begin;
  *digits = 0;
  while (i < text.size()) {
    if (IsDigit(text[i])) {
      ++*digits;
      ++i;
    } else if (IsDigitSeparator(text[i]) && i + 1 < text.size() && IsDigit(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return i;
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

std::string MaskNumbersInText(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  while (i < out.size()) {
    if (!IsDigit(out[i])) {
      ++i;
      continue;
    }
    std::size_t digits = 0;
    const std::size_t end = DigitRunEnd(out, i, &digits);
    if (digits >= kMinMaskedDigitRun) {
      std::size_t seen = 0;
      for (std::size_t j = i; j < end; ++j) {
        if (!IsDigit(out[j])) continue;
        if (seen >= kKeptDigits && seen < digits - kKeptDigits) out[j] = '*';
        ++seen;
      }
    }
    i = end;
  }
  return out;
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
      complaint.title = MaskNumbersInText(complaint.title);
      complaint.message = MaskNumbersInText(complaint.message);
      complaint.source = MaskNumbersInText(complaint.source);
      if (!complaint.show_profile) {
        complaint.reporter_account_id.reset();
        complaint.reporter_name.clear();
      }
      return complaint;
  }
  return std::nullopt;
}

}  // namespace tepat::domain

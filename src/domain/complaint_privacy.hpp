#pragma once
// Who sees what of a complaint (issue 5 item 5, seed 000: "NIK hanya terlihat oleh admin JAGA dan Pemda"):
// NIK and phone numbers only for admin and for the PIC Korwil and the Pemda the complaint belongs to; anonymous
// reporters stay nameless in public; rahasia (confidential) complaints never appear in public.
// The service decides with ComplaintVisibilityFor, shapes the answer with RedactComplaint and audits every kFull view.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/complaint.hpp"
#include "domain/complaint_workflow.hpp"

namespace tepat::domain {

/// How much of one complaint a viewer may see.
enum class ComplaintVisibility {
  kNone,    ///< not at all: answer "not found" (a rahasia complaint to the public)
  kPublic,  ///< the public view: no NIK, no phones, no account ids; no name when anonymous
  kMasked,  ///< everything, NIK and phones masked ("3510********0003", "+62812****7890")
  kFull,    ///< everything in clear; every such view must be written to the audit log
};

/// "none", "public", "masked", "full".
const char* ComplaintVisibilityName(ComplaintVisibility visibility);

/// The visibility of `complaint` for `viewer` (nullopt: a guest without session):
///  - admin, and pic_korwil or admin_pemda covering the complaint's region: kFull;
///  - the reporter and the operator who recorded it: kMasked (they typed the numbers; a stolen session must not
///    reveal them in clear), and so is an operator_desa covering the region;
///  - everyone else (guests, other citizens, officials of other regions, operator, supervisor_kabupaten): kPublic,
///    or kNone when the complaint is rahasia;
///  - the system actor: kFull (the sweep and notifications need no masking; they never display).
/// Pure; thread-safe.
ComplaintVisibility ComplaintVisibilityFor(const std::optional<ComplaintActor>& viewer, const Complaint& complaint);

/// Fewest digits in a run of free text that MaskNumbersInText masks: a phone number has at least 10, a NIK 16;
/// amounts (up to Rp 999.999.999) and dates have fewer.
inline constexpr std::size_t kMinMaskedDigitRun = 10;

/// `text` with every run of at least kMinMaskedDigitRun digits (single spaces, dots or dashes may separate the
/// digits, as in "0812-3456-7890") masked: its first 4 and last 4 digits stay, the digits between become '*'.
/// Everything else is unchanged. For free text shown in public (a NIK or phone typed into a message). Pure.
std::string MaskNumbersInText(std::string_view text);

/// `complaint` cut down to `visibility`: kFull unchanged; kMasked with NIK and phones masked; kPublic without NIK,
/// phones, account ids, without the reporter's name unless show_profile, and with long digit runs in title,
/// message and source masked (MaskNumbersInText); nullopt for kNone. Pure.
std::optional<Complaint> RedactComplaint(Complaint complaint, ComplaintVisibility visibility);

}  // namespace tepat::domain

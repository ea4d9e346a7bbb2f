#pragma once
// Complaint (keluhan/pengaduan): what a citizen, or an operator on a citizen's behalf, reports about social
// assistance, as in JAGA Bansos (seed 000) and Gorontalo e-JPS (seed 003); its status and channel.
// Topics are in complaint_topic.hpp, comments in complaint_comment.hpp, the workflow (who may change what) in
// complaint_workflow.hpp, the rules for a new complaint in complaint_validation.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/region_code.hpp"

namespace tepat::domain {

/// Where a complaint is in its workflow (seed 000 "STATUS LAPORAN").
enum class ComplaintStatus {
  kBaru,             ///< new: every complaint starts here
  kDiteruskan,       ///< forwarded by the PIC Korwil to the Pemda
  kDitindaklanjuti,  ///< the Pemda's admin bansos is following it up
  kSelesai,          ///< resolved and closed
  kTidakAdaRespon,   ///< the Pemda did not respond within the deadline after forwarding
};

/// Wire code: "BARU", "DITERUSKAN", "DITINDAKLANJUTI", "SELESAI", "TIDAK_ADA_RESPON".
const char* ComplaintStatusCode(ComplaintStatus status);
/// What users read: "Baru", "Diteruskan", "Ditindaklanjuti", "Selesai", "Tidak Ada Respon".
const char* ComplaintStatusLabel(ComplaintStatus status);
/// Parses the wire codes (case-insensitive; spaces or dashes for underscores); nullopt otherwise.
std::optional<ComplaintStatus> ParseComplaintStatus(std::string_view text);
/// Every status, in workflow order.
const std::vector<ComplaintStatus>& AllComplaintStatuses();

/// How a complaint reached Tepat. Every channel follows the same workflow.
enum class ComplaintChannel {
  kOnline,       ///< filed by the reporter in the web app or API
  kLisan,        ///< told in person to an operator (oral)
  kTelepon,      ///< by phone
  kSurat,        ///< by letter
  kKotakSaran,   ///< suggestion box
  kMediaSosial,  ///< social media
};

/// Wire code: "ONLINE", "LISAN", "TELEPON", "SURAT", "KOTAK_SARAN", "MEDIA_SOSIAL".
const char* ComplaintChannelCode(ComplaintChannel channel);
/// Parses the wire codes (case-insensitive; spaces or dashes for underscores); nullopt otherwise.
std::optional<ComplaintChannel> ParseComplaintChannel(std::string_view text);
/// Every channel, in declaration order.
const std::vector<ComplaintChannel>& AllComplaintChannels();

/// The tracking number shown after sending: "KLH-" + the region's compact code + "-" + year + "-" + the sequence
/// within that region and year, zero-padded to 6 digits ("KLH-3510-2026-000123"). It names a complaint; it is not
/// a secret, so it never grants access to non-public details by itself. Pure.
std::string MakeTrackingNumber(const RegionCode& region, int year, std::int64_t sequence);

/// One complaint. Invariants (established by ValidateComplaintDraft and kept by the workflow): niks hold 16
/// normalised digits that passed CheckNik, phones hold at most 5 E.164 numbers (kMaxComplaintPhones), the times are
/// UTC and set exactly when the status history reached them.
struct Complaint {
  std::int64_t id = 0;                           ///< assigned by the store
  std::string tracking_number;                   ///< shown to the reporter after sending, e.g. "KLH-3510-2026-000123"
  RegionCode region = *RegionCode::Parse("00");  ///< province or kabupaten/kota: the Pemda it goes to
  std::optional<std::int64_t> program_id;
  std::int64_t topic_id = 0;
  std::string title;
  std::string message;
  std::string source;                               ///< source of information (sumber informasi); "" when not given
  bool show_profile = false;                        ///< true: tampilkan profil; false: anonim (name hidden in public)
  bool rahasia = false;                             ///< confidential: never in public lists or discussion
  std::optional<std::int64_t> reporter_account_id;  ///< the filing citizen; nullopt for guests and offline complaints
  std::optional<std::int64_t> recorded_by_account_id;  ///< the operator who recorded an offline complaint
  std::string reporter_name;                           ///< as given (offline complaints); never public when anonymous
  std::optional<std::string> reporter_nik;
  std::vector<std::string> beneficiary_niks;
  std::vector<std::string> phones;  ///< E.164, e.g. "+6281234567890"
  ComplaintChannel channel = ComplaintChannel::kOnline;
  ComplaintStatus status = ComplaintStatus::kBaru;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> forwarded_at;       ///< latest forward (or reopen): starts the no-response deadline
  std::optional<UnixSeconds> first_response_at;  ///< first follow-up (DITINDAKLANJUTI) by the Pemda; kept on reopen
  std::optional<UnixSeconds> no_response_at;     ///< latest time it was marked TIDAK_ADA_RESPON; kept afterwards, so
                                                 ///< the dashboard can count Pemda that missed the deadline
  std::optional<UnixSeconds> closed_at;          ///< set when SELESAI; cleared on reopen
};

}  // namespace tepat::domain

#pragma once
// The complaint workflow as a state machine (seed 000 "Alur Kerja"):
//
//   BARU             --forward (PIC Korwil)-->               DITERUSKAN
//   DITERUSKAN       --respond (admin Pemda)-->              DITINDAKLANJUTI
//   DITERUSKAN       --mark_no_response (system, day 7)-->   TIDAK_ADA_RESPON
//   TIDAK_ADA_RESPON --respond (admin Pemda, late)-->        DITINDAKLANJUTI
//   DITINDAKLANJUTI  --respond again (a note)-->             DITINDAKLANJUTI
//   DITINDAKLANJUTI  --close (admin Pemda)-->                SELESAI
//   SELESAI          --reopen (PIC Korwil; new deadline)-->  DITERUSKAN
//
// Comments never change the status and are allowed in every state but SELESAI. Apply decides; CommitTransition applies.
// Pure functions: no clock (time is passed in), no I/O. See docs/complaints.md for the full table.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/complaint.hpp"
#include "domain/role.hpp"
#include "domain/status.hpp"
#include "domain/working_days.hpp"

namespace tepat::domain {

/// What someone asks to do with a complaint.
enum class ComplaintAction {
  kForward,         ///< PIC Korwil sends a new complaint to the Pemda, with a message (BARU -> DITERUSKAN)
  kRespond,         ///< the Pemda follows it up (DITERUSKAN or TIDAK_ADA_RESPON -> DITINDAKLANJUTI; again: a note)
  kClose,           ///< the Pemda marks it solved (DITINDAKLANJUTI -> SELESAI)
  kComment,         ///< a comment without status change (not on SELESAI)
  kMarkNoResponse,  ///< the system marks a forwarded complaint overdue (DITERUSKAN -> TIDAK_ADA_RESPON)
  kReopen,          ///< PIC Korwil sends a closed complaint back to the Pemda (SELESAI -> DITERUSKAN)
};

/// Wire code: "forward", "respond", "close", "comment", "mark_no_response", "reopen".
const char* ComplaintActionCode(ComplaintAction action);
/// Parses the wire codes (exact, lower case); nullopt otherwise.
std::optional<ComplaintAction> ParseComplaintAction(std::string_view text);
/// Every action, in declaration order.
const std::vector<ComplaintAction>& AllComplaintActions();

/// Who acts. The caller fills it from the session: `covers_region` is AccountCoversRegion(account, complaint.region).
struct ComplaintActor {
  std::optional<Role> role;                ///< nullopt: the system (scheduler, `tepat complaints sweep`)
  std::optional<std::int64_t> account_id;  ///< nullopt for the system
  bool covers_region = false;              ///< ignored for admin (covers everything) and warga (own complaints)

  /// The system actor: may only mark no response.
  static ComplaintActor System() { return {}; }
  /// An account acting on `complaint`: role, id and region cover taken from the account.
  static ComplaintActor ForAccount(const Account& account, const Complaint& complaint);
};

/// Days after forwarding before a complaint without follow-up is TIDAK_ADA_RESPON (seed 000).
inline constexpr std::int64_t kNoResponseDays = 7;

/// True when `actor` is an account that filed `complaint` (reporter_account_id) or recorded it for a citizen
/// (recorded_by_account_id). Pure.
bool IsOwnComplaint(const Complaint& complaint, const ComplaintActor& actor);

/// The deadlines of the workflow. A value type so tests and configuration can change it.
struct WorkflowPolicy {
  /// A forwarded complaint without follow-up becomes TIDAK_ADA_RESPON this long after forwarding (calendar time:
  /// seed 000 "pada hari ke-7"). Default 7 days.
  std::int64_t no_response_after_seconds = kNoResponseDays * kSecondsPerDay;
};

/// A request: the action and the text that goes with it (the comment; required for every action but
/// kMarkNoResponse, whose text the workflow writes).
struct ComplaintRequest {
  ComplaintAction action = ComplaintAction::kComment;
  std::string message;
};

/// A decided change: record `text` as one comment by the actor at `at` with the status change from -> to (when they
/// differ), then CommitTransition it to the complaint.
struct Transition {
  std::int64_t complaint_id = 0;
  ComplaintAction action = ComplaintAction::kComment;
  ComplaintStatus from = ComplaintStatus::kBaru;
  ComplaintStatus to = ComplaintStatus::kBaru;
  UnixSeconds at = 0;
  std::string text;
  bool ChangesStatus() const { return from != to; }
};

/// Decides whether `actor` may do `request` on `complaint` at `now`. Never changes anything. Checks, in this order:
///  - kPermissionDenied: the role may never do this action (the system may only mark no response; only pic_korwil
///    and admin forward and reopen; only admin_pemda and admin respond and close; operator and
///    supervisor_kabupaten take no part), or an official does not cover the complaint's region, or a warga is not
///    the reporter (the service may answer kNotFound instead, not to reveal that the complaint exists);
///  - kFailedPrecondition: the complaint is SELESAI (only reopen is allowed), or the status does not allow the
///    action: a second forward, a respond before forwarding, a close before follow-up (skipping a state), marking
///    no response before the deadline or on a complaint that is not DITERUSKAN, reopening one that is not closed;
///  - kInvalidArgument: the message is empty, longer than kMaxCommentChars or not valid text.
/// Every message is in Indonesian with English in parentheses and holds no personal data. Pure; thread-safe.
Result<Transition> Apply(const Complaint& complaint, const ComplaintRequest& request, const ComplaintActor& actor,
                         UnixSeconds now, const WorkflowPolicy& policy = {});

/// Applies a transition from Apply to `complaint`: the status and the times (forward and reopen set forwarded_at
/// and clear closed_at; the first respond sets first_response_at; close sets closed_at; mark no response sets
/// no_response_at). kFailedPrecondition, and no change, when the complaint is no longer in `transition.from` or is
/// another complaint (someone else changed it first: decide again). Pure.
Status CommitTransition(const Transition& transition, Complaint* complaint);

/// When a forwarded complaint becomes overdue: forwarded_at + policy; nullopt unless the status is DITERUSKAN.
std::optional<UnixSeconds> NoResponseDeadline(const Complaint& complaint, const WorkflowPolicy& policy = {});

/// The system's kMarkNoResponse transitions for every complaint of `complaints` that is DITERUSKAN and whose
/// deadline is at or before `now`, in input order. Idempotent: once the transitions are committed, a second call
/// with the same (or an earlier) `now` returns nothing. Pure; thread-safe.
std::vector<Transition> SweepOverdue(std::span<const Complaint> complaints, UnixSeconds now,
                                     const WorkflowPolicy& policy = {});

/// Whether `role` (nullopt: a guest without account) may file a complaint through `channel`: online is open to
/// everyone; the offline channels (lisan, telepon, surat, kotak saran, media sosial) are recorded on a citizen's
/// behalf by admin, or by operator_desa, admin_pemda or pic_korwil covering the complaint's region.
/// kPermissionDenied otherwise. Pure.
Status CheckFiling(std::optional<Role> role, ComplaintChannel channel, bool covers_region);

}  // namespace tepat::domain

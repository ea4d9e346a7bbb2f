#include "domain/complaint_workflow.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "domain/complaint_text.hpp"

namespace tepat::domain {
namespace {

constexpr std::array<std::pair<ComplaintAction, const char*>, 6> kActionCodes = {{
    {ComplaintAction::kForward, "forward"},
    {ComplaintAction::kRespond, "respond"},
    {ComplaintAction::kClose, "close"},
    {ComplaintAction::kComment, "comment"},
    {ComplaintAction::kMarkNoResponse, "mark_no_response"},
    {ComplaintAction::kReopen, "reopen"},
}};

// The roles that may ever take an action (before region scope and state are looked at).
bool RoleMayAct(Role role, ComplaintAction action) {
  if (role == Role::kAdmin) return action != ComplaintAction::kMarkNoResponse;
  switch (action) {
    case ComplaintAction::kForward:
    case ComplaintAction::kReopen: return role == Role::kPicKorwil;
    case ComplaintAction::kRespond:
    case ComplaintAction::kClose: return role == Role::kAdminPemda;
    case ComplaintAction::kComment:
      return role == Role::kPicKorwil || role == Role::kAdminPemda || role == Role::kOperatorDesa ||
             role == Role::kWarga;
    case ComplaintAction::kMarkNoResponse: return false;
  }
  return false;
}

// "Who may do this", for the permission message.
const char* WhoMay(ComplaintAction action) {
  switch (action) {
    case ComplaintAction::kForward: return "PIC Korwil atau admin (PIC Korwil or admin)";
    case ComplaintAction::kReopen: return "PIC Korwil atau admin (PIC Korwil or admin)";
    case ComplaintAction::kRespond:
    case ComplaintAction::kClose: return "admin bansos Pemda atau admin (the Pemda's admin bansos or admin)";
    case ComplaintAction::kComment:
      return "pelapor, operator yang mencatatnya, PIC Korwil, admin Pemda atau admin (the reporter, the operator "
             "who recorded it, PIC Korwil, admin Pemda or admin)";
    case ComplaintAction::kMarkNoResponse: return "sistem (the system)";
  }
  return "admin";
}

Status CheckPermission(const Complaint& complaint, ComplaintAction action, const ComplaintActor& actor) {
  const std::string action_code = ComplaintActionCode(action);
  if (!actor.role) {
    if (action == ComplaintAction::kMarkNoResponse) return Status::Ok();
    return PermissionDenied(
        "Sistem hanya dapat menandai keluhan sebagai Tidak Ada Respon. (The system may only "
        "mark a complaint as no response.)");
  }
  if (!RoleMayAct(*actor.role, action)) {
    return PermissionDenied("Peran " + std::string(RoleName(*actor.role)) + " tidak dapat melakukan '" + action_code +
                            "'; yang dapat: " + WhoMay(action) + ". (Role " + std::string(RoleName(*actor.role)) +
                            " may not '" + action_code + "'.)");
  }
  if (*actor.role == Role::kAdmin) return Status::Ok();
  if (*actor.role == Role::kWarga) {
    if (IsOwnComplaint(complaint, actor)) return Status::Ok();
    return PermissionDenied(
        "Warga hanya dapat mengomentari keluhannya sendiri. (Citizens may comment only on their "
        "own complaints.)");
  }
  if (actor.covers_region || (action == ComplaintAction::kComment && IsOwnComplaint(complaint, actor))) {
    return Status::Ok();
  }
  return PermissionDenied("Keluhan ini untuk daerah " + complaint.region.Dotted() +
                          ", di luar wilayah tugas Anda; minta admin menambah wilayah bila perlu. (This complaint "
                          "belongs to region " +
                          complaint.region.Dotted() + ", outside your regions.)");
}

Status Closed() {
  return FailedPrecondition(
      "Keluhan sudah SELESAI dan tidak dapat diubah; PIC Korwil dapat membukanya kembali "
      "(reopen), atau buat keluhan baru. (The complaint is closed; PIC Korwil may reopen it, "
      "or file a new complaint.)");
}

Status WrongState(std::string_view id, std::string_view en) {
  return FailedPrecondition(std::string(id) + " (" + std::string(en) + ")");
}

// The status an action leads to from `from`, or the reason it cannot be taken there.
Result<ComplaintStatus> Target(const Complaint& complaint, ComplaintAction action, UnixSeconds now,
                               const WorkflowPolicy& policy) {
  const ComplaintStatus from = complaint.status;
  if (from == ComplaintStatus::kSelesai && action != ComplaintAction::kReopen) return Closed();
  switch (action) {
    case ComplaintAction::kForward:
      if (from == ComplaintStatus::kBaru) return ComplaintStatus::kDiteruskan;
      return WrongState("Keluhan ini sudah diteruskan ke Pemda; tidak dapat diteruskan dua kali.",
                        "This complaint has already been forwarded; it cannot be forwarded twice.");
    case ComplaintAction::kRespond:
      if (from == ComplaintStatus::kBaru) {
        return WrongState("Keluhan belum diteruskan ke Pemda; PIC Korwil harus meneruskannya dahulu.",
                          "The complaint has not been forwarded yet; the PIC Korwil must forward it first.");
      }
      return ComplaintStatus::kDitindaklanjuti;
    case ComplaintAction::kClose:
      if (from == ComplaintStatus::kDitindaklanjuti) return ComplaintStatus::kSelesai;
      return WrongState("Keluhan berstatus " + std::string(ComplaintStatusCode(from)) +
                            "; keluhan harus ditindaklanjuti (DITINDAKLANJUTI) sebelum diselesaikan.",
                        "The complaint is " + std::string(ComplaintStatusCode(from)) +
                            "; it must be followed up (DITINDAKLANJUTI) before it is closed.");
    case ComplaintAction::kComment: return from;
    case ComplaintAction::kMarkNoResponse: {
      const std::optional<UnixSeconds> deadline = NoResponseDeadline(complaint, policy);
      if (!deadline) {
        return WrongState("Hanya keluhan berstatus DITERUSKAN yang dapat ditandai Tidak Ada Respon.",
                          "Only a forwarded (DITERUSKAN) complaint can be marked as no response.");
      }
      if (now < *deadline) {
        return WrongState("Batas waktu respon Pemda belum lewat (" +
                              std::to_string(policy.no_response_after_seconds / kSecondsPerDay) +
                              " hari setelah diteruskan).",
                          "The Pemda's response deadline has not passed yet.");
      }
      return ComplaintStatus::kTidakAdaRespon;
    }
    case ComplaintAction::kReopen:
      if (from == ComplaintStatus::kSelesai) return ComplaintStatus::kDiteruskan;
      return WrongState("Hanya keluhan yang SELESAI dapat dibuka kembali.", "Only a closed complaint can be reopened.");
  }
  return Internal("unknown complaint action");
}

std::string NoResponseText(const WorkflowPolicy& policy) {
  return "Tidak ada respon dari admin bansos Pemda dalam " +
         std::to_string(policy.no_response_after_seconds / kSecondsPerDay) + " hari setelah keluhan diteruskan.";
}

}  // namespace

const char* ComplaintActionCode(ComplaintAction action) {
  for (const auto& [a, code] : kActionCodes) {
    if (a == action) return code;
  }
  return "comment";
}

std::optional<ComplaintAction> ParseComplaintAction(std::string_view text) {
  for (const auto& [a, code] : kActionCodes) {
    if (text == code) return a;
  }
  return std::nullopt;
}

const std::vector<ComplaintAction>& AllComplaintActions() {
  static const std::vector<ComplaintAction> kAll = [] {
    std::vector<ComplaintAction> all;
    for (const auto& entry : kActionCodes) all.push_back(entry.first);
    return all;
  }();
  return kAll;
}

bool IsOwnComplaint(const Complaint& complaint, const ComplaintActor& actor) {
  if (!actor.account_id) return false;
  return complaint.reporter_account_id == actor.account_id || complaint.recorded_by_account_id == actor.account_id;
}

ComplaintActor ComplaintActor::ForAccount(const Account& account, const Complaint& complaint) {
  return ComplaintActor{account.role, account.id, AccountCoversRegion(account, complaint.region)};
}

Result<Transition> Apply(const Complaint& complaint, const ComplaintRequest& request, const ComplaintActor& actor,
                         UnixSeconds now, const WorkflowPolicy& policy) {
  if (Status allowed = CheckPermission(complaint, request.action, actor); !allowed.ok()) return allowed;
  Result<ComplaintStatus> target = Target(complaint, request.action, now, policy);
  if (!target.ok()) return target.status();
  Transition transition{complaint.id, request.action, complaint.status, *target, now, request.message};
  if (request.action == ComplaintAction::kMarkNoResponse) {
    transition.text = NoResponseText(policy);
    return transition;
  }
  const TextIssue issue = CheckText(request.message, kMaxCommentChars, /*required=*/true);
  if (issue != TextIssue::kNone) {
    const TextMessage m = DescribeTextIssue(issue, "Pesan", "message", kMaxCommentChars);
    return InvalidArgument(m.message_id + " (" + m.message_en + ")");
  }
  return transition;
}

Status CommitTransition(const Transition& transition, Complaint* complaint) {
  if (complaint->id != transition.complaint_id || complaint->status != transition.from) {
    return FailedPrecondition(
        "Keluhan ini baru saja diubah orang lain; muat ulang halaman lalu coba lagi. (The "
        "complaint was just changed by someone else; reload and try again.)");
  }
  complaint->status = transition.to;
  switch (transition.action) {
    case ComplaintAction::kForward:
    case ComplaintAction::kReopen:
      complaint->forwarded_at = transition.at;
      complaint->closed_at.reset();
      break;
    case ComplaintAction::kRespond:
      if (!complaint->first_response_at) complaint->first_response_at = transition.at;
      break;
    case ComplaintAction::kClose: complaint->closed_at = transition.at; break;
    case ComplaintAction::kMarkNoResponse: complaint->no_response_at = transition.at; break;
    case ComplaintAction::kComment: break;
  }
  return Status::Ok();
}

std::optional<UnixSeconds> NoResponseDeadline(const Complaint& complaint, const WorkflowPolicy& policy) {
  if (complaint.status != ComplaintStatus::kDiteruskan || !complaint.forwarded_at) return std::nullopt;
  return *complaint.forwarded_at + policy.no_response_after_seconds;
}

std::vector<Transition> SweepOverdue(std::span<const Complaint> complaints, UnixSeconds now,
                                     const WorkflowPolicy& policy) {
  std::vector<Transition> due;
  const ComplaintRequest request{ComplaintAction::kMarkNoResponse, ""};
  for (const Complaint& complaint : complaints) {
    const std::optional<UnixSeconds> deadline = NoResponseDeadline(complaint, policy);
    if (!deadline || now < *deadline) continue;
    Result<Transition> transition = Apply(complaint, request, ComplaintActor::System(), now, policy);
    if (transition.ok()) due.push_back(std::move(transition).value());
  }
  return due;
}

Status CheckFiling(std::optional<Role> role, ComplaintChannel channel, bool covers_region) {
  if (channel == ComplaintChannel::kOnline) return Status::Ok();
  if (role == Role::kAdmin) return Status::Ok();
  const bool may_record = role == Role::kOperatorDesa || role == Role::kAdminPemda || role == Role::kPicKorwil;
  if (may_record && covers_region) return Status::Ok();
  if (may_record) {
    return PermissionDenied(
        "Keluhan ini untuk daerah di luar wilayah tugas Anda. (This complaint is for a region "
        "outside your regions.)");
  }
  return PermissionDenied("Keluhan " + std::string(ComplaintChannelCode(channel)) +
                          " dicatat oleh operator desa, admin Pemda, PIC Korwil atau admin; warga mengirim keluhan "
                          "secara online. (Offline complaints are recorded by an official; citizens file online.)");
}

}  // namespace tepat::domain

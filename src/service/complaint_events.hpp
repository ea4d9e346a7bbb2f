#pragma once
// The hook of ComplaintService for notifications (in-app bell, email outbox) and anything else that must react
// to complaints: a listener is called after every committed change.
//
// Contract:
//  - OnComplaintEvent runs synchronously on the thread of the request (or of the sweep) AFTER the change is
//    committed; the change stands whatever the listener does. A listener must be quick (write an outbox row,
//    not send mail) and must not throw; its own failures are its to record.
//  - `complaint` is the complaint as stored after the change, in full (NIK and phones in clear): a listener must
//    apply domain::RedactComplaint itself before showing anything to anyone, and must never log personal data.
//  - Events: kFiled for every new complaint (online and offline; `comment` is empty); kStatusChanged for every
//    workflow step that changed the status, including the sweep's TIDAK_ADA_RESPON (actor is nullopt for the
//    system); kCommented for a comment or a further respond note without status change.
//  - Listeners are added once while wiring (Services construction); adding is not thread-safe.
#include <optional>

#include "domain/complaint.hpp"
#include "domain/complaint_comment.hpp"
#include "domain/complaint_workflow.hpp"

namespace tepat::service {

/// What happened to a complaint.
enum class ComplaintEventKind {
  kFiled,          ///< a new complaint was stored (any channel)
  kStatusChanged,  ///< a workflow step changed the status (see transition->from / ->to)
  kCommented,      ///< a comment (or a respond note) without status change
};

/// One committed change.
struct ComplaintEvent {
  ComplaintEventKind kind = ComplaintEventKind::kFiled;
  domain::Complaint complaint;                     ///< after the change, unredacted
  std::optional<domain::Transition> transition;    ///< set for kStatusChanged and kCommented
  std::optional<domain::ComplaintComment> comment; ///< the stored comment (with id) for kStatusChanged/kCommented
  std::optional<std::int64_t> actor_account_id;    ///< who did it; nullopt for guests and the system
};

/// Receives complaint events. See the contract at the top of this file.
class ComplaintListener {
 public:
  virtual ~ComplaintListener() = default;
  virtual void OnComplaintEvent(const ComplaintEvent& event) = 0;
};

}  // namespace tepat::service

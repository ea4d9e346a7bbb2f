#pragma once
// ComplaintNotifier: turns complaint events (complaint_events.hpp) into notifications (issue 5 item 7) — the bell
// and, when email is on, one outbox email per notification (NotificationService decides that):
//  - the reporter (a complaint filed from an account) on every status change made by someone else;
//  - the PIC Korwil and the admin Pemda whose scopes cover the complaint's region on a new complaint, on a
//    forward (or reopen) to the Pemda and when the complaint becomes TIDAK_ADA_RESPON — never the official who
//    made the change.
// Texts name the tracking number and the status only: never the reporter, a NIK, a phone number or the message.
// Added to ComplaintService by Services. Thread-safe (stateless over NotificationService).
#include <atomic>
#include <cstdint>
#include <vector>

#include "service/auditor.hpp"
#include "service/complaint_events.hpp"
#include "service/notification_service.hpp"

namespace tepat::service {

/// Who a notice goes to.
enum class ComplaintAudience {
  kReporter,   ///< the account that filed the complaint
  kOfficials,  ///< PIC Korwil and admin Pemda covering the complaint's region
};

/// One notification to send for an event.
struct ComplaintNotice {
  ComplaintAudience audience = ComplaintAudience::kReporter;
  NotificationDraft draft;
};

/// The notices for `event` by the rules above (the actor is left out by the sender, not here). The reporter's
/// notice is made only when the complaint has a reporter account other than the actor. Pure.
std::vector<ComplaintNotice> ComplaintNoticesFor(const ComplaintEvent& event);

/// The complaint listener that sends ComplaintNoticesFor. A notification that cannot be stored does not undo the
/// complaint change: it is counted (failures()) and written to the audit log as "notification.complaint" failed.
class ComplaintNotifier final : public ComplaintListener {
 public:
  ComplaintNotifier(NotificationService& notifications, Auditor& auditor)
      : notifications_(notifications), auditor_(auditor) {}

  void OnComplaintEvent(const ComplaintEvent& event) override;

  /// Notices that could not be stored since start.
  std::int64_t failures() const { return failures_.load(); }

 private:
  NotificationService& notifications_;
  Auditor& auditor_;
  std::atomic<std::int64_t> failures_{0};
};

}  // namespace tepat::service

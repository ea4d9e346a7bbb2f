#pragma once
// ComplaintPublisher: puts every new complaint that is not rahasia into the public discussion (Diskusi, issue 5
// item 6) as a "complaint" item, with its public view only (domain::RedactComplaint at kPublic): the title and the
// message with long digit runs masked, the reporter's name only when they chose *tampilkan profil* ("Anonim"
// otherwise), never a NIK or phone number. A rahasia complaint is never published.
// Added to ComplaintService by Services. Thread-safe (stateless over DiscussionService).
#include <atomic>
#include <cstdint>
#include <optional>

#include "service/auditor.hpp"
#include "service/complaint_events.hpp"
#include "service/discussion_service.hpp"

namespace tepat::service {

/// What the discussion item of a complaint shows.
struct PublicComplaintItem {
  std::string author_label;  ///< the reporter's name, or "Anonim"
  std::string title;
  std::string body;
};

/// The discussion item for `complaint`, or nullopt when it must stay out of public (rahasia). Pure.
std::optional<PublicComplaintItem> PublicComplaintItemFor(const domain::Complaint& complaint);

/// The complaint listener that publishes new non-rahasia complaints. A failed publication leaves the complaint
/// filed: it is counted (failures()) and written to the audit log as "discussion.publish_complaint" failed.
class ComplaintPublisher final : public ComplaintListener {
 public:
  ComplaintPublisher(DiscussionService& discussion, Auditor& auditor) : discussion_(discussion), auditor_(auditor) {}

  void OnComplaintEvent(const ComplaintEvent& event) override;

  /// Publications that failed since start.
  std::int64_t failures() const { return failures_.load(); }

 private:
  DiscussionService& discussion_;
  Auditor& auditor_;
  std::atomic<std::int64_t> failures_{0};
};

}  // namespace tepat::service

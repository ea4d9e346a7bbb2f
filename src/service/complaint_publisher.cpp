#include "service/complaint_publisher.hpp"

#include <string>

#include "domain/complaint_privacy.hpp"

namespace tepat::service {
namespace {

constexpr const char* kAnonymousLabel = "Anonim";

}  // namespace

std::optional<PublicComplaintItem> PublicComplaintItemFor(const domain::Complaint& complaint) {
  std::optional<domain::Complaint> shown = domain::RedactComplaint(
      complaint, complaint.rahasia ? domain::ComplaintVisibility::kNone : domain::ComplaintVisibility::kPublic);
  if (!shown) return std::nullopt;
  return PublicComplaintItem{
      .author_label = shown->reporter_name.empty() ? std::string(kAnonymousLabel) : shown->reporter_name,
      .title = std::move(shown->title),
      .body = std::move(shown->message)};
}

void ComplaintPublisher::OnComplaintEvent(const ComplaintEvent& event) {
  if (event.kind != ComplaintEventKind::kFiled) return;
  const domain::Complaint& complaint = event.complaint;
  std::optional<PublicComplaintItem> item = PublicComplaintItemFor(complaint);
  if (!item) return;
  domain::Result<domain::DiscussionPost> published =
      discussion_.PublishComplaint(Actor::System(), complaint.id, complaint.region, item->author_label, item->title,
                                   item->body, complaint.reporter_account_id);
  if (published.ok() || published.status().code() == domain::ErrorCode::kAlreadyExists) return;
  ++failures_;
  (void)auditor_.Record(Actor::System(), "discussion.publish_complaint",
                        AuditObject{"complaint", std::to_string(complaint.id)}, domain::AuditOutcome::kFailed,
                        published.status().message());
}

}  // namespace tepat::service

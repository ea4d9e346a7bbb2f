#include "service/complaint_notifier.hpp"

#include <string>

namespace tepat::service {
namespace {

using domain::ComplaintStatus;
using domain::NotificationKind;

const std::vector<domain::Role>& OfficialRoles() {
  static const std::vector<domain::Role> kRoles = {domain::Role::kPicKorwil, domain::Role::kAdminPemda};
  return kRoles;
}

std::string Reference(const domain::Complaint& complaint) { return "complaint:" + std::to_string(complaint.id); }

ComplaintNotice Notice(ComplaintAudience audience, NotificationKind kind, const domain::Complaint& complaint,
                       std::string title, std::string body) {
  return ComplaintNotice{.audience = audience,
                         .draft = NotificationDraft{.kind = kind,
                                                    .reference = Reference(complaint),
                                                    .title = std::move(title),
                                                    .body = std::move(body)}};
}

std::string StatusLabel(ComplaintStatus status) { return domain::ComplaintStatusLabel(status); }

void AddOfficialNotice(const ComplaintEvent& event, std::vector<ComplaintNotice>* out) {
  const domain::Complaint& complaint = event.complaint;
  const std::string& number = complaint.tracking_number;
  if (event.kind == ComplaintEventKind::kFiled) {
    out->push_back(Notice(ComplaintAudience::kOfficials, NotificationKind::kComplaintNew, complaint,
                          "Keluhan baru " + number,
                          "Keluhan baru masuk di wilayah Anda dan menunggu diteruskan ke Pemda (status Baru)."));
    return;
  }
  if (event.kind != ComplaintEventKind::kStatusChanged || !event.transition) return;
  if (event.transition->to == ComplaintStatus::kDiteruskan) {
    out->push_back(Notice(ComplaintAudience::kOfficials, NotificationKind::kComplaintNew, complaint,
                          "Keluhan " + number + " diteruskan ke Pemda",
                          "Keluhan ini menunggu tindak lanjut Pemda. Tanggapi sebelum batas waktu agar tidak "
                          "berstatus Tidak Ada Respon."));
  } else if (event.transition->to == ComplaintStatus::kTidakAdaRespon) {
    out->push_back(Notice(ComplaintAudience::kOfficials, NotificationKind::kComplaintOverdue, complaint,
                          "Keluhan " + number + " tidak ada respon",
                          "Pemda belum menanggapi keluhan ini dalam batas waktu setelah diteruskan; statusnya "
                          "sekarang Tidak Ada Respon."));
  }
}

}  // namespace

std::vector<ComplaintNotice> ComplaintNoticesFor(const ComplaintEvent& event) {
  std::vector<ComplaintNotice> out;
  const domain::Complaint& complaint = event.complaint;
  const bool reporter_is_other =
      complaint.reporter_account_id && complaint.reporter_account_id != event.actor_account_id;
  if (event.kind == ComplaintEventKind::kStatusChanged && event.transition && reporter_is_other) {
    const std::string status = StatusLabel(event.transition->to);
    out.push_back(Notice(ComplaintAudience::kReporter, NotificationKind::kComplaintStatus, complaint,
                         "Keluhan " + complaint.tracking_number + ": " + status,
                         "Status keluhan Anda berubah dari " + StatusLabel(event.transition->from) + " menjadi " +
                             status + ". Buka keluhan untuk membaca tanggapan petugas."));
  }
  AddOfficialNotice(event, &out);
  return out;
}

void ComplaintNotifier::OnComplaintEvent(const ComplaintEvent& event) {
  const std::int64_t actor = event.actor_account_id.value_or(0);
  for (const ComplaintNotice& notice : ComplaintNoticesFor(event)) {
    const domain::Status sent =
        notice.audience == ComplaintAudience::kReporter
            ? notifications_.Notify({*event.complaint.reporter_account_id}, notice.draft)
            : notifications_.NotifyOfficials(event.complaint.region, OfficialRoles(), notice.draft, actor);
    if (sent.ok()) continue;
    ++failures_;
    (void)auditor_.Record(Actor::System(), "notification.complaint",
                          AuditObject{"complaint", std::to_string(event.complaint.id)}, domain::AuditOutcome::kFailed,
                          std::string(domain::NotificationKindCode(notice.draft.kind)) + ": " + sent.message());
  }
}

}  // namespace tepat::service

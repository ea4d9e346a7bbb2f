#pragma once
// ComplaintService: the complaint use cases (issue 5) over the store and the pure domain rules — filing online and
// recording oral/offline complaints, the workflow (forward, respond, close, reopen, comment), editing and deleting
// own comments, privacy (who sees NIK and phones, every clear view audited), the officials' and the public lists,
// the overdue sweep, topics, and attachments.
//
// Hook for notifications: AddListener(ComplaintListener*) — see complaint_events.hpp for the contract (called after
// every committed new complaint, status change and comment).
#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/complaint.hpp"
#include "domain/complaint_comment.hpp"
#include "domain/complaint_privacy.hpp"
#include "domain/complaint_topic.hpp"
#include "domain/complaint_validation.hpp"
#include "domain/complaint_workflow.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/complaint_events.hpp"
#include "service/store_region_directory.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Settings of the complaint service.
struct ComplaintConfig {
  std::filesystem::path attachments_dir = "var/attachments";  ///< created on first upload
  domain::WorkflowPolicy workflow;                             ///< the no-response deadline
  bool require_nik = false;                                    ///< see domain::ComplaintRules
  int sweep_batch = 500;                                       ///< complaints per sweep round
};

/// A new complaint was refused: every problem, each naming its form field. Returned by File as the error
/// kInvalidArgument, with the problems here.
struct FilingOutcome {
  std::optional<domain::Complaint> complaint;     ///< the stored complaint (as the filer may see it) when accepted
  std::vector<domain::ComplaintProblem> problems; ///< why it was refused (empty when accepted)
};

/// One complaint as a viewer may see it, with what the viewer may do next.
struct ComplaintView {
  domain::Complaint complaint;  ///< redacted to `visibility`
  domain::ComplaintVisibility visibility = domain::ComplaintVisibility::kPublic;
  std::string topic_name;
  std::string region_name;
  std::vector<domain::ComplaintComment> comments;  ///< oldest first; history only for kMasked and kFull
  std::vector<store::ComplaintAttachment> attachments;  ///< empty for kPublic
  std::vector<domain::ComplaintAction> allowed_actions;  ///< what Apply would accept from this viewer now
  bool can_file_attachment = false;
};

/// Filters of the officials' list, as given by the caller (the service adds the scope).
struct ComplaintListRequest {
  std::optional<domain::ComplaintStatus> status;
  std::optional<std::int64_t> topic_id;
  std::optional<std::int64_t> program_id;
  std::optional<domain::ComplaintChannel> channel;
  std::optional<domain::RegionCode> region;  ///< narrows to one region inside the caller's scope
  std::string search;
  std::optional<domain::UnixSeconds> created_from;
  std::optional<domain::UnixSeconds> created_until;
  int page = 1;       ///< 1-based
  int page_size = 20;  ///< 1..store::kMaxComplaintPageSize
};

/// What one sweep did.
struct SweepSummary {
  int marked = 0;   ///< complaints moved to TIDAK_ADA_RESPON
  int skipped = 0;  ///< changed by someone else between reading and writing (picked up next time if still due)
};

/// The bytes of an attachment and what to send with them.
struct AttachmentFile {
  store::ComplaintAttachment meta;
  std::string bytes;
};

/// Thread-safe (listeners must be added before use). Every method takes the Actor from the session: the
/// service checks roles and region scope itself (on top of the route rules) because both depend on the
/// complaint. Errors: kInvalidArgument (bad input, naming the field), kNotFound (unknown, or not visible to the
/// caller: a rahasia complaint to the public, another citizen's complaint), kPermissionDenied (an official
/// outside their region or a role that may not act), kFailedPrecondition (the state forbids it: a second forward,
/// a skipped state, a closed complaint), kUnavailable/kInternal from the store. Messages are in Indonesian with
/// English in parentheses and never contain NIK or phone numbers.
class ComplaintService {
 public:
  ComplaintService(store::Store& store, Auditor& auditor, const Clock& clock, ComplaintConfig config = {});

  /// Registers a listener for complaint events (not thread-safe; call while wiring). `listener` must outlive this.
  void AddListener(ComplaintListener* listener) { listeners_.push_back(listener); }

  // --- topics ---
  /// Every topic; `active_only` leaves out those that may no longer be chosen.
  domain::Result<std::vector<domain::Topic>> Topics(bool active_only);
  /// Adds (id 0) or renames/(de)activates a topic. Admin only (kPermissionDenied); kInvalidArgument for an empty
  /// or too long name. Audited.
  domain::Result<domain::Topic> SaveTopic(const Actor& actor, const domain::Topic& topic);

  // --- programs ---
  /// The programs a complaint about `region` may name (domain::ProgramFitsRegion), ordered by name; every program
  /// when `region` is nullopt. Public data (names, agencies, regions). Errors: the store's.
  domain::Result<std::vector<domain::Program>> Programs(const std::optional<domain::RegionCode>& region);

  // --- filing ---
  /// Files a complaint: online by anyone (guests too), or for an offline channel recorded by an official
  /// covering the region (domain::CheckFiling). On refusal the outcome holds every problem and the status is
  /// kInvalidArgument. A program_id must name a program that fits the region (problem on "program_id").
  /// The filer gets the stored complaint at their visibility. Audited; fires kFiled.
  domain::Result<domain::Complaint> File(const Actor& actor, const domain::ComplaintDraft& draft,
                                         std::vector<domain::ComplaintProblem>* problems);

  // --- reading ---
  /// One complaint as `actor` may see it (kNotFound when not at all). A kFull view is audited (and refused with
  /// the audit's error when the audit cannot be written).
  domain::Result<ComplaintView> Get(const Actor& actor, std::int64_t id);
  /// The same, found by tracking number.
  domain::Result<ComplaintView> GetByTracking(const Actor& actor, const std::string& tracking_number);
  /// The officials' list: complaints in the caller's regions (every region for admin), rahasia included.
  /// kPermissionDenied for warga, operator and supervisor_kabupaten, and for a `region` outside the scope.
  domain::Result<store::ComplaintPage> ListForOfficial(const Actor& actor, const ComplaintListRequest& request);
  /// The public list: no rahasia complaints, anonymous names removed, never NIK or phones.
  domain::Result<store::ComplaintPage> ListPublic(const ComplaintListRequest& request);
  /// The caller's own complaints (filed or recorded by them), at masked visibility. kPermissionDenied for guests.
  domain::Result<store::ComplaintPage> ListOwn(const Actor& actor, const ComplaintListRequest& request);

  // --- workflow ---
  /// Forward, respond, close, reopen or comment (domain::Apply, then the guarded store write). Returns the view
  /// after the change. Audited; fires kStatusChanged or kCommented. kMarkNoResponse is refused (system only).
  domain::Result<ComplaintView> Act(const Actor& actor, std::int64_t id, const domain::ComplaintRequest& request);
  /// Edits the caller's own comment (history kept). Errors as domain::EditComment, kNotFound for a comment the
  /// caller cannot see.
  domain::Result<domain::ComplaintComment> EditComment(const Actor& actor, std::int64_t comment_id,
                                                       const std::string& text);
  /// Deletes the caller's own comment (its text kept in history).
  domain::Result<domain::ComplaintComment> DeleteComment(const Actor& actor, std::int64_t comment_id);
  /// Marks every DITERUSKAN complaint whose deadline is at or before `now` TIDAK_ADA_RESPON, each with a comment
  /// by "Sistem". Idempotent: a second run at the same `now` marks nothing. Fires kStatusChanged for each.
  domain::Result<SweepSummary> Sweep(domain::UnixSeconds now);

  // --- attachments ---
  /// Stores an attachment for a complaint the caller may see at masked or full visibility and that is not
  /// closed: checked by CheckUpload (2 MB, sniffed type, metadata stripped), written under a server-made name.
  domain::Result<store::ComplaintAttachment> AddAttachment(const Actor& actor, std::int64_t complaint_id,
                                                           const std::string& original_name,
                                                           const std::string& bytes);
  /// An attachment's bytes, for callers who see its complaint at masked or full visibility (kNotFound
  /// otherwise). Audited.
  domain::Result<AttachmentFile> ReadAttachment(const Actor& actor, std::int64_t attachment_id);

 private:
  domain::Result<domain::Complaint> Load(std::int64_t id);
  domain::Result<ComplaintView> View(const Actor& actor, domain::Complaint complaint);
  domain::Result<store::ComplaintPage> ListWith(store::ComplaintQuery query, const ComplaintListRequest& request,
                                                domain::ComplaintVisibility visibility);
  domain::Result<domain::ComplaintComment> ChangeComment(
      const Actor& actor, std::int64_t comment_id,
      const std::function<domain::Status(domain::ComplaintComment*, std::int64_t, domain::UnixSeconds)>& change,
      const std::string& action);
  void Notify(const ComplaintEvent& event);
  domain::Status Audit(const Actor& actor, const std::string& action, std::int64_t complaint_id,
                       const std::string& detail = "");

  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  ComplaintConfig config_;
  StoreRegionDirectory regions_;
  std::atomic<bool> regions_loaded_{false};
  std::vector<ComplaintListener*> listeners_;
};

/// The complaint actor for `actor` on `complaint` (nullopt for a guest). An official "covers" a complaint when a
/// scope contains its region; an operator_desa also when the complaint's region contains their village. Pure.
std::optional<domain::ComplaintActor> ComplaintActorFor(const Actor& actor, const domain::Complaint& complaint);

/// The label shown as a comment's author: the display name and role of an official, "Pelapor" for the reporter
/// of an anonymous complaint (their name is never shown), the display name otherwise. Pure.
std::string CommentAuthorLabel(const Actor& actor, const domain::Complaint& complaint);

}  // namespace tepat::service

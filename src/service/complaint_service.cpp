#include "service/complaint_service.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/complaint_text.hpp"
#include "domain/working_days.hpp"
#include "service/complaint_scope.hpp"
#include "service/crypto.hpp"
#include "service/upload_check.hpp"

namespace tepat::service {
namespace {

using domain::Complaint;
using domain::ComplaintAction;
using domain::ComplaintVisibility;
using domain::Role;

constexpr std::string_view kAuditObject = "complaint";
constexpr std::string_view kSystemLabel = "Sistem";
constexpr std::string_view kAnonymousReporterLabel = "Pelapor";
constexpr std::size_t kMaxTopicNameChars = 150;
constexpr std::size_t kStoredNameRandomBytes = 12;

domain::Status NotFoundComplaint() {
  return domain::NotFound("keluhan tidak ditemukan (complaint not found)");
}

bool AtLeastMasked(ComplaintVisibility visibility) {
  return visibility == ComplaintVisibility::kMasked || visibility == ComplaintVisibility::kFull;
}

std::string RoleLabel(Role role) {
  switch (role) {
    case Role::kPicKorwil: return "PIC Korwil";
    case Role::kAdminPemda: return "Admin Pemda";
    case Role::kOperatorDesa: return "Operator Desa";
    case Role::kAdmin: return "Admin";
    default: return "";
  }
}

std::string FilingMessage(std::size_t problems) {
  return "keluhan belum bisa dikirim: " + std::to_string(problems) +
         " isian perlu diperbaiki (the complaint cannot be sent yet: " + std::to_string(problems) +
         " fields need fixing)";
}

domain::Status WriteFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return domain::Unavailable("the attachments folder cannot be created: " + ec.message());
  const std::filesystem::path temporary = path.string() + ".part";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return domain::Unavailable("the attachment could not be written; check the free disk space");
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) return domain::Unavailable("the attachment could not be saved: " + ec.message());
  return domain::Status::Ok();
}

}  // namespace

std::optional<domain::ComplaintActor> ComplaintActorFor(const Actor& actor, const Complaint& complaint) {
  if (!actor.account) return std::nullopt;
  domain::ComplaintActor out = domain::ComplaintActor::ForAccount(*actor.account, complaint);
  out.covers_region = CoversComplaintRegion(*actor.account, complaint.region);
  return out;
}

std::string CommentAuthorLabel(const Actor& actor, const Complaint& complaint) {
  if (!actor.account) return std::string(kSystemLabel);
  const domain::Account& account = *actor.account;
  if (complaint.reporter_account_id == account.id && !complaint.show_profile) {
    return std::string(kAnonymousReporterLabel);
  }
  const std::string role = RoleLabel(account.role);
  return role.empty() ? account.display_name : account.display_name + " (" + role + ")";
}

ComplaintService::ComplaintService(store::Store& store, Auditor& auditor, const Clock& clock, ComplaintConfig config)
    : store_(store), auditor_(auditor), clock_(clock), config_(std::move(config)), regions_(store) {}

void ComplaintService::Notify(const ComplaintEvent& event) {
  for (ComplaintListener* listener : listeners_) listener->OnComplaintEvent(event);
}

domain::Status ComplaintService::Audit(const Actor& actor, const std::string& action, std::int64_t complaint_id,
                                       const std::string& detail) {
  return auditor_.Record(actor, action, AuditObject{std::string(kAuditObject), std::to_string(complaint_id)},
                         domain::AuditOutcome::kSuccess, detail);
}

// --- topics ---------------------------------------------------------------------------------------------------

domain::Result<std::vector<domain::Topic>> ComplaintService::Topics(bool active_only) {
  domain::Result<std::vector<domain::Topic>> topics = store_.ListComplaintTopics();
  if (!topics.ok() || !active_only) return topics;
  std::erase_if(topics.value(), [](const domain::Topic& topic) { return !topic.active; });
  return topics;
}

domain::Result<domain::Topic> ComplaintService::SaveTopic(const Actor& actor, const domain::Topic& topic) {
  if (!actor.account || actor.account->role != Role::kAdmin) {
    return domain::PermissionDenied("hanya admin yang mengelola topik (only admins manage topics)");
  }
  const domain::TextIssue issue = domain::CheckText(topic.name, kMaxTopicNameChars, /*required=*/true);
  if (issue != domain::TextIssue::kNone) {
    const domain::TextMessage text = domain::DescribeTextIssue(issue, "Nama topik", "name", kMaxTopicNameChars);
    return domain::InvalidArgument("name: " + text.message_id + " (" + text.message_en + ")");
  }
  domain::Result<std::int64_t> id = store_.SaveComplaintTopic(topic);
  if (!id.ok()) return id.status();
  (void)auditor_.Record(actor, "complaint_topic.save", AuditObject{"complaint_topic", std::to_string(*id)},
                        domain::AuditOutcome::kSuccess);
  domain::Topic saved = topic;
  saved.id = *id;
  return saved;
}

// --- programs -------------------------------------------------------------------------------------------------

domain::Result<std::vector<domain::Program>> ComplaintService::Programs(
    const std::optional<domain::RegionCode>& region) {
  domain::Result<std::vector<domain::Program>> programs = store_.ListPrograms();
  if (!programs.ok() || !region) return programs;
  std::erase_if(programs.value(),
                [&](const domain::Program& program) { return !domain::ProgramFitsRegion(program, *region); });
  return programs;
}

// --- filing ---------------------------------------------------------------------------------------------------

domain::Result<Complaint> ComplaintService::File(const Actor& actor, const domain::ComplaintDraft& draft,
                                                 std::vector<domain::ComplaintProblem>* problems) {
  const std::optional<Role> role = actor.account ? std::optional(actor.account->role) : std::nullopt;
  const std::optional<domain::RegionCode> region = domain::RegionCode::Parse(draft.region);
  const bool covers = actor.account && region && CoversComplaintRegion(*actor.account, *region);
  if (domain::Status allowed = domain::CheckFiling(role, draft.channel, covers); !allowed.ok()) return allowed;

  domain::Result<std::vector<domain::Topic>> topics = store_.ListComplaintTopics();
  if (!topics.ok()) return topics.status();
  std::vector<domain::Program> programs;
  if (draft.program_id) {
    domain::Result<std::optional<domain::Program>> program = store_.GetProgram(*draft.program_id);
    if (!program.ok()) return program.status();
    if (program->has_value()) programs.push_back(std::move(program.value().value()));
  }
  const domain::UnixSeconds now = clock_.Now();
  if (!regions_loaded_.load()) regions_loaded_ = regions_.Loaded();
  domain::ComplaintRules rules{.topics = *topics,
                               .nik = {.regions = regions_loaded_.load() ? &regions_ : nullptr,
                                       .today = domain::LocalDate(now, domain::IndonesianTimeZone::kWib)},
                               .require_nik = config_.require_nik,
                               .programs = std::span<const domain::Program>(programs)};
  domain::ComplaintValidation validation = domain::ValidateComplaintDraft(draft, rules, now);
  if (!validation.ok()) {
    if (problems) *problems = validation.problems;
    return domain::InvalidArgument(FilingMessage(validation.problems.size()));
  }
  Complaint complaint = std::move(*validation.complaint);
  if (complaint.channel == domain::ComplaintChannel::kOnline) {
    if (actor.account) {
      complaint.reporter_account_id = actor.account->id;
      if (complaint.reporter_name.empty()) complaint.reporter_name = actor.account->display_name;
    }
  } else {
    complaint.recorded_by_account_id = actor.account->id;
  }
  const int year = domain::LocalDate(complaint.created_at, domain::TimeZoneOfRegion(complaint.region)).year;
  domain::Result<Complaint> stored = store_.CreateComplaint(std::move(complaint), year, std::nullopt);
  if (!stored.ok()) return stored.status();
  (void)Audit(actor, "complaint.file", stored->id, domain::ComplaintChannelCode(stored->channel));
  Notify(ComplaintEvent{.kind = ComplaintEventKind::kFiled,
                        .complaint = *stored,
                        .transition = std::nullopt,
                        .comment = std::nullopt,
                        .actor_account_id = actor.account ? std::optional(actor.account->id) : std::nullopt});
  const ComplaintVisibility visibility = domain::ComplaintVisibilityFor(ComplaintActorFor(actor, *stored), *stored);
  // A guest filing a rahasia complaint still gets its tracking number back.
  return domain::RedactComplaint(*stored, visibility == ComplaintVisibility::kNone ? ComplaintVisibility::kPublic
                                                                                    : visibility)
      .value();
}

// --- reading --------------------------------------------------------------------------------------------------

domain::Result<Complaint> ComplaintService::Load(std::int64_t id) {
  domain::Result<std::optional<Complaint>> found = store_.GetComplaint(id);
  if (!found.ok()) return found.status();
  if (!found->has_value()) return NotFoundComplaint();
  return std::move(found.value().value());
}

domain::Result<ComplaintView> ComplaintService::View(const Actor& actor, Complaint complaint) {
  const std::optional<domain::ComplaintActor> viewer = ComplaintActorFor(actor, complaint);
  const ComplaintVisibility visibility = domain::ComplaintVisibilityFor(viewer, complaint);
  if (visibility == ComplaintVisibility::kNone) return NotFoundComplaint();
  if (visibility == ComplaintVisibility::kFull) {
    domain::Status audited = Audit(actor, "complaint.view_personal", complaint.id);
    if (!audited.ok()) return audited;
  }
  ComplaintView view;
  view.visibility = visibility;
  const domain::UnixSeconds now = clock_.Now();
  if (viewer) {
    for (ComplaintAction action : domain::AllComplaintActions()) {
      if (action == ComplaintAction::kMarkNoResponse) continue;
      if (domain::Apply(complaint, {action, "?"}, *viewer, now, config_.workflow).ok()) {
        view.allowed_actions.push_back(action);
      }
    }
  }
  view.can_file_attachment = AtLeastMasked(visibility) && complaint.status != domain::ComplaintStatus::kSelesai;

  domain::Result<std::vector<domain::ComplaintComment>> comments = store_.ListComplaintComments(complaint.id);
  if (!comments.ok()) return comments.status();
  view.comments = std::move(comments).value();
  if (!AtLeastMasked(visibility)) {
    for (domain::ComplaintComment& comment : view.comments) {
      comment.author_account_id.reset();
      comment.history.clear();
    }
  } else {
    domain::Result<std::vector<store::ComplaintAttachment>> attachments =
        store_.ListComplaintAttachments(complaint.id);
    if (!attachments.ok()) return attachments.status();
    view.attachments = std::move(attachments).value();
  }
  domain::Result<std::vector<domain::Topic>> topics = store_.ListComplaintTopics();
  if (!topics.ok()) return topics.status();
  if (const domain::Topic* topic = domain::FindTopic(*topics, complaint.topic_id)) view.topic_name = topic->name;
  domain::Result<std::optional<domain::Region>> region = store_.GetRegion(complaint.region);
  if (region.ok() && region->has_value()) view.region_name = (*region)->name;
  view.complaint = domain::RedactComplaint(std::move(complaint), visibility).value();
  return view;
}

domain::Result<ComplaintView> ComplaintService::Get(const Actor& actor, std::int64_t id) {
  domain::Result<Complaint> complaint = Load(id);
  if (!complaint.ok()) return complaint.status();
  return View(actor, std::move(complaint).value());
}

domain::Result<ComplaintView> ComplaintService::GetByTracking(const Actor& actor, const std::string& tracking_number) {
  domain::Result<std::optional<Complaint>> found = store_.FindComplaintByTracking(tracking_number);
  if (!found.ok()) return found.status();
  if (!found->has_value()) return NotFoundComplaint();
  return View(actor, std::move(found.value().value()));
}

domain::Result<store::ComplaintPage> ComplaintService::ListWith(store::ComplaintQuery query,
                                                                const ComplaintListRequest& request,
                                                                ComplaintVisibility visibility) {
  if (request.page < 1) return domain::InvalidArgument("page: use 1 or more");
  if (request.page_size < 1 || request.page_size > store::kMaxComplaintPageSize) {
    return domain::InvalidArgument("page_size: use a number from 1 to " +
                                   std::to_string(store::kMaxComplaintPageSize));
  }
  CopyListFilters(request, &query);
  query.limit = request.page_size;
  query.offset = (request.page - 1) * request.page_size;
  domain::Result<store::ComplaintPage> page = store_.ListComplaints(query);
  if (!page.ok()) return page;
  for (store::ComplaintListItem& item : page->items) {
    item.complaint = domain::RedactComplaint(std::move(item.complaint), visibility).value();
  }
  return page;
}

domain::Result<store::ComplaintPage> ComplaintService::ListForOfficial(const Actor& actor,
                                                                       const ComplaintListRequest& request) {
  domain::Result<store::ComplaintQuery> query = OfficialComplaintQuery(actor, request);
  if (!query.ok()) return query.status();
  return ListWith(std::move(query).value(), request, OfficialListVisibility(actor.account->role));
}

domain::Result<store::ComplaintPage> ComplaintService::ListPublic(const ComplaintListRequest& request) {
  store::ComplaintQuery query;
  if (request.region) query.regions = {*request.region};
  return ListWith(std::move(query), request, ComplaintVisibility::kPublic);
}

domain::Result<store::ComplaintPage> ComplaintService::ListOwn(const Actor& actor,
                                                               const ComplaintListRequest& request) {
  if (!actor.account) return domain::PermissionDenied("masuk dulu untuk melihat keluhan Anda (log in first)");
  store::ComplaintQuery query;
  query.include_rahasia = true;
  query.own_account_id = actor.account->id;
  if (request.region) query.regions = {*request.region};
  return ListWith(std::move(query), request, ComplaintVisibility::kMasked);
}

// --- workflow -------------------------------------------------------------------------------------------------

domain::Result<ComplaintView> ComplaintService::Act(const Actor& actor, std::int64_t id,
                                                    const domain::ComplaintRequest& request) {
  domain::Result<Complaint> loaded = Load(id);
  if (!loaded.ok()) return loaded.status();
  const Complaint& complaint = *loaded;
  const std::optional<domain::ComplaintActor> who = ComplaintActorFor(actor, complaint);
  if (!who) return domain::PermissionDenied("masuk dulu untuk menanggapi keluhan (log in first)");
  const ComplaintVisibility visibility = domain::ComplaintVisibilityFor(who, complaint);
  if (visibility == ComplaintVisibility::kNone ||
      (visibility == ComplaintVisibility::kPublic && who->role == Role::kWarga)) {
    return NotFoundComplaint();
  }
  const domain::UnixSeconds now = clock_.Now();
  domain::Result<domain::Transition> transition = domain::Apply(complaint, request, *who, now, config_.workflow);
  if (!transition.ok()) return transition.status();
  Complaint after = complaint;
  if (domain::Status committed = domain::CommitTransition(*transition, &after); !committed.ok()) return committed;

  domain::ComplaintComment comment;
  comment.author_account_id = actor.account->id;
  comment.author_label = CommentAuthorLabel(actor, complaint);
  comment.at = now;
  comment.text = transition->text;
  if (transition->ChangesStatus()) {
    comment.status_from = transition->from;
    comment.status_to = transition->to;
  }
  domain::Result<domain::ComplaintComment> stored = store_.CommitComplaintTransition(*transition, after, comment);
  if (!stored.ok()) return stored.status();
  (void)Audit(actor, std::string("complaint.") + domain::ComplaintActionCode(request.action), id);
  Notify(ComplaintEvent{.kind = transition->ChangesStatus() ? ComplaintEventKind::kStatusChanged
                                                            : ComplaintEventKind::kCommented,
                        .complaint = after,
                        .transition = *transition,
                        .comment = *stored,
                        .actor_account_id = actor.account->id});
  return View(actor, std::move(after));
}

domain::Result<domain::ComplaintComment> ComplaintService::ChangeComment(
    const Actor& actor, std::int64_t comment_id,
    const std::function<domain::Status(domain::ComplaintComment*, std::int64_t, domain::UnixSeconds)>& change,
    const std::string& action) {
  if (!actor.account) return domain::PermissionDenied("masuk dulu untuk mengubah komentar (log in first)");
  domain::Result<std::optional<domain::ComplaintComment>> found = store_.GetComplaintComment(comment_id);
  if (!found.ok()) return found.status();
  if (!found->has_value()) return domain::NotFound("komentar tidak ditemukan (comment not found)");
  domain::ComplaintComment comment = std::move(found.value().value());
  domain::Result<Complaint> complaint = Load(comment.complaint_id);
  if (!complaint.ok()) return complaint.status();
  const ComplaintVisibility visibility =
      domain::ComplaintVisibilityFor(ComplaintActorFor(actor, *complaint), *complaint);
  if (visibility == ComplaintVisibility::kNone) return domain::NotFound("komentar tidak ditemukan (comment not found)");
  if (domain::Status changed = change(&comment, actor.account->id, clock_.Now()); !changed.ok()) return changed;
  if (domain::Status saved = store_.SaveComplaintCommentRevision(comment); !saved.ok()) return saved;
  (void)Audit(actor, action, comment.complaint_id, "comment " + std::to_string(comment.id));
  return comment;
}

domain::Result<domain::ComplaintComment> ComplaintService::EditComment(const Actor& actor, std::int64_t comment_id,
                                                                       const std::string& text) {
  return ChangeComment(
      actor, comment_id,
      [&](domain::ComplaintComment* comment, std::int64_t editor, domain::UnixSeconds now) {
        return domain::EditComment(comment, text, editor, now);
      },
      "complaint.comment_edit");
}

domain::Result<domain::ComplaintComment> ComplaintService::DeleteComment(const Actor& actor,
                                                                         std::int64_t comment_id) {
  return ChangeComment(actor, comment_id, domain::DeleteComment, "complaint.comment_delete");
}

domain::Result<SweepSummary> ComplaintService::Sweep(domain::UnixSeconds now) {
  SweepSummary summary;
  const domain::UnixSeconds cutoff = now - config_.workflow.no_response_after_seconds;
  std::set<std::int64_t> seen;  // a complaint skipped in one round is not read again in the next
  while (true) {
    domain::Result<std::vector<Complaint>> due = store_.ListForwardedBefore(cutoff, config_.sweep_batch);
    if (!due.ok()) return due.status();
    std::erase_if(due.value(), [&](const Complaint& complaint) { return seen.contains(complaint.id); });
    if (due->empty()) break;
    for (const domain::Transition& transition : domain::SweepOverdue(*due, now, config_.workflow)) {
      seen.insert(transition.complaint_id);
      domain::Result<Complaint> complaint = Load(transition.complaint_id);
      if (!complaint.ok()) return complaint.status();
      Complaint after = *complaint;
      if (!domain::CommitTransition(transition, &after).ok()) {
        ++summary.skipped;
        continue;
      }
      domain::ComplaintComment comment;
      comment.author_label = std::string(kSystemLabel);
      comment.at = transition.at;
      comment.text = transition.text;
      comment.status_from = transition.from;
      comment.status_to = transition.to;
      domain::Result<domain::ComplaintComment> stored = store_.CommitComplaintTransition(transition, after, comment);
      if (!stored.ok() && stored.status().code() == domain::ErrorCode::kFailedPrecondition) {
        ++summary.skipped;
        continue;
      }
      if (!stored.ok()) return stored.status();
      ++summary.marked;
      (void)Audit(Actor::System(), "complaint.mark_no_response", transition.complaint_id);
      Notify(ComplaintEvent{.kind = ComplaintEventKind::kStatusChanged,
                            .complaint = after,
                            .transition = transition,
                            .comment = *stored,
                            .actor_account_id = std::nullopt});
    }
    for (const Complaint& complaint : *due) seen.insert(complaint.id);
  }
  return summary;
}

// --- attachments ----------------------------------------------------------------------------------------------

domain::Result<store::ComplaintAttachment> ComplaintService::AddAttachment(const Actor& actor,
                                                                           std::int64_t complaint_id,
                                                                           const std::string& original_name,
                                                                           const std::string& bytes) {
  domain::Result<Complaint> complaint = Load(complaint_id);
  if (!complaint.ok()) return complaint.status();
  if (!AtLeastMasked(domain::ComplaintVisibilityFor(ComplaintActorFor(actor, *complaint), *complaint))) {
    return NotFoundComplaint();
  }
  if (complaint->status == domain::ComplaintStatus::kSelesai) {
    return domain::FailedPrecondition(
        "keluhan sudah selesai; lampiran tidak bisa ditambah (the complaint is closed; no attachments can be added)");
  }
  domain::Result<CheckedUpload> upload = CheckUpload(bytes);
  if (!upload.ok()) return upload.status();
  store::ComplaintAttachment meta{.complaint_id = complaint_id,
                                  .stored_name = "c" + std::to_string(complaint_id) + "-" +
                                                 RandomHex(kStoredNameRandomBytes) + "." + upload->extension,
                                  .original_name = CleanFileName(original_name),
                                  .content_type = upload->content_type,
                                  .size_bytes = static_cast<std::int64_t>(upload->bytes.size()),
                                  .uploaded_by = actor.account ? std::optional(actor.account->id) : std::nullopt,
                                  .uploaded_at = clock_.Now()};
  const std::filesystem::path path = config_.attachments_dir / meta.stored_name;
  if (domain::Status written = WriteFileAtomically(path, upload->bytes); !written.ok()) return written;
  domain::Result<std::int64_t> id = store_.AddComplaintAttachment(meta);
  if (!id.ok()) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return id.status();
  }
  meta.id = *id;
  (void)Audit(actor, "complaint.attachment_add", complaint_id, "attachment " + std::to_string(meta.id));
  return meta;
}

domain::Result<AttachmentFile> ComplaintService::ReadAttachment(const Actor& actor, std::int64_t attachment_id) {
  domain::Result<std::optional<store::ComplaintAttachment>> meta = store_.GetComplaintAttachment(attachment_id);
  if (!meta.ok()) return meta.status();
  if (!meta->has_value()) return domain::NotFound("lampiran tidak ditemukan (attachment not found)");
  domain::Result<Complaint> complaint = Load((*meta)->complaint_id);
  if (!complaint.ok()) return complaint.status();
  if (!AtLeastMasked(domain::ComplaintVisibilityFor(ComplaintActorFor(actor, *complaint), *complaint))) {
    return domain::NotFound("lampiran tidak ditemukan (attachment not found)");
  }
  std::ifstream in(config_.attachments_dir / (*meta)->stored_name, std::ios::binary);
  if (!in) return domain::NotFound("berkas lampiran hilang dari server (the attachment file is missing)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  domain::Status audited = Audit(actor, "complaint.attachment_read", (*meta)->complaint_id,
                                 "attachment " + std::to_string(attachment_id));
  if (!audited.ok()) return audited;
  return AttachmentFile{.meta = std::move(meta.value().value()), .bytes = std::move(bytes).str()};
}

}  // namespace tepat::service

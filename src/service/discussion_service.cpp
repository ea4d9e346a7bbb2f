#include "service/discussion_service.hpp"

#include <algorithm>

#include "domain/complaint_text.hpp"
#include "service/text_field.hpp"

namespace tepat::service {
namespace {

constexpr int kMaxPage = 50;
constexpr int kModerationQueueLimit = 200;
constexpr const char* kAnonymousLabel = "Anonim";
constexpr FieldNames kTitleField{"title", "Judul", "title"};
constexpr FieldNames kBodyField{"body", "Isi", "text"};
constexpr FieldNames kReasonField{"reason", "Alasan", "reason"};
constexpr FieldNames kNoteField{"note", "Catatan moderasi", "moderation note"};

std::string Reference(std::int64_t item_id) { return "discussion:" + std::to_string(item_id); }

domain::Status NeedsAccount(const Actor& actor) {
  if (actor.account) return domain::Status::Ok();
  return domain::Unauthenticated("log in to write in the discussion");
}

domain::Status NotFoundPost(std::int64_t id) {
  return domain::NotFound("discussion post " + std::to_string(id) +
                          " does not exist or is not public; go back to the discussion list");
}

}  // namespace

bool DiscussionService::MayModerate(const Actor& actor, const domain::DiscussionPost& post) {
  if (!actor.account) return false;
  if (actor.account->role == domain::Role::kAdmin) return true;
  return actor.account->role == domain::Role::kPicKorwil && post.region &&
         domain::AccountCoversRegion(*actor.account, *post.region);
}

void DiscussionService::Audit(const Actor& actor, const std::string& action, std::int64_t post_id,
                              const std::string& detail) {
  // The write already happened; an audit failure is reported by the store's own health, not to the author.
  (void)auditor_.Record(actor, action, {"discussion_post", std::to_string(post_id)}, domain::AuditOutcome::kSuccess,
                        detail);
}

domain::Result<domain::DiscussionPost> DiscussionService::VisiblePost(const Actor& actor, std::int64_t post_id) {
  auto post = store_.GetDiscussionPost(post_id);
  if (!post.ok()) return post.status();
  if (!post.value()) return NotFoundPost(post_id);
  const domain::DiscussionPost& found = *post.value();
  if (found.state != domain::DiscussionState::kVisible && !MayModerate(actor, found)) return NotFoundPost(post_id);
  return found;
}

domain::Result<std::vector<domain::DiscussionPost>> DiscussionService::ListItems(const std::string& kind, int limit,
                                                                                 std::int64_t before_id) {
  store::DiscussionQuery query;
  if (!kind.empty()) {
    query.kind = domain::ParseDiscussionKind(kind);
    if (!query.kind || *query.kind == domain::DiscussionKind::kComment) {
      return domain::InvalidArgument("kind: use complaint, success_story or failure_story");
    }
  }
  query.limit = std::clamp(limit, 1, kMaxPage);
  query.before_id = before_id;
  return store_.ListDiscussionItems(query);
}

domain::Result<DiscussionThread> DiscussionService::GetThread(const Actor& actor, std::int64_t item_id) {
  auto item = VisiblePost(actor, item_id);
  if (!item.ok()) return item.status();
  if (item->parent_id) return NotFoundPost(item_id);
  DiscussionThread thread{std::move(item).value(), {}, false};
  thread.may_moderate = MayModerate(actor, thread.item);
  auto comments = store_.ListDiscussionComments(item_id, thread.may_moderate);
  if (!comments.ok()) return comments.status();
  thread.comments = std::move(comments).value();
  return thread;
}

domain::Result<domain::DiscussionPost> DiscussionService::Insert(const Actor& actor, domain::DiscussionPost post,
                                                                 const std::string& action) {
  post.created_at = post.updated_at = clock_.Now();
  auto id = store_.CreateDiscussionPost(post);
  if (!id.ok()) return id.status();
  post.id = *id;
  Audit(actor, action, post.id);
  return post;
}

domain::Result<domain::DiscussionPost> DiscussionService::CreateStory(const Actor& actor, const NewStory& story) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  auto kind = domain::ParseDiscussionKind(story.kind);
  if (!kind || (*kind != domain::DiscussionKind::kSuccessStory && *kind != domain::DiscussionKind::kFailureStory)) {
    return domain::InvalidArgument(
        "kind: pilih cerita berhasil atau cerita gagal (use success_story or failure_story)");
  }
  if (auto status = CheckTextField(story.title, domain::kMaxDiscussionTitleChars, true, kTitleField); !status.ok()) {
    return status;
  }
  if (auto status = CheckTextField(story.body, domain::kMaxDiscussionBodyChars, true, kBodyField); !status.ok()) {
    return status;
  }
  domain::DiscussionPost post;
  post.kind = *kind;
  if (!story.region.empty()) {
    post.region = domain::RegionCode::Parse(story.region);
    if (!post.region || post.region->level() > domain::RegionLevel::kKabupaten) {
      return domain::InvalidArgument("region: pilih provinsi atau kabupaten/kota (use a code such as 35 or 35.10)");
    }
  }
  post.author_account_id = actor.Id();
  post.author_label = story.anonymous ? kAnonymousLabel : actor.account->display_name;
  post.title = story.title;
  post.body = story.body;
  return Insert(actor, std::move(post), "discussion.create");
}

domain::Result<domain::DiscussionPost> DiscussionService::PublishComplaint(
    const Actor& actor, std::int64_t complaint_id, const domain::RegionCode& region, const std::string& author_label,
    const std::string& title, const std::string& body, std::optional<std::int64_t> author_account_id) {
  domain::DiscussionPost post;
  post.kind = domain::DiscussionKind::kComplaint;
  post.complaint_id = complaint_id;
  post.author_account_id = author_account_id;
  post.region = region;
  post.author_label = author_label;
  post.title = title;
  post.body = body;
  return Insert(actor, std::move(post), "discussion.publish_complaint");
}

domain::Result<domain::DiscussionPost> DiscussionService::Comment(const Actor& actor, std::int64_t item_id,
                                                                  const std::string& body) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  auto item = store_.GetDiscussionPost(item_id);
  if (!item.ok()) return item.status();
  if (!item.value() || item.value()->parent_id || item.value()->state != domain::DiscussionState::kVisible) {
    return NotFoundPost(item_id);
  }
  if (auto status = CheckTextField(body, domain::kMaxCommentChars, true, kBodyField); !status.ok()) return status;
  domain::DiscussionPost comment;
  comment.parent_id = item_id;
  comment.kind = domain::DiscussionKind::kComment;
  comment.region = item.value()->region;
  comment.author_account_id = actor.Id();
  comment.author_label = actor.account->display_name;
  comment.body = body;
  auto stored = Insert(actor, std::move(comment), "discussion.comment");
  if (!stored.ok()) return stored;
  const auto& author = item.value()->author_account_id;
  if (author && *author != actor.Id()) {
    (void)notifications_.Notify({*author}, NotificationDraft{domain::NotificationKind::kDiscussionComment,
                                                             Reference(item_id), "Komentar baru di diskusi Anda",
                                                             "Ada komentar baru pada \"" + item.value()->title + "\"."});
  }
  return stored;
}

domain::Result<domain::DiscussionPost> DiscussionService::Report(const Actor& actor, std::int64_t post_id,
                                                                 const std::string& reason) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  if (auto status = CheckTextField(reason, domain::kMaxReportReasonChars, false, kReasonField); !status.ok()) {
    return status;
  }
  auto post = store_.GetDiscussionPost(post_id);
  if (!post.ok()) return post.status();
  if (!post.value() || post.value()->state != domain::DiscussionState::kVisible) return NotFoundPost(post_id);
  auto after = store_.ReportDiscussionPost(post_id, actor.Id(), reason, config_.hide_after_reports, clock_.Now());
  if (!after.ok()) return after.status();
  Audit(actor, "discussion.report", post_id);
  if (after->state == domain::DiscussionState::kHidden) {
    const std::int64_t item_id = after->parent_id.value_or(post_id);
    NotificationDraft draft{domain::NotificationKind::kDiscussionReported, Reference(item_id),
                            "Postingan diskusi disembunyikan",
                            "Sebuah postingan disembunyikan setelah " + std::to_string(after->open_reports) +
                                " laporan dan menunggu moderasi."};
    (void)notifications_.NotifyOfficials(after->region, {domain::Role::kAdmin, domain::Role::kPicKorwil}, draft);
  }
  return after;
}

domain::Result<std::vector<domain::DiscussionPost>> DiscussionService::ModerationQueue(const Actor& actor) {
  if (!actor.account ||
      (actor.account->role != domain::Role::kAdmin && actor.account->role != domain::Role::kPicKorwil)) {
    return domain::PermissionDenied("only moderators (admin, PIC Korwil) see the moderation queue");
  }
  auto hidden = store_.ListDiscussionPostsInState(domain::DiscussionState::kHidden, kModerationQueueLimit);
  if (!hidden.ok()) return hidden.status();
  std::vector<domain::DiscussionPost> mine;
  for (auto& post : hidden.value()) {
    if (MayModerate(actor, post)) mine.push_back(std::move(post));
  }
  return mine;
}

domain::Result<domain::DiscussionPost> DiscussionService::Moderate(const Actor& actor, std::int64_t post_id,
                                                                   const ModerationInput& input) {
  auto post = store_.GetDiscussionPost(post_id);
  if (!post.ok()) return post.status();
  if (!post.value()) return NotFoundPost(post_id);
  if (!MayModerate(actor, *post.value())) {
    return domain::PermissionDenied("only an admin or the PIC Korwil of this region may moderate this post");
  }
  auto action = domain::ParseModerationAction(input.action);
  if (!action) return domain::InvalidArgument("action: use restore, remove or edit");
  if (auto status = CheckTextField(input.note, domain::kMaxModerationNoteChars, true, kNoteField); !status.ok()) {
    return status;
  }
  store::ModerationChange change{*action, input.title, input.body, input.note, actor.Id(), clock_.Now()};
  if (*action == domain::ModerationAction::kEdit) {
    if (!post.value()->parent_id) {
      if (auto status = CheckTextField(input.title, domain::kMaxDiscussionTitleChars, true, kTitleField);
          !status.ok()) {
        return status;
      }
    }
    if (auto status = CheckTextField(input.body, domain::kMaxDiscussionBodyChars, true, kBodyField); !status.ok()) {
      return status;
    }
  }
  auto after = store_.ModerateDiscussionPost(post_id, change);
  if (!after.ok()) return after.status();
  Audit(actor, "discussion.moderate", post_id, input.action);
  return after;
}

domain::Result<std::vector<domain::DiscussionRevision>> DiscussionService::History(const Actor& actor,
                                                                                   std::int64_t post_id) {
  auto post = store_.GetDiscussionPost(post_id);
  if (!post.ok()) return post.status();
  if (!post.value()) return NotFoundPost(post_id);
  if (!MayModerate(actor, *post.value())) {
    return domain::PermissionDenied("only an admin or the PIC Korwil of this region may read the history");
  }
  return store_.ListDiscussionRevisions(post_id);
}

}  // namespace tepat::service

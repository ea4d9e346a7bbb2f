#include "domain/complaint_comment.hpp"

#include <string>

#include "domain/complaint_text.hpp"

namespace tepat::domain {
namespace {

Status CheckAuthor(const ComplaintComment& comment, std::int64_t editor_account_id) {
  if (!comment.author_account_id || *comment.author_account_id != editor_account_id) {
    return PermissionDenied(
        "Hanya penulis komentar yang dapat mengubah atau menghapusnya. "
        "(Only the author of a comment may edit or delete it.)");
  }
  if (comment.deleted) {
    return FailedPrecondition(
        "Komentar ini sudah dihapus; tulis komentar baru. (This comment has been deleted; write a new one.)");
  }
  return Status::Ok();
}

void KeepRevision(ComplaintComment* comment, UnixSeconds now) {
  comment->history.push_back(CommentRevision{std::move(comment->text), now});
  comment->text.clear();
}

}  // namespace

Status EditComment(ComplaintComment* comment, std::string_view new_text, std::int64_t editor_account_id,
                   UnixSeconds now) {
  if (Status allowed = CheckAuthor(*comment, editor_account_id); !allowed.ok()) return allowed;
  const TextIssue issue = CheckText(new_text, kMaxCommentChars, /*required=*/true);
  if (issue != TextIssue::kNone) {
    const TextMessage m = DescribeTextIssue(issue, "Komentar", "comment", kMaxCommentChars);
    return InvalidArgument(m.message_id + " (" + m.message_en + ")");
  }
  KeepRevision(comment, now);
  comment->text = std::string(new_text);
  comment->edited = true;
  return Status::Ok();
}

Status DeleteComment(ComplaintComment* comment, std::int64_t editor_account_id, UnixSeconds now) {
  if (Status allowed = CheckAuthor(*comment, editor_account_id); !allowed.ok()) return allowed;
  KeepRevision(comment, now);
  comment->deleted = true;
  return Status::Ok();
}

}  // namespace tepat::domain

#pragma once
// ComplaintComment: a comment on a complaint, possibly carrying a status change (the seed's comment column).
// Every workflow step is recorded as one. Authors edit or delete their own comments; earlier texts are kept.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/complaint.hpp"
#include "domain/status.hpp"

namespace tepat::domain {

/// One earlier text of an edited or deleted comment, kept for the record.
struct CommentRevision {
  std::string text;
  UnixSeconds replaced_at = 0;
};

/// A comment on a complaint.
struct ComplaintComment {
  std::int64_t id = 0;
  std::int64_t complaint_id = 0;
  std::optional<std::int64_t> author_account_id;  ///< nullopt for the system (the overdue sweep)
  std::string author_label;                       ///< e.g. the display name, or "Sistem"
  UnixSeconds at = 0;
  std::string text;                            ///< "" once deleted (history keeps it)
  std::optional<ComplaintStatus> status_from;  ///< both set when the comment changed the status
  std::optional<ComplaintStatus> status_to;
  bool edited = false;
  bool deleted = false;
  std::vector<CommentRevision> history;  ///< oldest first
};

/// Replaces the text of `comment` by `new_text` for `editor_account_id` at `now`, keeping the old text in history.
/// Errors: kPermissionDenied when the editor is not the author (system comments have no author and cannot be
/// edited), kFailedPrecondition when the comment is deleted, kInvalidArgument when `new_text` is empty or longer
/// than kMaxCommentChars characters, or invalid UTF-8. The status change, if any, is never edited. Pure.
Status EditComment(ComplaintComment* comment, std::string_view new_text, std::int64_t editor_account_id,
                   UnixSeconds now);

/// Marks `comment` deleted for `editor_account_id` at `now`: its text moves to history and becomes "".
/// A comment that changed the status keeps the change (the workflow cannot be undone by deleting).
/// Errors: kPermissionDenied when not the author, kFailedPrecondition when already deleted. Pure.
Status DeleteComment(ComplaintComment* comment, std::int64_t editor_account_id, UnixSeconds now);

}  // namespace tepat::domain

#include "store/sql/community_readers.hpp"

#include <string>

namespace tepat::store::sql {
namespace {

Status UnknownCode(std::string_view table, std::string_view column, std::string_view value) {
  return domain::Internal("stored " + std::string(table) + "." + std::string(column) + " '" + std::string(value) +
                          "' is unknown; the database was changed outside Tepat or by a newer version");
}

std::optional<std::int64_t> OptionalInt(const Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

}  // namespace

Result<domain::Notification> ReadNotification(const Row& row) {
  std::optional<domain::NotificationKind> kind = domain::ParseNotificationKind(row.Text(2));
  if (!kind) return UnknownCode("notifications", "kind", row.Text(2));
  return domain::Notification{
      .id = row.Int(0),
      .account_id = row.Int(1),
      .kind = *kind,
      .reference = std::string(row.Text(3)),
      .title = std::string(row.Text(4)),
      .body = std::string(row.Text(5)),
      .created_at = row.Int(6),
      .read_at = OptionalInt(row, 7),
  };
}

Result<domain::OutboxEmail> ReadOutboxEmail(const Row& row) {
  return domain::OutboxEmail{
      .id = row.Int(0),
      .recipient = std::string(row.Text(1)),
      .subject = std::string(row.Text(2)),
      .body = std::string(row.Text(3)),
      .created_at = row.Int(4),
      .attempts = static_cast<int>(row.Int(5)),
      .next_attempt_at = row.Int(6),
      .last_error = std::string(row.Text(7)),
      .sent_at = OptionalInt(row, 8),
  };
}

Result<domain::DiscussionPost> ReadDiscussionPost(const Row& row) {
  std::optional<domain::DiscussionKind> kind = domain::ParseDiscussionKind(row.Text(2));
  if (!kind) return UnknownCode("discussion_posts", "kind", row.Text(2));
  std::optional<domain::DiscussionState> state = domain::ParseDiscussionState(row.Text(9));
  if (!state) return UnknownCode("discussion_posts", "state", row.Text(9));
  domain::DiscussionPost post;
  post.id = row.Int(0);
  post.parent_id = OptionalInt(row, 1);
  post.kind = *kind;
  post.complaint_id = OptionalInt(row, 3);
  if (!row.Text(4).empty()) {
    post.region = domain::RegionCode::Parse(row.Text(4));
    if (!post.region) return UnknownCode("discussion_posts", "region_code", row.Text(4));
  }
  post.author_account_id = OptionalInt(row, 5);
  post.author_label = row.Text(6);
  post.title = row.Text(7);
  post.body = row.Text(8);
  post.state = *state;
  post.open_reports = static_cast<int>(row.Int(10));
  post.moderated = row.Int(11) != 0;
  post.created_at = row.Int(12);
  post.updated_at = row.Int(13);
  post.comment_count = static_cast<int>(row.Int(14));
  return post;
}

Result<domain::DiscussionRevision> ReadDiscussionRevision(const Row& row) {
  std::optional<domain::DiscussionState> state = domain::ParseDiscussionState(row.Text(4));
  if (!state) return UnknownCode("discussion_revisions", "state", row.Text(4));
  std::optional<domain::ModerationAction> action = domain::ParseModerationAction(row.Text(6));
  if (!action) return UnknownCode("discussion_revisions", "action", row.Text(6));
  return domain::DiscussionRevision{
      .id = row.Int(0),
      .post_id = row.Int(1),
      .title = std::string(row.Text(2)),
      .body = std::string(row.Text(3)),
      .state = *state,
      .changed_by = row.Int(5),
      .action = *action,
      .note = std::string(row.Text(7)),
      .changed_at = row.Int(8),
  };
}

}  // namespace tepat::store::sql

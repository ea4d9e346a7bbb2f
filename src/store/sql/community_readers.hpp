#pragma once
// Row readers of notifications, outbox emails and discussion posts, in the column orders of
// community_statements.hpp. Each returns kInternal naming the table and column when a stored code is unknown.
#include "domain/discussion.hpp"
#include "domain/notification.hpp"
#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// Notification from TEPAT_NOTIFICATION_COLUMNS.
Result<domain::Notification> ReadNotification(const Row& row);
/// OutboxEmail from TEPAT_EMAIL_COLUMNS.
Result<domain::OutboxEmail> ReadOutboxEmail(const Row& row);
/// DiscussionPost from TEPAT_POST_COLUMNS ("" region reads as nullopt).
Result<domain::DiscussionPost> ReadDiscussionPost(const Row& row);
/// DiscussionRevision from TEPAT_REVISION_COLUMNS.
Result<domain::DiscussionRevision> ReadDiscussionRevision(const Row& row);

}  // namespace tepat::store::sql

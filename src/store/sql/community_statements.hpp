#pragma once
// SQL of notifications, the email outbox and the discussion, written once with `?` placeholders for both engines.
// Column lists are shared with the row readers (community_readers.cpp): keep the orders in step.
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

#define TEPAT_NOTIFICATION_COLUMNS "id, account_id, kind, reference, title, body, created_at, read_at"
#define TEPAT_EMAIL_COLUMNS \
  "id, recipient, subject, body, created_at, attempts, next_attempt_at, last_error, sent_at"
#define TEPAT_POST_COLUMNS                                                                                    \
  "p.id, p.parent_id, p.kind, p.complaint_id, p.region_code, p.author_account_id, p.author_label, p.title, " \
  "p.body, p.state, p.open_reports, p.moderated, p.created_at, p.updated_at, "                                \
  "(SELECT COUNT(*) FROM discussion_posts c WHERE c.parent_id = p.id AND c.state = 'visible')"
#define TEPAT_REVISION_COLUMNS "id, post_id, title, body, state, changed_by, action, note, changed_at"

// --- notifications --------------------------------------------------------------------------------------------
inline constexpr Statement kInsertNotification{
    "insert_notification",
    "INSERT INTO notifications(account_id, kind, reference, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)"};
inline constexpr Statement kListNotificationsNewest{
    "list_notifications_newest",
    "SELECT " TEPAT_NOTIFICATION_COLUMNS " FROM notifications WHERE account_id = ? ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kListNotificationsBefore{
    "list_notifications_before",
    "SELECT " TEPAT_NOTIFICATION_COLUMNS
    " FROM notifications WHERE account_id = ? AND id < ? ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kCountUnreadNotifications{
    "count_unread_notifications", "SELECT COUNT(*) FROM notifications WHERE account_id = ? AND read_at IS NULL"};
inline constexpr Statement kMarkNotificationRead{
    "mark_notification_read",
    "UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE account_id = ? AND id = ?"};
inline constexpr Statement kMarkAllNotificationsRead{
    "mark_all_notifications_read",
    "UPDATE notifications SET read_at = ? WHERE account_id = ? AND read_at IS NULL"};

// --- email outbox ---------------------------------------------------------------------------------------------
inline constexpr Statement kInsertEmail{
    "insert_email",
    "INSERT INTO email_outbox(recipient, subject, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)"};
inline constexpr Statement kDueEmailIds{
    "due_email_ids",
    "SELECT id FROM email_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? AND claimed_until <= ? "
    "ORDER BY next_attempt_at, id LIMIT ?"};
// Claims one row only if nobody claimed it meanwhile: the changed-row count says who won.
inline constexpr Statement kClaimEmail{
    "claim_email",
    "UPDATE email_outbox SET claimed_until = ? WHERE id = ? AND sent_at IS NULL AND claimed_until <= ?"};
inline constexpr Statement kGetEmail{"get_email", "SELECT " TEPAT_EMAIL_COLUMNS " FROM email_outbox WHERE id = ?"};
inline constexpr Statement kMarkEmailSent{"mark_email_sent",
                                          "UPDATE email_outbox SET sent_at = ?, claimed_until = 0 WHERE id = ?"};
inline constexpr Statement kMarkEmailFailed{
    "mark_email_failed",
    "UPDATE email_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = 0 "
    "WHERE id = ?"};
inline constexpr Statement kListEmailsNewest{
    "list_emails_newest", "SELECT " TEPAT_EMAIL_COLUMNS " FROM email_outbox ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kListEmailsBefore{
    "list_emails_before", "SELECT " TEPAT_EMAIL_COLUMNS " FROM email_outbox WHERE id < ? ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kCountOutbox{
    "count_outbox",
    "SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 0 ELSE 1 END), 0), "
    "COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts > 0 THEN 1 ELSE 0 END), 0) FROM email_outbox"};

// --- discussion -----------------------------------------------------------------------------------------------
inline constexpr Statement kInsertPost{
    "insert_discussion_post",
    "INSERT INTO discussion_posts(parent_id, kind, complaint_id, region_code, author_account_id, author_label, "
    "title, body, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"};
inline constexpr Statement kItemExists{"discussion_item_exists",
                                       "SELECT COUNT(*) FROM discussion_posts WHERE id = ? AND parent_id IS NULL"};
inline constexpr Statement kGetPost{"get_discussion_post",
                                    "SELECT " TEPAT_POST_COLUMNS " FROM discussion_posts p WHERE p.id = ?"};
inline constexpr Statement kListItemsNewest{
    "list_discussion_items_newest",
    "SELECT " TEPAT_POST_COLUMNS
    " FROM discussion_posts p WHERE p.parent_id IS NULL AND p.state = ? AND (? = '' OR p.kind = ?) "
    "ORDER BY p.id DESC LIMIT ?"};
inline constexpr Statement kListItemsBefore{
    "list_discussion_items_before",
    "SELECT " TEPAT_POST_COLUMNS
    " FROM discussion_posts p WHERE p.parent_id IS NULL AND p.state = ? AND (? = '' OR p.kind = ?) AND p.id < ? "
    "ORDER BY p.id DESC LIMIT ?"};
inline constexpr Statement kListVisibleComments{
    "list_visible_discussion_comments",
    "SELECT " TEPAT_POST_COLUMNS " FROM discussion_posts p WHERE p.parent_id = ? AND p.state = 'visible' ORDER BY p.id"};
inline constexpr Statement kListAllComments{
    "list_all_discussion_comments",
    "SELECT " TEPAT_POST_COLUMNS " FROM discussion_posts p WHERE p.parent_id = ? ORDER BY p.id"};
inline constexpr Statement kListPostsInState{
    "list_discussion_posts_in_state",
    "SELECT " TEPAT_POST_COLUMNS " FROM discussion_posts p WHERE p.state = ? ORDER BY p.updated_at, p.id LIMIT ?"};
inline constexpr Statement kInsertReport{
    "insert_discussion_report",
    "INSERT INTO discussion_reports(post_id, account_id, reason, created_at) VALUES (?, ?, ?, ?)"};
inline constexpr Statement kSetPostReports{
    "set_discussion_post_reports",
    "UPDATE discussion_posts SET open_reports = ?, state = ?, updated_at = ? WHERE id = ?"};
inline constexpr Statement kInsertRevision{
    "insert_discussion_revision",
    "INSERT INTO discussion_revisions(post_id, title, body, state, changed_by, action, note, changed_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"};
inline constexpr Statement kModeratePost{
    "moderate_discussion_post",
    "UPDATE discussion_posts SET title = ?, body = ?, state = ?, open_reports = 0, moderated = 1, updated_at = ? "
    "WHERE id = ?"};
inline constexpr Statement kCloseReports{
    "close_discussion_reports",
    "UPDATE discussion_reports SET closed_at = ? WHERE post_id = ? AND closed_at IS NULL"};
inline constexpr Statement kListRevisions{
    "list_discussion_revisions",
    "SELECT " TEPAT_REVISION_COLUMNS " FROM discussion_revisions WHERE post_id = ? ORDER BY id"};

#undef TEPAT_NOTIFICATION_COLUMNS
#undef TEPAT_EMAIL_COLUMNS
#undef TEPAT_POST_COLUMNS
#undef TEPAT_REVISION_COLUMNS

}  // namespace tepat::store::sql

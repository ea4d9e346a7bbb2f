#pragma once
// The SQL statements of complaints, topics, comments and attachments (migration 7), for both engines.
// Column lists are shared with complaint_readers.cpp: keep the orders in step.
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

#define TEPAT_TOPIC_COLUMNS "id, name, active"
#define TEPAT_COMPLAINT_COLUMNS                                                                                     \
  "c.id, c.tracking_number, c.region, c.program_id, c.topic_id, c.title, c.message, c.source, c.show_profile, "   \
  "c.rahasia, c.reporter_account_id, c.recorded_by_account_id, c.reporter_name, c.channel, c.status, c.created_at, " \
  "c.forwarded_at, c.first_response_at, c.no_response_at, c.closed_at"
#define TEPAT_COMMENT_COLUMNS \
  "id, complaint_id, author_account_id, author_label, at, text, status_from, status_to, edited, deleted"
#define TEPAT_ATTACHMENT_COLUMNS \
  "id, complaint_id, stored_name, original_name, content_type, size_bytes, uploaded_by, uploaded_at"

// --- topics ---------------------------------------------------------------------------------------------------
inline constexpr Statement kListTopics{"list_complaint_topics",
                                       "SELECT " TEPAT_TOPIC_COLUMNS " FROM complaint_topics ORDER BY id"};
inline constexpr Statement kInsertTopic{"insert_complaint_topic",
                                        "INSERT INTO complaint_topics(name, active) VALUES (?, ?) RETURNING id"};
inline constexpr Statement kUpdateTopic{"update_complaint_topic",
                                        "UPDATE complaint_topics SET name = ?, active = ? WHERE id = ?"};

// --- complaints -----------------------------------------------------------------------------------------------
inline constexpr Statement kNextComplaintSequence{
    "next_complaint_sequence",
    "INSERT INTO complaint_sequences(region, year, last_value) VALUES (?, ?, 1) ON CONFLICT (region, year) "
    "DO UPDATE SET last_value = complaint_sequences.last_value + 1 RETURNING last_value"};
inline constexpr Statement kInsertComplaint{
    "insert_complaint",
    "INSERT INTO complaints(tracking_number, region, program_id, topic_id, title, message, source, show_profile, "
    "rahasia, reporter_account_id, recorded_by_account_id, reporter_name, channel, status, created_at, forwarded_at, "
    "first_response_at, no_response_at, closed_at, search_text) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"};
inline constexpr Statement kInsertComplaintNik{
    "insert_complaint_nik", "INSERT INTO complaint_niks(complaint_id, position, kind, nik) VALUES (?, ?, ?, ?)"};
inline constexpr Statement kInsertComplaintPhone{
    "insert_complaint_phone", "INSERT INTO complaint_phones(complaint_id, position, phone) VALUES (?, ?, ?)"};
inline constexpr Statement kGetComplaint{"get_complaint",
                                         "SELECT " TEPAT_COMPLAINT_COLUMNS " FROM complaints c WHERE c.id = ?"};
inline constexpr Statement kFindComplaintByTracking{
    "find_complaint_by_tracking", "SELECT " TEPAT_COMPLAINT_COLUMNS " FROM complaints c WHERE c.tracking_number = ?"};
inline constexpr Statement kListComplaintNiks{
    "list_complaint_niks", "SELECT kind, nik FROM complaint_niks WHERE complaint_id = ? ORDER BY position"};
inline constexpr Statement kListComplaintPhones{
    "list_complaint_phones", "SELECT phone FROM complaint_phones WHERE complaint_id = ? ORDER BY position"};
// The optimistic-concurrency guard of the workflow: only when the complaint is still in the `from` status.
inline constexpr Statement kCommitComplaintTransition{
    "commit_complaint_transition",
    "UPDATE complaints SET status = ?, forwarded_at = ?, first_response_at = ?, no_response_at = ?, closed_at = ? "
    "WHERE id = ? AND status = ?"};
inline constexpr Statement kComplaintExists{"complaint_exists", "SELECT COUNT(*) FROM complaints WHERE id = ?"};
inline constexpr Statement kListForwardedBefore{
    "list_forwarded_before",
    "SELECT " TEPAT_COMPLAINT_COLUMNS " FROM complaints c WHERE c.status = 'DITERUSKAN' AND c.forwarded_at <= ? "
    "ORDER BY c.forwarded_at, c.id LIMIT ?"};

// The officials' and the public list, their count, the dashboard's facts and the export's personal data are built
// per filter combination in complaint_filter_sql.hpp (on TEPAT_COMPLAINT_COLUMNS).

// --- comments -------------------------------------------------------------------------------------------------
inline constexpr Statement kInsertComment{
    "insert_complaint_comment",
    "INSERT INTO complaint_comments(complaint_id, author_account_id, author_label, at, text, status_from, status_to, "
    "edited, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0) RETURNING id"};
inline constexpr Statement kListComments{
    "list_complaint_comments",
    "SELECT " TEPAT_COMMENT_COLUMNS " FROM complaint_comments WHERE complaint_id = ? ORDER BY at, id"};
inline constexpr Statement kGetComment{"get_complaint_comment",
                                       "SELECT " TEPAT_COMMENT_COLUMNS " FROM complaint_comments WHERE id = ?"};
inline constexpr Statement kListRevisionsOfComplaint{
    "list_comment_revisions_of_complaint",
    "SELECT v.comment_id, v.text, v.replaced_at FROM complaint_comment_revisions v "
    "JOIN complaint_comments m ON m.id = v.comment_id WHERE m.complaint_id = ? ORDER BY v.comment_id, v.id"};
inline constexpr Statement kListRevisionsOfComment{
    "list_comment_revisions",
    "SELECT comment_id, text, replaced_at FROM complaint_comment_revisions WHERE comment_id = ? ORDER BY id"};
inline constexpr Statement kCountRevisionsOfComment{
    "count_comment_revisions", "SELECT COUNT(*) FROM complaint_comment_revisions WHERE comment_id = ?"};
inline constexpr Statement kInsertCommentRevision{
    "insert_comment_revision",
    "INSERT INTO complaint_comment_revisions(comment_id, text, replaced_at) VALUES (?, ?, ?)"};
inline constexpr Statement kUpdateComment{
    "update_complaint_comment", "UPDATE complaint_comments SET text = ?, edited = ?, deleted = ? WHERE id = ?"};

// --- attachments ----------------------------------------------------------------------------------------------
inline constexpr Statement kInsertAttachment{
    "insert_complaint_attachment",
    "INSERT INTO complaint_attachments(complaint_id, stored_name, original_name, content_type, size_bytes, "
    "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"};
inline constexpr Statement kListAttachments{
    "list_complaint_attachments",
    "SELECT " TEPAT_ATTACHMENT_COLUMNS " FROM complaint_attachments WHERE complaint_id = ? ORDER BY id"};
inline constexpr Statement kGetAttachment{
    "get_complaint_attachment", "SELECT " TEPAT_ATTACHMENT_COLUMNS " FROM complaint_attachments WHERE id = ?"};

}  // namespace tepat::store::sql

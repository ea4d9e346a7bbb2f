#pragma once
// Complaint row readers and parameter builders, in the column orders of complaint_statements.hpp.
#include <optional>

#include "domain/complaint.hpp"
#include "domain/complaint_comment.hpp"
#include "domain/complaint_topic.hpp"
#include "store/complaint_types.hpp"
#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// Number of columns in TEPAT_COMPLAINT_COLUMNS (the list query appends the region and topic names after them).
inline constexpr int kComplaintColumnCount = 20;

/// Topic from (id, name, active).
Result<domain::Topic> ReadTopic(const Row& row);
/// Complaint without NIKs and phones from TEPAT_COMPLAINT_COLUMNS. kInternal for a stored region, status or
/// channel that does not parse.
Result<domain::Complaint> ReadComplaint(const Row& row);
/// List row: the complaint plus region and topic names.
Result<ComplaintListItem> ReadComplaintListItem(const Row& row);
/// Comment without history from TEPAT_COMMENT_COLUMNS. kInternal for a stored status that does not parse.
Result<domain::ComplaintComment> ReadComment(const Row& row);
/// Attachment metadata from TEPAT_ATTACHMENT_COLUMNS.
Result<ComplaintAttachment> ReadAttachment(const Row& row);

/// Parameters of kListComplaints / kCountComplaints for `query` (without LIMIT and OFFSET).
SqlParams ComplaintFilterParams(const ComplaintQuery& query);
/// An optional integer as a parameter: NULL when unset.
SqlParam OptionalInt(const std::optional<std::int64_t>& value);

}  // namespace tepat::store::sql

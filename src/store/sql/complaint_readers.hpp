#pragma once
// Complaint row readers and parameter builders, in the column orders of complaint_statements.hpp.
#include <optional>
#include <string>
#include <string_view>

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

/// kInvalidArgument when `query` names more than kComplaintRegionSlots regions.
Status CheckComplaintRegions(const ComplaintQuery& query);
/// CheckComplaintRegions, and kInvalidArgument for a limit outside 1..kMaxComplaintPageSize.
Status CheckComplaintPage(const ComplaintQuery& query);
/// Parameters of the list and page statements of ComplaintStatementsFor(query): the filter, then LIMIT and OFFSET.
SqlParams ComplaintPageParams(const ComplaintQuery& query);
/// complaint_niks.kind of the reporter's NIK; every other NIK is a beneficiary's.
inline constexpr std::string_view kReporterNikKind = "reporter";
/// complaint_niks.kind of a beneficiary's NIK.
inline constexpr std::string_view kBeneficiaryNikKind = "beneficiary";

/// Puts a stored NIK of `kind` into `target` (a domain::Complaint or a ComplaintContacts).
template <typename Target>
void AddStoredNik(Target& target, std::string_view kind, std::string_view nik) {
  if (kind == kReporterNikKind) {
    target.reporter_nik = std::string(nik);
  } else {
    target.beneficiary_niks.emplace_back(nik);
  }
}

/// The integer in `column`, or nullopt when it is NULL.
std::optional<std::int64_t> OptionalIntAt(const Row& row, int column);
/// kInternal naming complaint `id` and the stored `what` ("status", "channel") that did not parse.
domain::Status BadStored(std::string_view what, std::int64_t id, std::string_view value);
/// An optional integer as a parameter: NULL when unset.
SqlParam OptionalInt(const std::optional<std::int64_t>& value);

}  // namespace tepat::store::sql

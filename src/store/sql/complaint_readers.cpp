#include "store/sql/complaint_readers.hpp"

#include <algorithm>
#include <string>

#include "store/sql/complaint_filter_sql.hpp"
#include "store/sql/registry_tables.hpp"
#include "store/sql/row_readers.hpp"

namespace tepat::store::sql {
std::optional<std::int64_t> OptionalIntAt(const Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

domain::Status BadStored(std::string_view what, std::int64_t id, std::string_view value) {
  return domain::Internal("complaint " + std::to_string(id) + " has an unknown stored " + std::string(what) + " '" +
                          std::string(value) + "'; fix the complaints table");
}

SqlParam OptionalInt(const std::optional<std::int64_t>& value) {
  if (!value) return nullptr;
  return *value;
}

Result<domain::Topic> ReadTopic(const Row& row) {
  return domain::Topic{.id = row.Int(0), .name = std::string(row.Text(1)), .active = row.Int(2) != 0};
}

Result<domain::Complaint> ReadComplaint(const Row& row) {
  domain::Complaint complaint;
  complaint.id = row.Int(0);
  complaint.tracking_number = row.Text(1);
  Result<domain::RegionCode> region = ReadRegionCode(row, 2);
  if (!region.ok()) return region.status();
  complaint.region = *region;
  complaint.program_id = OptionalIntAt(row, 3);
  complaint.topic_id = row.Int(4);
  complaint.title = row.Text(5);
  complaint.message = row.Text(6);
  complaint.source = row.Text(7);
  complaint.show_profile = row.Int(8) != 0;
  complaint.rahasia = row.Int(9) != 0;
  complaint.reporter_account_id = OptionalIntAt(row, 10);
  complaint.recorded_by_account_id = OptionalIntAt(row, 11);
  complaint.reporter_name = row.Text(12);
  std::optional<domain::ComplaintChannel> channel = domain::ParseComplaintChannel(row.Text(13));
  if (!channel) return BadStored("channel", complaint.id, row.Text(13));
  complaint.channel = *channel;
  std::optional<domain::ComplaintStatus> status = domain::ParseComplaintStatus(row.Text(14));
  if (!status) return BadStored("status", complaint.id, row.Text(14));
  complaint.status = *status;
  complaint.created_at = row.Int(15);
  complaint.forwarded_at = OptionalIntAt(row, 16);
  complaint.first_response_at = OptionalIntAt(row, 17);
  complaint.no_response_at = OptionalIntAt(row, 18);
  complaint.closed_at = OptionalIntAt(row, 19);
  return complaint;
}

Result<ComplaintListItem> ReadComplaintListItem(const Row& row) {
  Result<domain::Complaint> complaint = ReadComplaint(row);
  if (!complaint.ok()) return complaint.status();
  return ComplaintListItem{.complaint = std::move(complaint).value(),
                           .region_name = std::string(row.Text(kComplaintColumnCount)),
                           .topic_name = std::string(row.Text(kComplaintColumnCount + 1))};
}

Result<domain::ComplaintComment> ReadComment(const Row& row) {
  domain::ComplaintComment comment;
  comment.id = row.Int(0);
  comment.complaint_id = row.Int(1);
  comment.author_account_id = OptionalIntAt(row, 2);
  comment.author_label = row.Text(3);
  comment.at = row.Int(4);
  comment.text = row.Text(5);
  if (!row.IsNull(6) && !row.IsNull(7)) {
    comment.status_from = domain::ParseComplaintStatus(row.Text(6));
    comment.status_to = domain::ParseComplaintStatus(row.Text(7));
    if (!comment.status_from || !comment.status_to) {
      return BadStored("comment status change", comment.complaint_id, row.Text(6));
    }
  }
  comment.edited = row.Int(8) != 0;
  comment.deleted = row.Int(9) != 0;
  return comment;
}

Result<ComplaintAttachment> ReadAttachment(const Row& row) {
  return ComplaintAttachment{.id = row.Int(0),
                             .complaint_id = row.Int(1),
                             .stored_name = std::string(row.Text(2)),
                             .original_name = std::string(row.Text(3)),
                             .content_type = std::string(row.Text(4)),
                             .size_bytes = row.Int(5),
                             .uploaded_by = OptionalIntAt(row, 6),
                             .uploaded_at = row.Int(7)};
}

Status CheckComplaintRegions(const ComplaintQuery& query) {
  if (query.regions.size() <= static_cast<std::size_t>(kComplaintRegionSlots)) return Status::Ok();
  return domain::InvalidArgument("a complaint list covers at most " + std::to_string(kComplaintRegionSlots) +
                                 " separate regions; give the account its common parent region (kabupaten/kota or "
                                 "province) instead of many small ones");
}

Status CheckComplaintPage(const ComplaintQuery& query) {
  if (Status regions = CheckComplaintRegions(query); !regions.ok()) return regions;
  if (query.limit < 1 || query.limit > kMaxComplaintPageSize) {
    return domain::InvalidArgument("limit: use a page size from 1 to " + std::to_string(kMaxComplaintPageSize));
  }
  return Status::Ok();
}

SqlParams ComplaintPageParams(const ComplaintQuery& query) {
  SqlParams page = ComplaintFilterParams(query);
  page.emplace_back(std::int64_t{query.limit});
  page.emplace_back(std::int64_t{std::max(query.offset, 0)});
  return page;
}

}  // namespace tepat::store::sql

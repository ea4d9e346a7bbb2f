#include "domain/complaint_metrics.hpp"

#include <algorithm>

namespace tepat::domain {
namespace {

std::optional<std::int64_t> LowerMedian(std::vector<std::int64_t> values) {
  if (values.empty()) return std::nullopt;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace

ComplaintFacts FactsOf(const Complaint& complaint) {
  return ComplaintFacts{.region = complaint.region,
                        .status = complaint.status,
                        .topic_id = complaint.topic_id,
                        .program_id = complaint.program_id,
                        .created_at = complaint.created_at,
                        .forwarded_at = complaint.forwarded_at,
                        .first_response_at = complaint.first_response_at,
                        .no_response_at = complaint.no_response_at,
                        .closed_at = complaint.closed_at};
}

ComplaintTiming MeasureComplaint(const Complaint& complaint, const WorkingCalendar& calendar, UnixSeconds now) {
  return MeasureComplaint(FactsOf(complaint), calendar, now);
}

ComplaintTiming MeasureComplaint(const ComplaintFacts& complaint, const WorkingCalendar& calendar, UnixSeconds now) {
  const IndonesianTimeZone zone = TimeZoneOfRegion(complaint.region);
  ComplaintTiming timing;
  if (complaint.first_response_at) {
    timing.first_response_working_seconds =
        calendar.WorkingSecondsBetween(complaint.created_at, *complaint.first_response_at, zone);
    timing.waiting_working_seconds = *timing.first_response_working_seconds;
  } else {
    timing.waiting_working_seconds = calendar.WorkingSecondsBetween(complaint.created_at, now, zone);
  }
  timing.first_response_late = timing.waiting_working_seconds > kFirstResponseTargetSeconds;
  if (complaint.closed_at) {
    timing.resolution_working_seconds =
        calendar.WorkingSecondsBetween(complaint.created_at, *complaint.closed_at, zone);
  }
  return timing;
}

ComplaintDashboard SummarizeComplaints(std::span<const Complaint> complaints, const WorkingCalendar& calendar,
                                       UnixSeconds now) {
  std::vector<ComplaintFacts> facts;
  facts.reserve(complaints.size());
  for (const Complaint& complaint : complaints) facts.push_back(FactsOf(complaint));
  return SummarizeComplaints(std::span<const ComplaintFacts>(facts), calendar, now);
}

ComplaintDashboard SummarizeComplaints(std::span<const ComplaintFacts> complaints, const WorkingCalendar& calendar,
                                       UnixSeconds now) {
  ComplaintDashboard board;
  std::vector<std::int64_t> first_responses;
  std::vector<std::int64_t> resolutions;
  for (const ComplaintFacts& complaint : complaints) {
    ++board.total;
    ++board.by_status[complaint.status];
    ++board.by_topic[complaint.topic_id];
    ++board.by_region[complaint.region.compact()];
    ++board.by_program[complaint.program_id];
    PemdaFigures& pemda = board.by_pemda[complaint.region.compact()];
    ++pemda.complaints;
    if (complaint.forwarded_at) ++pemda.forwarded;
    if (complaint.no_response_at) ++pemda.marked_no_response;

    const ComplaintTiming timing = MeasureComplaint(complaint, calendar, now);
    if (timing.first_response_late) ++pemda.first_response_late;
    if (timing.first_response_working_seconds) {
      ++board.answered;
      if (!timing.first_response_late) ++board.answered_on_time;
      first_responses.push_back(*timing.first_response_working_seconds);
    } else if (timing.first_response_late) {
      ++board.unanswered_late;
    }
    if (timing.resolution_working_seconds) {
      ++board.resolved;
      resolutions.push_back(*timing.resolution_working_seconds);
    }
  }
  board.median_first_response_working_seconds = LowerMedian(std::move(first_responses));
  board.median_resolution_working_seconds = LowerMedian(std::move(resolutions));
  return board;
}

}  // namespace tepat::domain

#pragma once
// Complaint figures for the officials' dashboard (issue 5 item 8): how fast complaints were answered against the
// aim of a first answer within 2x24 hours counted in working days (seed 002), how long they took to resolve, and
// how often each Pemda let a complaint become TIDAK_ADA_RESPON. Working time is counted in the local zone of the
// complaint's region (see working_days.hpp). Pure; the store supplies the complaints.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/complaint.hpp"
#include "domain/working_days.hpp"

namespace tepat::domain {

/// The aim for the first answer: 2x24 hours of working days.
inline constexpr std::int64_t kFirstResponseTargetSeconds = 2 * kSecondsPerDay;

/// What the dashboard needs of one complaint: its keys and workflow times, without texts, NIKs or phones, so the
/// store can read 100,000 of them in one narrow query.
struct ComplaintFacts {
  RegionCode region = *RegionCode::Parse("00");
  ComplaintStatus status = ComplaintStatus::kBaru;
  std::int64_t topic_id = 0;
  std::optional<std::int64_t> program_id;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> forwarded_at;
  std::optional<UnixSeconds> first_response_at;
  std::optional<UnixSeconds> no_response_at;
  std::optional<UnixSeconds> closed_at;
};

/// The facts of `complaint`. Pure.
ComplaintFacts FactsOf(const Complaint& complaint);

/// Timings of one complaint. "First response" is the Pemda's first follow-up (first_response_at), measured from
/// filing (created_at), so time spent before forwarding counts too: the reporter waits either way.
struct ComplaintTiming {
  std::optional<std::int64_t> first_response_working_seconds;  ///< nullopt until the first follow-up
  std::int64_t waiting_working_seconds = 0;                ///< to the first follow-up, or to `now` while there is none
  bool first_response_late = false;                        ///< waiting_working_seconds > kFirstResponseTargetSeconds
  std::optional<std::int64_t> resolution_working_seconds;  ///< created_at to closed_at; nullopt while open
};

/// Measures one complaint at `now` with `calendar`, in the zone of its region. Pure; thread-safe.
ComplaintTiming MeasureComplaint(const ComplaintFacts& complaint, const WorkingCalendar& calendar, UnixSeconds now);
/// The same for a whole complaint.
ComplaintTiming MeasureComplaint(const Complaint& complaint, const WorkingCalendar& calendar, UnixSeconds now);

/// Figures for one Pemda (the complaint's region code, province or kabupaten/kota).
struct PemdaFigures {
  int complaints = 0;
  int forwarded = 0;            ///< ever forwarded (forwarded_at set)
  int marked_no_response = 0;   ///< ever marked TIDAK_ADA_RESPON (no_response_at set), even if answered later
  int first_response_late = 0;  ///< late or still unanswered past the aim
  /// marked_no_response / forwarded; 0 when nothing was forwarded.
  double NoResponseShare() const { return forwarded == 0 ? 0.0 : static_cast<double>(marked_no_response) / forwarded; }
};

/// The dashboard over a set of complaints (already filtered to what the official may see).
struct ComplaintDashboard {
  int total = 0;
  std::map<ComplaintStatus, int> by_status;
  std::map<std::int64_t, int> by_topic;                   ///< topic id -> count
  std::map<std::string, int> by_region;                   ///< compact region code -> count
  std::map<std::optional<std::int64_t>, int> by_program;  ///< program id (nullopt: none given) -> count
  int answered = 0;                                       ///< with a first follow-up
  int answered_on_time = 0;                               ///< of those, within kFirstResponseTargetSeconds
  int unanswered_late = 0;                                ///< no follow-up yet and already past the aim
  /// answered_on_time / (answered + unanswered_late): of the complaints whose aim was met or has passed, the share
  /// answered within it; nullopt when there are none.
  std::optional<double> ShareWithinAim() const {
    const int due = answered + unanswered_late;
    return due == 0 ? std::nullopt : std::optional<double>(static_cast<double>(answered_on_time) / due);
  }
  std::optional<std::int64_t> median_first_response_working_seconds;
  int resolved = 0;  ///< ever closed (closed_at set), including complaints reopened since
  std::optional<std::int64_t> median_resolution_working_seconds;
  std::map<std::string, PemdaFigures> by_pemda;  ///< compact region code -> figures
};

/// Summarises `complaints` at `now`. Medians take the lower middle value of an even count. O(n log n). Pure.
ComplaintDashboard SummarizeComplaints(std::span<const ComplaintFacts> complaints, const WorkingCalendar& calendar,
                                       UnixSeconds now);
/// The same over whole complaints.
ComplaintDashboard SummarizeComplaints(std::span<const Complaint> complaints, const WorkingCalendar& calendar,
                                       UnixSeconds now);

}  // namespace tepat::domain

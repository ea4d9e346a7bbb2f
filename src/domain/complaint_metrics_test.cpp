#include "domain/complaint_metrics.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace tepat::domain {
namespace {

constexpr std::int64_t kHour = 60 * 60;
constexpr auto kWib = IndonesianTimeZone::kWib;

UnixSeconds Wib(int month, int day, int hour) {
  return LocalMidnight(CivilDate{2026, month, day}, kWib) + hour * kHour;
}

// Filed Friday 20 Nov 2026 10:00 WIB in Banyuwangi.
Complaint Filed() {
  Complaint c;
  c.region = *RegionCode::Parse("35.10");
  c.topic_id = 1;
  c.created_at = Wib(11, 20, 10);
  return c;
}

class ComplaintMetricsTest : public ::testing::Test {
 protected:
  WorkingCalendar calendar_ = WorkingCalendar::Default();
};

TEST_F(ComplaintMetricsTest, AnsweredMondayIsOnTime) {
  Complaint c = Filed();
  c.first_response_at = Wib(11, 23, 10);
  ComplaintTiming t = MeasureComplaint(c, calendar_, Wib(11, 30, 0));
  EXPECT_EQ(t.first_response_working_seconds, 24 * kHour);  // the weekend does not count
  EXPECT_FALSE(t.first_response_late);
  EXPECT_FALSE(t.resolution_working_seconds.has_value());
}

TEST_F(ComplaintMetricsTest, AnsweredWednesdayIsLate) {
  Complaint c = Filed();
  c.first_response_at = Wib(11, 25, 11);
  c.closed_at = Wib(11, 26, 10);
  ComplaintTiming t = MeasureComplaint(c, calendar_, Wib(11, 30, 0));
  EXPECT_EQ(t.first_response_working_seconds, (14 + 24 + 24 + 11) * kHour);
  EXPECT_TRUE(t.first_response_late);
  EXPECT_EQ(t.resolution_working_seconds, (14 + 24 + 24 + 24 + 10) * kHour);
}

TEST_F(ComplaintMetricsTest, UnansweredBecomesLateWhenTheAimPasses) {
  const Complaint c = Filed();
  EXPECT_FALSE(MeasureComplaint(c, calendar_, Wib(11, 24, 10)).first_response_late);  // exactly 48 hours
  ComplaintTiming late = MeasureComplaint(c, calendar_, Wib(11, 24, 11));
  EXPECT_TRUE(late.first_response_late);
  EXPECT_FALSE(late.first_response_working_seconds.has_value());
  EXPECT_EQ(late.waiting_working_seconds, 49 * kHour);
}

TEST_F(ComplaintMetricsTest, DashboardCountsAndNoResponseShare) {
  std::vector<Complaint> complaints(4, Filed());
  complaints[0].first_response_at = Wib(11, 23, 10);  // on time
  complaints[0].forwarded_at = Wib(11, 20, 12);
  complaints[0].status = ComplaintStatus::kDitindaklanjuti;
  complaints[0].program_id = 3;
  complaints[1].forwarded_at = Wib(11, 20, 12);  // missed the deadline, answered later
  complaints[1].no_response_at = Wib(11, 27, 12);
  complaints[1].first_response_at = Wib(11, 30, 9);
  complaints[1].status = ComplaintStatus::kDitindaklanjuti;
  complaints[2].forwarded_at = Wib(11, 20, 12);  // still waiting, past the aim
  complaints[2].status = ComplaintStatus::kDiteruskan;
  complaints[3].region = *RegionCode::Parse("73.71");  // Makassar: a new one
  complaints[3].topic_id = 5;
  complaints[3].created_at = Wib(11, 30, 8);
  ComplaintDashboard board = SummarizeComplaints(complaints, calendar_, Wib(11, 30, 10));
  EXPECT_EQ(board.total, 4);
  EXPECT_EQ(board.by_status[ComplaintStatus::kDitindaklanjuti], 2);
  EXPECT_EQ(board.by_status[ComplaintStatus::kDiteruskan], 1);
  EXPECT_EQ(board.by_status[ComplaintStatus::kBaru], 1);
  EXPECT_EQ(board.by_topic[1], 3);
  EXPECT_EQ(board.by_topic[5], 1);
  EXPECT_EQ(board.by_region["3510"], 3);
  EXPECT_EQ(board.by_program[std::optional<std::int64_t>(3)], 1);
  EXPECT_EQ(board.by_program[std::nullopt], 3);
  EXPECT_EQ(board.answered, 2);
  EXPECT_EQ(board.answered_on_time, 1);
  EXPECT_EQ(board.unanswered_late, 1);
  EXPECT_DOUBLE_EQ(board.ShareWithinAim().value(), 1.0 / 3.0);  // 1 on time of 2 answered + 1 overdue
  EXPECT_EQ(board.median_first_response_working_seconds, 24 * kHour);
  const PemdaFigures& banyuwangi = board.by_pemda["3510"];
  EXPECT_EQ(banyuwangi.forwarded, 3);
  EXPECT_EQ(banyuwangi.marked_no_response, 1);
  EXPECT_DOUBLE_EQ(banyuwangi.NoResponseShare(), 1.0 / 3.0);
  EXPECT_EQ(banyuwangi.first_response_late, 2);
  EXPECT_DOUBLE_EQ(board.by_pemda["7371"].NoResponseShare(), 0.0);
  EXPECT_FALSE(board.median_resolution_working_seconds.has_value());
}

TEST_F(ComplaintMetricsTest, FactsGiveTheSameFiguresAsComplaints) {
  Complaint answered = Filed();
  answered.first_response_at = Wib(11, 23, 10);
  answered.closed_at = Wib(11, 24, 10);
  const std::vector<Complaint> complaints{answered, Filed()};
  const std::vector<ComplaintFacts> facts{FactsOf(complaints[0]), FactsOf(complaints[1])};
  const ComplaintDashboard from_complaints = SummarizeComplaints(complaints, calendar_, Wib(11, 30, 0));
  const ComplaintDashboard from_facts = SummarizeComplaints(std::span<const ComplaintFacts>(facts), calendar_,
                                                            Wib(11, 30, 0));
  EXPECT_EQ(from_facts.total, 2);
  EXPECT_EQ(from_facts.answered, from_complaints.answered);
  EXPECT_EQ(from_facts.unanswered_late, from_complaints.unanswered_late);
  EXPECT_EQ(from_facts.resolved, 1);
  EXPECT_EQ(from_facts.median_resolution_working_seconds, 48 * kHour);
  EXPECT_EQ(from_facts.median_resolution_working_seconds, from_complaints.median_resolution_working_seconds);
  EXPECT_FALSE(SummarizeComplaints(std::span<const ComplaintFacts>(), calendar_, 0).ShareWithinAim().has_value());
}

}  // namespace
}  // namespace tepat::domain

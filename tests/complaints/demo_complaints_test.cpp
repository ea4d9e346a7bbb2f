// `tepat demo complaints`: the generator is reproducible and keeps the workflow's invariants; the bulk store
// insert writes them all in one go on both engines.
#include "app/demo_complaints.hpp"
#include "complaints/complaint_fixture.hpp"

namespace tepat::complaints_test {
namespace {

using domain::ComplaintStatus;

constexpr int kCount = 500;

app::DemoComplaintOptions Options(std::uint64_t seed) { return {.count = kCount, .seed = seed, .now = kStart}; }

TEST(DemoComplaintsTest, SameSeedSameComplaints) {
  const auto first = app::MakeDemoComplaints(Options(3));
  const auto again = app::MakeDemoComplaints(Options(3));
  const auto other = app::MakeDemoComplaints(Options(4));
  ASSERT_EQ(first.size(), static_cast<std::size_t>(kCount));
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].region, again[i].region);
    EXPECT_EQ(first[i].created_at, again[i].created_at);
    EXPECT_EQ(first[i].status, again[i].status);
  }
  int differing = 0;
  for (std::size_t i = 0; i < first.size(); ++i) differing += first[i].created_at != other[i].created_at ? 1 : 0;
  EXPECT_GT(differing, 0);
}

TEST(DemoComplaintsTest, TimesFollowTheWorkflow) {
  std::map<ComplaintStatus, int> statuses;
  for (const domain::Complaint& c : app::MakeDemoComplaints(Options(1))) {
    ++statuses[c.status];
    EXPECT_LT(c.created_at, kStart);
    EXPECT_EQ(c.forwarded_at.has_value(), c.status != ComplaintStatus::kBaru);
    EXPECT_EQ(c.no_response_at.has_value(), c.status == ComplaintStatus::kTidakAdaRespon);
    EXPECT_EQ(c.first_response_at.has_value(),
              c.status == ComplaintStatus::kDitindaklanjuti || c.status == ComplaintStatus::kSelesai);
    EXPECT_EQ(c.closed_at.has_value(), c.status == ComplaintStatus::kSelesai);
    if (c.forwarded_at) EXPECT_GT(*c.forwarded_at, c.created_at);
    if (c.first_response_at) EXPECT_GT(*c.first_response_at, *c.forwarded_at);
    if (c.closed_at) EXPECT_GT(*c.closed_at, *c.first_response_at);
    EXPECT_LE(c.phones.size(), 1u);
  }
  EXPECT_EQ(statuses.size(), domain::AllComplaintStatuses().size());  // every state occurs
}

using DemoComplaintStoreTest = ComplaintServiceTest;

TEST_P(DemoComplaintStoreTest, BulkInsertStoresEveryComplaint) {
  std::vector<domain::Complaint> complaints = app::MakeDemoComplaints(Options(1));
  ASSERT_TRUE(test_store_.store->CreateComplaints(complaints, 2026).ok());
  EXPECT_GT(complaints.back().id, 0);
  EXPECT_EQ(complaints.back().tracking_number.rfind("KLH-", 0), 0u);
  store::ComplaintQuery all;
  all.include_rahasia = true;
  all.limit = 1;
  EXPECT_EQ(test_store_.store->ListComplaints(all)->total, kCount);
  EXPECT_EQ(services_->complaint_reports().Dashboard(As(Role::kAdmin), {})->figures.total, kCount);
}

TEPAT_COMPLAINT_SUITE(DemoComplaintStoreTest);

}  // namespace
}  // namespace tepat::complaints_test

#include "domain/notification.hpp"

#include <gtest/gtest.h>

namespace tepat::domain {
namespace {

TEST(NotificationKindTest, EveryCodeRoundTrips) {
  for (NotificationKind kind : {NotificationKind::kComplaintStatus, NotificationKind::kComplaintNew,
                                NotificationKind::kComplaintOverdue, NotificationKind::kDiscussionComment,
                                NotificationKind::kDiscussionReported, NotificationKind::kSystem}) {
    EXPECT_EQ(ParseNotificationKind(NotificationKindCode(kind)), kind) << NotificationKindCode(kind);
  }
  EXPECT_FALSE(ParseNotificationKind("complaint").has_value());
}

struct DelayCase {
  int failures;
  std::int64_t expected;
};

class RetryDelayTest : public ::testing::TestWithParam<DelayCase> {};

TEST_P(RetryDelayTest, DoublesUpToTheMaximum) {
  const RetryPolicy policy{.base_delay_seconds = 30, .max_delay_seconds = 3600};
  EXPECT_EQ(RetryDelaySeconds(policy, GetParam().failures), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Failures, RetryDelayTest,
                         ::testing::Values(DelayCase{0, 30}, DelayCase{1, 30}, DelayCase{2, 60}, DelayCase{3, 120},
                                           DelayCase{7, 1920}, DelayCase{8, 3600}, DelayCase{1000, 3600}));

}  // namespace
}  // namespace tepat::domain

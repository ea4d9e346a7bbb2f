#include "domain/discussion.hpp"

#include <gtest/gtest.h>

namespace tepat::domain {
namespace {

TEST(DiscussionCodesTest, EveryCodeRoundTrips) {
  for (auto kind : {DiscussionKind::kComplaint, DiscussionKind::kSuccessStory, DiscussionKind::kFailureStory,
                    DiscussionKind::kComment}) {
    EXPECT_EQ(ParseDiscussionKind(DiscussionKindCode(kind)), kind);
  }
  for (auto state : {DiscussionState::kVisible, DiscussionState::kHidden, DiscussionState::kRemoved}) {
    EXPECT_EQ(ParseDiscussionState(DiscussionStateCode(state)), state);
  }
  for (auto action : {ModerationAction::kRestore, ModerationAction::kRemove, ModerationAction::kEdit}) {
    EXPECT_EQ(ParseModerationAction(ModerationActionCode(action)), action);
  }
  EXPECT_FALSE(ParseDiscussionKind("story").has_value());
  EXPECT_FALSE(ParseModerationAction("delete").has_value());
}

struct ReportCase {
  const char* name;
  DiscussionState before;
  int open_reports_after;
  int hide_after;
  DiscussionState expected;
};

class StateAfterReportTest : public ::testing::TestWithParam<ReportCase> {};

TEST_P(StateAfterReportTest, HidesAtTheThreshold) {
  const ReportCase& c = GetParam();
  EXPECT_EQ(StateAfterReport(c.before, c.open_reports_after, c.hide_after), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, StateAfterReportTest,
    ::testing::Values(ReportCase{"below", DiscussionState::kVisible, 2, 3, DiscussionState::kVisible},
                      ReportCase{"at", DiscussionState::kVisible, 3, 3, DiscussionState::kHidden},
                      ReportCase{"above", DiscussionState::kVisible, 4, 3, DiscussionState::kHidden},
                      ReportCase{"threshold zero means one", DiscussionState::kVisible, 1, 0, DiscussionState::kHidden},
                      ReportCase{"hidden stays", DiscussionState::kHidden, 9, 3, DiscussionState::kHidden},
                      ReportCase{"removed stays", DiscussionState::kRemoved, 9, 3, DiscussionState::kRemoved}));

TEST(StateAfterModerationTest, OnlyRemoveTakesDown) {
  EXPECT_EQ(StateAfterModeration(ModerationAction::kRestore), DiscussionState::kVisible);
  EXPECT_EQ(StateAfterModeration(ModerationAction::kEdit), DiscussionState::kVisible);
  EXPECT_EQ(StateAfterModeration(ModerationAction::kRemove), DiscussionState::kRemoved);
}

}  // namespace
}  // namespace tepat::domain

#include "domain/discussion.hpp"

#include <algorithm>

#include "domain/code_table.hpp"

namespace tepat::domain {
namespace {

constexpr CodeTable<DiscussionKind, 4> kKinds = {{
    {DiscussionKind::kComplaint, "complaint"},
    {DiscussionKind::kSuccessStory, "success_story"},
    {DiscussionKind::kFailureStory, "failure_story"},
    {DiscussionKind::kComment, "comment"},
}};
constexpr CodeTable<DiscussionState, 3> kStates = {{
    {DiscussionState::kVisible, "visible"},
    {DiscussionState::kHidden, "hidden"},
    {DiscussionState::kRemoved, "removed"},
}};
constexpr CodeTable<ModerationAction, 3> kActions = {{
    {ModerationAction::kRestore, "restore"},
    {ModerationAction::kRemove, "remove"},
    {ModerationAction::kEdit, "edit"},
}};

}  // namespace

const char* DiscussionKindCode(DiscussionKind kind) { return CodeOf(kKinds, kind); }
std::optional<DiscussionKind> ParseDiscussionKind(std::string_view code) { return ParseCode(kKinds, code); }
const char* DiscussionStateCode(DiscussionState state) { return CodeOf(kStates, state); }
std::optional<DiscussionState> ParseDiscussionState(std::string_view code) { return ParseCode(kStates, code); }
const char* ModerationActionCode(ModerationAction action) { return CodeOf(kActions, action); }
std::optional<ModerationAction> ParseModerationAction(std::string_view code) { return ParseCode(kActions, code); }

DiscussionState StateAfterReport(DiscussionState state, int open_reports_after, int hide_after_reports) {
  if (state != DiscussionState::kVisible) return state;
  return open_reports_after >= std::max(hide_after_reports, 1) ? DiscussionState::kHidden : state;
}

DiscussionState StateAfterModeration(ModerationAction action) {
  return action == ModerationAction::kRemove ? DiscussionState::kRemoved : DiscussionState::kVisible;
}

}  // namespace tepat::domain

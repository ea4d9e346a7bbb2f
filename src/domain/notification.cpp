#include "domain/notification.hpp"

#include <algorithm>

#include "domain/code_table.hpp"

namespace tepat::domain {
namespace {

constexpr CodeTable<NotificationKind, 6> kKindCodes = {{
    {NotificationKind::kComplaintStatus, "complaint_status"},
    {NotificationKind::kComplaintNew, "complaint_new"},
    {NotificationKind::kComplaintOverdue, "complaint_overdue"},
    {NotificationKind::kDiscussionComment, "discussion_comment"},
    {NotificationKind::kDiscussionReported, "discussion_reported"},
    {NotificationKind::kSystem, "system"},
}};

}  // namespace

const char* NotificationKindCode(NotificationKind kind) { return CodeOf(kKindCodes, kind); }
std::optional<NotificationKind> ParseNotificationKind(std::string_view code) { return ParseCode(kKindCodes, code); }

std::int64_t RetryDelaySeconds(const RetryPolicy& policy, int failures) {
  const std::int64_t max_delay = std::max<std::int64_t>(policy.max_delay_seconds, 1);
  std::int64_t delay = std::max<std::int64_t>(policy.base_delay_seconds, 1);
  for (int n = 1; n < failures && delay < max_delay; ++n) delay *= 2;
  return std::min(delay, max_delay);
}

}  // namespace tepat::domain

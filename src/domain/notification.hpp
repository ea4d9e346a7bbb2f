#pragma once
// Notification: an in-app message for one account (the bell), and OutboxEmail: the same news queued for email.
// The retry rule of the outbox (exponential backoff) is here too, as a pure function.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"

namespace tepat::domain {

/// What a notification is about. Wire codes are stable (stored and sent to the web app).
enum class NotificationKind {
  kComplaintStatus,     ///< a complaint of the reporter changed status
  kComplaintNew,        ///< a new complaint in an official's region
  kComplaintOverdue,    ///< a complaint in an official's region became TIDAK_ADA_RESPON
  kDiscussionComment,   ///< someone commented on the account's discussion item
  kDiscussionReported,  ///< a discussion post was hidden after reports and waits for a moderator
  kSystem,              ///< anything else (announcements, tests)
};

/// "complaint_status", "complaint_new", "complaint_overdue", "discussion_comment", "discussion_reported", "system".
const char* NotificationKindCode(NotificationKind kind);
/// Parses a wire code; nullopt when unknown.
std::optional<NotificationKind> ParseNotificationKind(std::string_view code);

/// One in-app notification. `reference` names the object it is about as "<type>:<id>" (e.g. "complaint:42",
/// "discussion:7"), never personal data; `title` and `body` are short texts without NIK or phone numbers.
struct Notification {
  std::int64_t id = 0;  ///< assigned by the store
  std::int64_t account_id = 0;
  NotificationKind kind = NotificationKind::kSystem;
  std::string reference;
  std::string title;
  std::string body;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> read_at;  ///< nullopt while unread
};

/// One email waiting in (or sent from) the outbox. Nothing is deleted when sending fails: the row stays with
/// its attempt count and the time of the next try.
struct OutboxEmail {
  std::int64_t id = 0;  ///< assigned by the store
  std::string recipient;  ///< one address
  std::string subject;
  std::string body;       ///< plain text, UTF-8
  UnixSeconds created_at = 0;
  int attempts = 0;              ///< failed sends so far
  UnixSeconds next_attempt_at = 0;
  std::string last_error;        ///< why the last attempt failed ("" when none)
  std::optional<UnixSeconds> sent_at;
};

/// How the outbox retries: the n-th failure waits base * 2^(n-1) seconds, at most `max_delay_seconds`.
struct RetryPolicy {
  std::int64_t base_delay_seconds = 30;
  std::int64_t max_delay_seconds = 3600;
};

/// Seconds to wait after the `failures`-th failed attempt (failures >= 1; 0 or less gives the base delay).
/// Never overflows: the doubling stops at the maximum. Pure.
std::int64_t RetryDelaySeconds(const RetryPolicy& policy, int failures);

}  // namespace tepat::domain

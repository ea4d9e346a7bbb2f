#include "service/outbox_sender.hpp"

namespace tepat::service {
namespace {

constexpr std::size_t kMaxErrorChars = 300;
/// next_attempt_at of an email the mail server refused for good (9999-12-31): kept for operators, never retried.
constexpr domain::UnixSeconds kNeverRetry = 253'402'300'799;

}  // namespace

domain::Result<OutboxRunSummary> OutboxSender::RunOnce() {
  auto claimed = store_.ClaimDueEmails(clock_.Now(), config_.batch_size, config_.lease_seconds);
  if (!claimed.ok()) return claimed.status();
  OutboxRunSummary summary;
  for (const domain::OutboxEmail& email : claimed.value()) {
    domain::Status sent = transport_.Send(MailMessage{email.recipient, email.subject, email.body});
    const domain::UnixSeconds now = clock_.Now();
    if (sent.ok()) {
      if (auto marked = store_.MarkEmailSent(email.id, now); !marked.ok()) return marked;
      ++summary.sent;
      continue;
    }
    const bool permanent = sent.code() == domain::ErrorCode::kInvalidArgument;
    const domain::UnixSeconds next =
        permanent ? kNeverRetry : now + domain::RetryDelaySeconds(config_.retry, email.attempts + 1);
    if (auto marked = store_.MarkEmailFailed(email.id, sent.message().substr(0, kMaxErrorChars), next);
        !marked.ok()) {
      return marked;
    }
    ++summary.failed;
  }
  return summary;
}

}  // namespace tepat::service

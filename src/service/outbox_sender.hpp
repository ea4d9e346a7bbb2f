#pragma once
// OutboxSender: delivers the email outbox through a MailTransport. Each run claims the due emails, sends them one
// by one and records the outcome: sent, or failed with the next try after an exponential backoff
// (domain::RetryDelaySeconds). Nothing is dropped while the mail server is down: the rows wait in the outbox.
// A message the server refuses for good (kInvalidArgument from the transport) stays in the outbox, not retried.
// Delivery is at least once: if the process dies after the server accepted a message but before it was marked
// sent, the message is sent again when its claim expires.
#include <cstdint>

#include "domain/notification.hpp"
#include "service/clock.hpp"
#include "service/mail_transport.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Settings of the outbox sender.
struct OutboxConfig {
  domain::RetryPolicy retry;
  int batch_size = 20;               ///< emails claimed per run
  std::int64_t lease_seconds = 300;  ///< how long a claim lasts (longer than sending a batch takes)
};

/// What one run did.
struct OutboxRunSummary {
  int sent = 0;
  int failed = 0;
};

/// Not thread-safe: one thread runs it (several processes may each run one: claims keep them apart).
class OutboxSender {
 public:
  /// Borrows everything; all must outlive the sender.
  OutboxSender(store::Store& store, const Clock& clock, MailTransport& transport, OutboxConfig config)
      : store_(store), clock_(clock), transport_(transport), config_(config) {}

  /// Sends the emails due now. Returns the store's error when it could not claim or record (emails already sent
  /// in this run stay counted in the store as far as recording succeeded).
  domain::Result<OutboxRunSummary> RunOnce();

 private:
  store::Store& store_;
  const Clock& clock_;
  MailTransport& transport_;
  OutboxConfig config_;
};

}  // namespace tepat::service

#pragma once
// NotificationService: in-app notifications (the bell) and, when email is on, one outbox email per notification.
// Other services call Notify*/NotifyOfficials; accounts read and mark their own notifications.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/notification.hpp"
#include "domain/region_code.hpp"
#include "domain/role.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Settings of notifications.
struct NotificationConfig {
  bool email_enabled = false;  ///< queue an email per notification (set when SMTP is configured)
  std::string public_url;      ///< e.g. "https://tepat.example.go.id"; emails link to <public_url>/#/notifikasi
};

/// What to tell: kind, reference ("complaint:42"), a short title and body without personal data.
struct NotificationDraft {
  domain::NotificationKind kind = domain::NotificationKind::kSystem;
  std::string reference;
  std::string title;
  std::string body;
};

/// Thread-safe (stateless over the store).
class NotificationService {
 public:
  NotificationService(store::Store& store, const Clock& clock, NotificationConfig config)
      : store_(store), clock_(clock), config_(std::move(config)) {}

  /// Notifies each account of `account_ids` once (duplicates, 0, unknown and disabled accounts skipped) and,
  /// when email is on, queues one email to each account's address; all in one transaction. OK for no account.
  domain::Status Notify(const std::vector<std::int64_t>& account_ids, const NotificationDraft& draft);
  /// Notifies every enabled account with one of `roles` whose scopes cover `region` (see AccountCoversRegion;
  /// admins only when kAdmin is among `roles`; only admins when `region` is nullopt), except `except_account_id`.
  domain::Status NotifyOfficials(const std::optional<domain::RegionCode>& region, const std::vector<domain::Role>& roles,
                                 const NotificationDraft& draft, std::int64_t except_account_id = 0);

  /// The caller's notifications, newest first; `limit` clamped to 1..100. kUnauthenticated for a guest.
  domain::Result<std::vector<domain::Notification>> List(const Actor& actor, int limit, std::int64_t before_id);
  /// How many of the caller's notifications are unread. kUnauthenticated for a guest.
  domain::Result<std::int64_t> UnreadCount(const Actor& actor);
  /// Marks one of the caller's notifications read. kNotFound when it is not theirs.
  domain::Status MarkRead(const Actor& actor, std::int64_t id);
  /// Marks all of the caller's notifications read; returns how many changed.
  domain::Result<std::int64_t> MarkAllRead(const Actor& actor);

  const NotificationConfig& config() const { return config_; }

 private:
  domain::OutboxEmail EmailFor(const domain::Account& account, const NotificationDraft& draft,
                               domain::UnixSeconds now) const;

  store::Store& store_;
  const Clock& clock_;
  NotificationConfig config_;
};

}  // namespace tepat::service

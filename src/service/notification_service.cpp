#include "service/notification_service.hpp"

#include <algorithm>
#include <set>

namespace tepat::service {
namespace {

constexpr int kMaxPage = 100;
constexpr const char* kSubjectPrefix = "[Tepat] ";

domain::Status NeedsAccount(const Actor& actor) {
  if (actor.account) return domain::Status::Ok();
  return domain::Unauthenticated("log in to see your notifications");
}

}  // namespace

domain::OutboxEmail NotificationService::EmailFor(const domain::Account& account, const NotificationDraft& draft,
                                                  domain::UnixSeconds now) const {
  std::string body = "Halo " + account.display_name + ",\n\n" + draft.title + "\n\n" + draft.body + "\n";
  if (!config_.public_url.empty()) body += "\nBuka: " + config_.public_url + "/#/notifikasi\n";
  body += "\n-- \nTepat. Email ini dikirim otomatis; jangan dibalas.\n";
  domain::OutboxEmail email;
  email.recipient = account.email;
  email.subject = kSubjectPrefix + draft.title;
  email.body = std::move(body);
  email.created_at = now;
  email.next_attempt_at = now;
  return email;
}

domain::Status NotificationService::Notify(const std::vector<std::int64_t>& account_ids,
                                           const NotificationDraft& draft) {
  const domain::UnixSeconds now = clock_.Now();
  std::vector<domain::Notification> notifications;
  std::vector<domain::OutboxEmail> emails;
  for (std::int64_t id : std::set<std::int64_t>(account_ids.begin(), account_ids.end())) {
    if (id == 0) continue;
    auto account = store_.GetAccount(id);
    if (!account.ok()) return account.status();
    if (!account.value() || account.value()->disabled) continue;
    notifications.push_back(domain::Notification{.account_id = id,
                                                 .kind = draft.kind,
                                                 .reference = draft.reference,
                                                 .title = draft.title,
                                                 .body = draft.body,
                                                 .created_at = now,
                                                 .read_at = std::nullopt});
    if (config_.email_enabled) emails.push_back(EmailFor(*account.value(), draft, now));
  }
  return store_.AddNotifications(notifications, emails);
}

domain::Status NotificationService::NotifyOfficials(const std::optional<domain::RegionCode>& region,
                                                    const std::vector<domain::Role>& roles,
                                                    const NotificationDraft& draft, std::int64_t except_account_id) {
  auto accounts = store_.ListAccounts();
  if (!accounts.ok()) return accounts.status();
  std::vector<std::int64_t> ids;
  for (const domain::Account& account : accounts.value()) {
    if (account.id == except_account_id || account.disabled) continue;
    if (std::find(roles.begin(), roles.end(), account.role) == roles.end()) continue;
    const bool covers = region ? domain::AccountCoversRegion(account, *region) : account.role == domain::Role::kAdmin;
    if (covers) ids.push_back(account.id);
  }
  return Notify(ids, draft);
}

domain::Result<std::vector<domain::Notification>> NotificationService::List(const Actor& actor, int limit,
                                                                            std::int64_t before_id) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  return store_.ListNotifications(actor.Id(), std::clamp(limit, 1, kMaxPage), before_id);
}

domain::Result<std::int64_t> NotificationService::UnreadCount(const Actor& actor) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  return store_.CountUnreadNotifications(actor.Id());
}

domain::Status NotificationService::MarkRead(const Actor& actor, std::int64_t id) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  return store_.MarkNotificationRead(actor.Id(), id, clock_.Now());
}

domain::Result<std::int64_t> NotificationService::MarkAllRead(const Actor& actor) {
  if (auto status = NeedsAccount(actor); !status.ok()) return status;
  return store_.MarkAllNotificationsRead(actor.Id(), clock_.Now());
}

}  // namespace tepat::service

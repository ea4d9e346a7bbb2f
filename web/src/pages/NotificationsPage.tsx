import { api, type AppNotification } from "../api";
import { LoadError } from "../components/LoadError";
import { announceNotificationsChanged } from "../components/NotificationBell";
import { Page } from "../components/Page";
import { usePagedList } from "../components/usePagedList";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";
import { referencePath } from "../notificationLinks";
import { Link } from "../router";

/** Notifications fetched per page. */
export const kNotificationPageSize = 30;

/** Notifikasi: the signed-in account's notifications, newest first, with mark-read buttons. */
export function NotificationsPage() {
  const { t, lang } = useI18n();
  const { items, setItems, loading, error, setError, atEnd, loadMore } = usePagedList<AppNotification>(
    kNotificationPageSize,
    async (before) => (await api.notifications(kNotificationPageSize, before)).notifications,
  );

  const markRead = async (id: number) => {
    try {
      await api.markNotificationRead(id);
      setItems((previous) => previous.map((n) => (n.id === id ? { ...n, read: true } : n)));
      announceNotificationsChanged();
    } catch (e) {
      setError(e);
    }
  };
  const markAll = async () => {
    try {
      await api.markAllNotificationsRead();
      setItems((previous) => previous.map((n) => ({ ...n, read: true })));
      announceNotificationsChanged();
    } catch (e) {
      setError(e);
    }
  };

  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short" });
  const anyUnread = items.some((n) => !n.read);

  return (
    <Page title={t("notifications.title")} testId="notifications">
      <p>{t("notifications.intro")}</p>
      {anyUnread && (
        <button type="button" className="button secondary" onClick={() => void markAll()} data-testid="notifications-read-all">
          {t("notifications.markAll")}
        </button>
      )}
      {items.length === 0 && !loading && error === null && <p>{t("notifications.empty")}</p>}
      <ul className="notifications">
        {items.map((n) => {
          const target = referencePath(n.reference);
          return (
            <li key={n.id} className={n.read ? "notification" : "notification unread"} data-testid="notification">
              <p className="notification-title">
                {!n.read && <span className="badge badge-on">{t("notifications.unread")}</span>} {n.title}
              </p>
              <p>{n.body}</p>
              <p className="muted small">
                <time dateTime={n.created_at}>{format.format(new Date(n.created_at))}</time>
              </p>
              <div className="notification-actions">
                {target && (
                  <Link to={target} onClick={() => void (n.read ? undefined : markRead(n.id))}>
                    {t("notifications.open")}
                  </Link>
                )}
                {!n.read && (
                  <button type="button" className="link-button" onClick={() => void markRead(n.id)} data-testid="notification-read">
                    {t("notifications.markRead")}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {loading && <p className="muted">{t("app.loading")}</p>}
      {error !== null && <LoadError error={error} onRetry={() => void loadMore()} />}
      {!loading && error === null && !atEnd && items.length > 0 && (
        <button type="button" className="button secondary" onClick={() => void loadMore()}>
          {t("notifications.loadMore")}
        </button>
      )}
    </Page>
  );
}

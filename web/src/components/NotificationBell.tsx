import { useEffect, useState } from "react";
import { api } from "../api";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** How often the bell asks for the unread count (and on every page change). */
export const kBellPollMs = 30_000;
/** Window event that pages fire after marking notifications read, so the bell refreshes at once. */
export const kNotificationsChanged = "tepat:notifications-changed";

/** Tells the bell that the unread count may have changed. */
export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(kNotificationsChanged));
}

/** The count as the badge shows it: nothing for 0, "99+" above 99. */
export function badgeText(unread: number): string {
  if (unread <= 0) return "";
  return unread > 99 ? "99+" : String(unread);
}

/** A bell linking to the notifications page, with the unread count; for signed-in accounts only. */
export function NotificationBell({ path }: { path: string }) {
  const { t } = useI18n();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let current = true;
    const refresh = () => {
      api.unreadNotifications().then(
        (answer) => current && setUnread(answer.unread),
        () => undefined, // the bell stays as it was; the page itself reports errors
      );
    };
    refresh();
    const timer = window.setInterval(refresh, kBellPollMs);
    window.addEventListener(kNotificationsChanged, refresh);
    return () => {
      current = false;
      window.clearInterval(timer);
      window.removeEventListener(kNotificationsChanged, refresh);
    };
  }, [path]);

  const badge = badgeText(unread);
  return (
    <Link to="/notifikasi" className="bell" aria-label={t("bell.label", { count: unread })} data-testid="bell">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {badge && (
        <span className="bell-count" data-testid="bell-count">
          {badge}
        </span>
      )}
    </Link>
  );
}

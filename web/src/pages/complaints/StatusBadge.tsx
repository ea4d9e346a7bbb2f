import type { ComplaintStatus } from "../../complaintsApi";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/id";

/** A complaint status as a coloured label. */
export function StatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge status-${status.toLowerCase()}`} data-status={status}>
      {t(`complaintStatus.${status}` as MessageKey)}
    </span>
  );
}

/** A UTC ISO time as local date and time, e.g. "01/06/2026 10.00". */
export function formatTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "short", timeStyle: "short" });
}

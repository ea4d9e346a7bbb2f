import { api, type AuditEntry } from "../api";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { usePagedList } from "../components/usePagedList";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";

const kOutcomeLabel: Record<string, MessageKey> = {
  success: "audit.outcome.success",
  denied: "audit.outcome.denied",
  failed: "audit.outcome.failed",
};

/** Entries fetched per page. */
export const kAuditPageSize = 50;

/** Log Audit (admin only): newest first, older pages loaded on request with ?before=<last id>. */
export function AuditPage() {
  const { t, lang } = useI18n();
  const {
    items: entries,
    loading,
    error,
    atEnd,
    loadMore,
  } = usePagedList<AuditEntry>(kAuditPageSize, async (before) => (await api.audit(kAuditPageSize, before)).entries);

  const format = new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: "medium",
    timeStyle: "long",
    timeZone: "UTC",
  });
  const formatAt = (at: string) => {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? at : format.format(date);
  };

  return (
    <Page title={t("audit.title")} testId="audit">
      <p>{t("audit.intro")}</p>
      {entries.length === 0 && !loading && error === null && <p>{t("audit.empty")}</p>}
      {entries.length > 0 && (
        <div className="table-scroll">
          <table className="audit" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t("audit.at")}</th>
                <th scope="col">{t("audit.actor")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.object")}</th>
                <th scope="col">{t("audit.outcome")}</th>
                <th scope="col">{t("audit.client")}</th>
                <th scope="col">{t("audit.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={String(e.id)} data-testid="audit-row" data-id={String(e.id)}>
                  <td data-label={t("audit.at")} className="nowrap">
                    <time dateTime={e.at}>{formatAt(e.at)}</time>
                  </td>
                  <td data-label={t("audit.actor")}>{e.actor_label}</td>
                  <td data-label={t("audit.action")}>
                    <code>{e.action}</code>
                  </td>
                  <td data-label={t("audit.object")}>
                    {e.object_type}
                    {e.object_id ? ` ${e.object_id}` : ""}
                  </td>
                  <td data-label={t("audit.outcome")}>
                    <span className={`outcome outcome-${e.outcome}`}>
                      {kOutcomeLabel[e.outcome] ? t(kOutcomeLabel[e.outcome]!) : e.outcome}
                    </span>
                  </td>
                  <td data-label={t("audit.client")} className="nowrap">{e.client_address}</td>
                  <td data-label={t("audit.detail")}>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loading && <p className="muted">{t("app.loading")}</p>}
      {error !== null && <LoadError error={error} onRetry={() => void loadMore()} />}
      {!loading && error === null && entries.length > 0 &&
        (atEnd ? (
          <p className="muted small">{t("audit.end")}</p>
        ) : (
          <button type="button" className="button secondary" onClick={() => void loadMore()} data-testid="audit-more">
            {t("audit.loadMore")}
          </button>
        ))}
    </Page>
  );
}

import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";
import type { Change, DtksEntry, LifeStatus, PersonSummary } from "../registry";
import { Link } from "../router";

// Tables shared by the registry pages (search results, person, household). On phones each row becomes a card whose
// cells show their column name (data-label), like the audit log.

const kLifeLabel: Record<LifeStatus, MessageKey> = {
  HIDUP: "people.life.HIDUP",
  MENINGGAL: "people.life.MENINGGAL",
  PINDAH: "people.life.PINDAH",
};

/** "Hidup" / "Meninggal" / "Pindah" as a badge. */
export function LifeBadge({ status }: { status: LifeStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${status === "HIDUP" ? "badge-on" : "badge-off"}`} data-testid="life-status" data-status={status}>
      {t(kLifeLabel[status] ?? "people.life.HIDUP")}
    </span>
  );
}

/** A civil date "1985-03-12" in the UI language ("12 Mar 1985"); unchanged when it is not a date. */
export function useDateFormat(): (iso: string | null) => string {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeZone: "UTC" });
  return (iso) => {
    if (!iso) return "";
    const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** People with a link to each one's page. */
export function PeopleTable({ people, testId, showRelation = false }: { people: PersonSummary[]; testId: string; showRelation?: boolean }) {
  const { t } = useI18n();
  const formatDate = useDateFormat();
  return (
    <div className="table-scroll">
      <table className="records" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t("people.name")}</th>
            <th scope="col">{t("people.nik")}</th>
            {showRelation && <th scope="col">{t("people.relation")}</th>}
            <th scope="col">{t("people.birthDate")}</th>
            <th scope="col">{t("people.desa")}</th>
            <th scope="col">{t("people.lifeStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} data-testid="person-row" data-id={p.id}>
              <td data-label={t("people.name")}>
                <Link to={`/penduduk/${p.id}`}>{p.name}</Link>
              </td>
              <td data-label={t("people.nik")} className="nowrap">
                <span className="code" data-testid="person-nik">{p.nik}</span>
              </td>
              {showRelation && <td data-label={t("people.relation")}>{p.relation}</td>}
              <td data-label={t("people.birthDate")} className="nowrap">{formatDate(p.birth_date)}</td>
              <td data-label={t("people.desa")}>
                {p.desa.name || p.desa.code} <span className="code">{p.desa.code}</span>
              </td>
              <td data-label={t("people.lifeStatus")}>
                <LifeBadge status={p.life_status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** DTKS entries, newest round first. */
export function DtksTable({ entries }: { entries: DtksEntry[] }) {
  const { t } = useI18n();
  if (entries.length === 0) return <p data-testid="dtks-none">{t("people.dtksNone")}</p>;
  return (
    <div className="table-scroll">
      <table className="records" data-testid="dtks-table">
        <thead>
          <tr>
            <th scope="col">{t("people.dtksRound")}</th>
            <th scope="col">{t("people.dtksDecile")}</th>
            <th scope="col">{t("people.dtksStatus")}</th>
            <th scope="col">{t("people.dtksLevel")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={`${e.round}-${e.nik ?? "kk"}-${i}`} data-testid="dtks-row">
              <td data-label={t("people.dtksRound")}>{e.round}</td>
              <td data-label={t("people.dtksDecile")} data-testid="dtks-decile">{e.decile}</td>
              <td data-label={t("people.dtksStatus")}>{e.status === "AKTIF" ? t("people.dtksActive") : t("people.dtksInactive")}</td>
              <td data-label={t("people.dtksLevel")}>
                {e.nik === null ? t("people.dtksHousehold") : <span className="code">{e.nik}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Change history, oldest first: which field, old → new, when, from which import or user. */
export function HistoryTable({ history }: { history: Change[] }) {
  const { t, lang } = useI18n();
  if (history.length === 0) return <p data-testid="history-none">{t("people.historyNone")}</p>;
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const at = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  const empty = <span className="muted">{t("people.historyEmptyValue")}</span>;
  return (
    <div className="table-scroll">
      <table className="records" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">{t("people.historyAt")}</th>
            <th scope="col">{t("people.historyField")}</th>
            <th scope="col">{t("people.historyOld")}</th>
            <th scope="col">{t("people.historyNew")}</th>
            <th scope="col">{t("people.historySource")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((c) => (
            <tr key={c.id} data-testid="history-row" data-field={c.field}>
              <td data-label={t("people.historyAt")} className="nowrap"><time dateTime={c.at}>{at(c.at)}</time></td>
              <td data-label={t("people.historyField")}><code>{c.field}</code></td>
              <td data-label={t("people.historyOld")}>{c.old_value ?? empty}</td>
              <td data-label={t("people.historyNew")}>{c.new_value ?? empty}</td>
              <td data-label={t("people.historySource")}>
                {c.job_id > 0
                  ? t("people.historyJob", { id: c.job_id })
                  : c.user_id > 0
                    ? t("people.historyUser", { id: c.user_id })
                    : t("people.historySystem")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useEffect, useState, type FormEvent } from "react";
import {
  api,
  kScreeningReasons,
  kVerdicts,
  screeningDownloadUrl,
  type Screening,
  type ScreeningReason,
  type ScreeningRow,
  type Verdict,
} from "../api";
import { useAuth } from "../auth";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { TextField } from "../components/TextField";
import { useLoad } from "../components/useLoad";
import { errorMessage } from "../errors";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { Link, navigate } from "../router";

/** Result rows per page. */
export const kScreeningPageSize = 50;
/** How often a running screening is asked for its progress. */
const kPollMs = 1000;

const kVerdictLabel: Record<Verdict, MessageKey> = {
  LOLOS: "screening.verdict.LOLOS",
  PERLU_VERIFIKASI: "screening.verdict.PERLU_VERIFIKASI",
  DITOLAK: "screening.verdict.DITOLAK",
};

const kStatusLabel: Record<Screening["status"], MessageKey> = {
  queued: "screening.status.queued",
  running: "screening.status.running",
  succeeded: "screening.status.succeeded",
  failed: "screening.status.failed",
  cancelled: "screening.status.cancelled",
};

/** True while the server is still working on `s`. */
export function isActive(s: Screening): boolean {
  return s.status === "queued" || s.status === "running";
}

/** A duration for the progress line: "m:ss", or "h:mm:ss" from an hour; "-" when unknown. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return "-";
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const sec = whole % 60;
  if (h > 0) return `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`;
  return `${m}:${String(sec).padStart(2, "0")}`;
}

/** The details that say more than their reason code ("MENINGGAL: meninggal 2025-06-10"), for under the chips. */
export function explained(row: Pick<ScreeningRow, "details">): string[] {
  return row.details.filter((line) => line.includes(": "));
}

/** Whole percent of rows done, 0 while the total is unknown. */
export function percentDone(s: Screening): number {
  return s.rows_total > 0 ? Math.min(100, Math.floor((100 * s.rows_done) / s.rows_total)) : 0;
}

function StartForm({ earlier }: { earlier: Screening[] }) {
  const { t } = useI18n();
  const scopes = useAuth().account?.scopes ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [from, setFrom] = useState("");
  const [region, setRegion] = useState("");
  const [program, setProgram] = useState("");
  const [period, setPeriod] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file && !from) return setError(t("screening.needList"));
    setBusy(true);
    setError(null);
    try {
      const { screening } = file
        ? await api.startScreening(file, file.name, program.trim(), period.trim(), region)
        : await api.repeatScreening(from, program.trim(), period.trim(), region);
      navigate(`/pemadanan/${String(screening.id)}`);
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} data-testid="screening-start">
      <h2>{t("screening.start")}</h2>
      <label>
        {t("screening.file")}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="screening-file"
        />
      </label>
      {earlier.length > 0 && (
        <label>
          {t("screening.orEarlier")}
          <select value={from} onChange={(e) => setFrom(e.target.value)} disabled={file !== null}>
            <option value="">{t("screening.none")}</option>
            {earlier.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {`#${String(s.id)} ${s.list_name} (${s.program_code} ${s.period})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <TextField
        label={t("screening.program")}
        value={program}
        onValue={setProgram}
        required
        placeholder="BST-3510-2024"
        testId="screening-program"
      />
      <TextField
        label={t("screening.period")}
        value={period}
        onValue={setPeriod}
        required
        placeholder="2024-01"
        testId="screening-period"
      />
      {scopes.length > 0 && (
        <label>
          {t("screening.area")}
          <select value={region} onChange={(e) => setRegion(e.target.value)} data-testid="screening-region">
            <option value="">{t("screening.wholeProgram")}</option>
            {scopes.map((scope) => (
              <option key={scope.code} value={scope.code}>
                {t("screening.onlyRegion", { name: scope.name || scope.code })}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && <Alert kind="error">{error}</Alert>}
      <button type="submit" className="button" disabled={busy} data-testid="screening-submit">
        {busy ? t("app.loading") : t("screening.submit")}
      </button>
    </form>
  );
}

/** Pemadanan: start a screening of a proposed list and see earlier ones. */
export function ScreeningListPage() {
  const { t } = useI18n();
  const [load, reload] = useLoad("screenings", () => api.screenings());
  const runs = load.status === "done" ? load.data.screenings : [];
  return (
    <Page title={t("screening.title")} testId="screening">
      <p>{t("screening.intro")}</p>
      <StartForm earlier={runs.filter((s) => s.status === "succeeded")} />
      <h2>{t("screening.earlier")}</h2>
      {load.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {load.status === "error" && <LoadError error={load.error} onRetry={reload} />}
      {load.status === "done" && runs.length === 0 && <p>{t("screening.empty")}</p>}
      {runs.length > 0 && (
        <ul className="plain-list" data-testid="screening-list">
          {runs.map((s) => (
            <li key={String(s.id)} data-testid="screening-item">
              <Link to={`/pemadanan/${String(s.id)}`}>{`#${String(s.id)} ${s.list_name}`}</Link>{" "}
              {`${s.program_code} ${s.period} · ${t(kStatusLabel[s.status])}`}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function Counts({ s }: { s: Screening }) {
  const { t } = useI18n();
  return (
    <p data-testid="screening-counts">
      {kVerdicts.map((v) => (
        <span key={v} className={`badge verdict-${v}`}>
          {`${t(kVerdictLabel[v])}: ${v === "LOLOS" ? s.lolos : v === "DITOLAK" ? s.ditolak : s.perlu_verifikasi}`}
        </span>
      ))}
    </p>
  );
}

function ResultTable({ s }: { s: Screening }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<Verdict | "">("");
  const [reason, setReason] = useState<ScreeningReason | "">("");
  const [offset, setOffset] = useState(0);
  const key = `${String(s.id)}/${verdict}/${reason}/${offset}`;
  const [load, reload] = useLoad(key, () =>
    api.screeningRows(s.id, { verdict, reason, limit: kScreeningPageSize, offset }),
  );
  const rows: ScreeningRow[] = load.status === "done" ? load.data.rows : [];
  const total = load.status === "done" ? load.data.total : 0;
  return (
    <>
      <div className="filters" data-testid="screening-filters">
        <label>
          {t("screening.filterVerdict")}
          <select value={verdict} onChange={(e) => (setVerdict(e.target.value as Verdict | ""), setOffset(0))}>
            <option value="">{t("screening.all")}</option>
            {kVerdicts.map((v) => (
              <option key={v} value={v}>
                {t(kVerdictLabel[v])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("screening.filterReason")}
          <select value={reason} onChange={(e) => (setReason(e.target.value as ScreeningReason | ""), setOffset(0))}>
            <option value="">{t("screening.all")}</option>
            {kScreeningReasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <a className="button secondary" href={screeningDownloadUrl(s.id, "csv")} download data-testid="download-csv">
          {t("screening.downloadCsv")}
        </a>
        <a className="button secondary" href={screeningDownloadUrl(s.id, "xlsx")} download data-testid="download-xlsx">
          {t("screening.downloadXlsx")}
        </a>
      </div>
      {load.status === "error" && <LoadError error={load.error} onRetry={reload} />}
      <p className="muted small" data-testid="screening-total">
        {t("screening.shown", { from: total === 0 ? 0 : offset + 1, to: offset + rows.length, total })}
      </p>
      <div className="table-scroll">
        <table className="audit" data-testid="screening-table">
          <thead>
            <tr>
              <th scope="col">{t("screening.line")}</th>
              <th scope="col">NIK</th>
              <th scope="col">{t("screening.name")}</th>
              <th scope="col">{t("screening.verdict")}</th>
              <th scope="col">{t("screening.reasons")}</th>
              <th scope="col">{t("screening.candidates")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} data-testid="screening-row" data-verdict={row.verdict}>
                <td data-label={t("screening.line")}>{row.line}</td>
                <td data-label="NIK" className="nowrap">
                  {row.nik}
                </td>
                <td data-label={t("screening.name")}>{row.name}</td>
                <td data-label={t("screening.verdict")}>
                  <span className={`badge verdict-${row.verdict}`}>{t(kVerdictLabel[row.verdict])}</span>
                </td>
                <td data-label={t("screening.reasons")}>
                  <div>
                    {row.reasons.map((r, i) => (
                      <span key={r} className="chip" title={row.details[i] ?? r} data-testid="reason-chip">
                        {r}
                      </span>
                    ))}
                    {explained(row).length > 0 && (
                      <div className="muted small" data-testid="reason-details">
                        {explained(row).join("; ")}
                      </div>
                    )}
                  </div>
                </td>
                <td data-label={t("screening.candidates")}>
                  {row.candidates.map((c) => `${c.nik} ${c.name} (${c.probability.toFixed(2)})`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <button type="button" className="button secondary" disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - kScreeningPageSize))}>
          {t("screening.previous")}
        </button>
        <button type="button" className="button secondary" disabled={offset + rows.length >= total}
          onClick={() => setOffset(offset + kScreeningPageSize)} data-testid="screening-next">
          {t("screening.next")}
        </button>
      </div>
    </>
  );
}

/** One screening: progress while it runs (with cancel), then the filterable result table and downloads. */
export function ScreeningDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [screening, setScreening] = useState<Screening | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { screening: s } = await api.screening(id);
        if (!current) return;
        setScreening(s);
        setError(null);
        if (isActive(s)) timer = setTimeout(() => void poll(), kPollMs);
      } catch (e) {
        if (current) setError(e);
      }
    };
    void poll();
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
    };
  }, [id, generation]);

  const onCancel = async () => {
    try {
      await api.cancelScreening(id);
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Page title={t("screening.detailTitle", { id })} testId="screening-detail">
      <p>
        <Link to="/pemadanan">{t("screening.back")}</Link>
      </p>
      {error !== null && <LoadError error={error} onRetry={() => setGeneration((g) => g + 1)} />}
      {screening === null && error === null && <p className="muted">{t("app.loading")}</p>}
      {screening !== null && (
        <>
          <p>
            {`${screening.list_name} · ${screening.program_code} ${screening.period} · `}
            {screening.region && `${t("screening.areaShort", { region: screening.region })} · `}
            <strong data-testid="screening-status" data-status={screening.status}>
              {t(kStatusLabel[screening.status])}
            </strong>
          </p>
          {isActive(screening) && (
            <>
              <progress max={100} value={percentDone(screening)} aria-label={t("screening.progress")} />{" "}
              <span data-testid="screening-progress">
                {t("screening.rowsDone", {
                  percent: percentDone(screening),
                  done: screening.rows_done,
                  total: screening.rows_total,
                })}
                {" · "}
                {t("screening.elapsed", { time: formatSeconds(screening.elapsed_seconds) })}
                {" · "}
                {t("screening.remaining", { time: formatSeconds(screening.remaining_seconds) })}
              </span>{" "}
              <button type="button" className="button secondary" onClick={() => void onCancel()}
                data-testid="screening-cancel">
                {t("screening.cancel")}
              </button>
            </>
          )}
          {screening.message && <p className="muted">{screening.message}</p>}
          {screening.status === "succeeded" && (
            <>
              <Counts s={screening} />
              <p className="muted small prewrap">
                {t("screening.dataVersion", { version: screening.data_version })}
                {" · "}
                {t("screening.elapsed", { time: formatSeconds(screening.elapsed_seconds) })}
                {screening.rows_errors > 0 && ` · ${t("screening.brokenRows", { count: screening.rows_errors })}`}
              </p>
              <ResultTable s={screening} />
            </>
          )}
        </>
      )}
    </Page>
  );
}

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { useLoad } from "../components/useLoad";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";
import {
  cancelImport,
  dtksDiffUrl,
  errorReportUrl,
  formatDuration,
  getImport,
  getImportIssues,
  importKindOf,
  isFinished,
  jobFraction,
  kImportKinds,
  kPollIntervalMs,
  listImports,
  rowsStored,
  templateUrl,
  uploadImport,
  type ImportIssue,
  type ImportJob,
  type ImportKind,
} from "../imports";

const kStatusLabel: Record<ImportJob["status"], MessageKey> = {
  queued: "imports.status.queued",
  running: "imports.status.running",
  succeeded: "imports.status.succeeded",
  failed: "imports.status.failed",
  cancelled: "imports.status.cancelled",
};

function useDuration(): (seconds: number) => string {
  const { t } = useI18n();
  const units = { h: t("imports.unitHours"), m: t("imports.unitMinutes"), s: t("imports.unitSeconds") };
  return (seconds) => formatDuration(seconds, units);
}

const kSeverityLabel: Record<ImportIssue["severity"], MessageKey> = {
  error: "imports.severity.error",
  warning: "imports.severity.warning",
};

/** The first problems of a finished job's error report: row, column, value (masked) and reason. */
function IssueSummary({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const [state, reload] = useLoad(`import-issues:${id}`, () => getImportIssues(id));
  if (state.status === "loading") return <p className="muted">{t("app.loading")}</p>;
  if (state.status === "error") return <LoadError error={state.error} onRetry={reload} />;
  const { issues, more } = state.data;
  return (
    <div data-testid="import-issues">
      <h3>{t("imports.issuesTitle")}</h3>
      <div className="table-scroll">
        <table className="records">
          <thead>
            <tr>
              <th scope="col">{t("imports.colRow")}</th>
              <th scope="col">{t("imports.colColumn")}</th>
              <th scope="col">{t("imports.colValue")}</th>
              <th scope="col">{t("imports.colSeverity")}</th>
              <th scope="col">{t("imports.colReason")}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={index} data-testid="import-issue" data-row={issue.row} data-column={issue.column}>
                <td data-label={t("imports.colRow")}>{issue.row > 0 ? issue.row : t("imports.wholeFile")}</td>
                <td data-label={t("imports.colColumn")}>{issue.column}</td>
                <td data-label={t("imports.colValue")}>{issue.value}</td>
                <td data-label={t("imports.colSeverity")}>{t(kSeverityLabel[issue.severity])}</td>
                <td data-label={t("imports.colReason")}>{lang === "en" ? issue.reason_en : issue.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more && <p className="muted small">{t("imports.issuesMore")}</p>}
    </div>
  );
}

/** Follows one job: polls while it runs, shows progress, counts, times, cancel and the reports. */
function JobPanel({ initial, onFinished }: { initial: ImportJob; onFinished: () => void }) {
  const { t, lang } = useI18n();
  const duration = useDuration();
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const finishedReported = useRef(false);

  useEffect(() => {
    if (isFinished(job.status)) {
      if (!finishedReported.current) {
        finishedReported.current = true;
        onFinished();
      }
      return;
    }
    const timer = window.setTimeout(() => {
      getImport(job.id).then(
        (next) => {
          setError(null);
          setJob(next);
        },
        (e: unknown) => {
          setError(e);
          setJob((current) => ({ ...current }));  // try again after the interval
        },
      );
    }, kPollIntervalMs);
    return () => window.clearTimeout(timer);
  }, [job, onFinished]);

  const onCancel = async () => {
    setCancelling(true);
    try {
      setJob(await cancelImport(job.id));
    } catch (e) {
      setError(e);
    } finally {
      setCancelling(false);
    }
  };

  const number = new Intl.NumberFormat(localeOf(lang));
  const fraction = jobFraction(job);
  const running = !isFinished(job.status);
  return (
    <section className="card" aria-live="polite" data-testid="import-job" data-status={job.status} data-id={job.id}>
      <h2>{t("imports.jobTitle", { id: job.id, name: job.original_name || importKindOf(job.kind) })}</h2>
      <p>
        <span className={`badge ${job.status === "succeeded" ? "badge-on" : job.status === "failed" ? "badge-off" : ""}`} data-testid="import-status">
          {t(kStatusLabel[job.status])}
        </span>
        {job.cancel_requested && running && <span className="muted small"> {t("imports.cancelRequested")}</span>}
      </p>
      <progress
        className="progress"
        max={1}
        value={fraction ?? undefined}
        aria-label={t("imports.rowsProgress")}
        data-testid="import-progress"
      />
      <dl className="facts">
        <dt>{t("imports.rows")}</dt>
        <dd data-testid="import-rows">
          {job.rows_total > 0
            ? t("imports.rowsOf", { done: number.format(job.rows_done), total: number.format(job.rows_total) })
            : number.format(job.rows_done)}
        </dd>
        <dt>{t("imports.errors")}</dt>
        <dd data-testid="import-errors">{number.format(job.rows_errors)}</dd>
        <dt>{t("imports.elapsed")}</dt>
        <dd>{duration(job.elapsed_seconds)}</dd>
        {running && (
          <>
            <dt>{t("imports.remaining")}</dt>
            <dd>{job.remaining_seconds === null ? t("imports.remainingUnknown") : duration(job.remaining_seconds)}</dd>
          </>
        )}
      </dl>
      {job.status === "succeeded" && (
        <p data-testid="import-outcome">
          {t("imports.outcome", { stored: number.format(rowsStored(job)), rejected: number.format(job.rows_errors) })}
        </p>
      )}
      {job.message && (
        <p className={job.status === "succeeded" ? "muted small" : undefined} data-testid="import-message">
          {job.message}
        </p>
      )}
      {error !== null && <LoadError error={error} />}
      <div className="pager">
        {running && (
          <button type="button" className="button secondary" onClick={() => void onCancel()} disabled={cancelling || job.cancel_requested} data-testid="import-cancel">
            {t("imports.cancel")}
          </button>
        )}
        {job.has_error_report && (
          <>
            <a className="button secondary" href={errorReportUrl(job.id, "csv")} download data-testid="import-error-report">
              {t("imports.errorReportCsv")}
            </a>
            <a className="button secondary" href={errorReportUrl(job.id, "xlsx")} download>
              {t("imports.errorReportXlsx")}
            </a>
          </>
        )}
        {job.has_result && (
          <a className="button secondary" href={dtksDiffUrl(job.id)} download data-testid="import-dtks-diff">
            {t("imports.dtksDiff")}
          </a>
        )}
      </div>
      {job.has_error_report && !running && <IssueSummary id={job.id} />}
    </section>
  );
}

/** Recent jobs, newest first; choosing one follows it in the panel above. */
function RecentJobs({ generation, onOpen }: { generation: number; onOpen: (job: ImportJob) => void }) {
  const { t, lang } = useI18n();
  const [state, reload] = useLoad(`imports:${generation}`, () => listImports());
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  if (state.status === "loading") return <p className="muted">{t("app.loading")}</p>;
  if (state.status === "error") return <LoadError error={state.error} onRetry={reload} />;
  if (state.data.jobs.length === 0) return <p data-testid="imports-empty">{t("imports.none")}</p>;
  return (
    <div className="table-scroll">
      <table className="records" data-testid="imports-table">
        <thead>
          <tr>
            <th scope="col">{t("imports.colId")}</th>
            <th scope="col">{t("imports.kind")}</th>
            <th scope="col">{t("imports.colFile")}</th>
            <th scope="col">{t("imports.colStatus")}</th>
            <th scope="col">{t("imports.rows")}</th>
            <th scope="col">{t("imports.errors")}</th>
            <th scope="col">{t("imports.colCreated")}</th>
          </tr>
        </thead>
        <tbody>
          {state.data.jobs.map((job) => (
            <tr key={job.id} data-testid="imports-row" data-id={job.id} data-status={job.status}>
              <td data-label={t("imports.colId")}>
                <button type="button" className="link-button" onClick={() => onOpen(job)}>
                  #{job.id}
                </button>
              </td>
              <td data-label={t("imports.kind")}>{t(`imports.kind.${importKindOf(job.kind)}` as MessageKey)}</td>
              <td data-label={t("imports.colFile")}>{job.original_name}</td>
              <td data-label={t("imports.colStatus")}>{t(kStatusLabel[job.status])}</td>
              <td data-label={t("imports.rows")}>{job.rows_done}</td>
              <td data-label={t("imports.errors")}>{job.rows_errors}</td>
              <td data-label={t("imports.colCreated")} className="nowrap">{format.format(new Date(job.created_at))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Impor data: choose the kind, download its template, upload with a progress bar, follow and cancel the job. */
export function ImportPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>("dukcapil");
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [generation, setGeneration] = useState(0);
  const refreshList = useRef(() => setGeneration((g) => g + 1)).current;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === null) return;
    setUploadError(null);
    setSent({ loaded: 0, total: file.size });
    try {
      const queued = await uploadImport(kind, file, (loaded, total) => setSent({ loaded, total }));
      setJob(queued);
      refreshList();
    } catch (e) {
      setUploadError(e);
    } finally {
      setSent(null);
    }
  };

  return (
    <Page title={t("imports.title")} testId="imports">
      <p>{t("imports.intro")}</p>
      <form className="form card" onSubmit={(e) => void onSubmit(e)} data-testid="import-form">
        <label className="field">
          <span>{t("imports.kind")}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} data-testid="import-kind">
            {kImportKinds.map((k) => (
              <option key={k} value={k}>
                {t(`imports.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <p className="small">
          {t("imports.templateIntro")}{" "}
          <a href={templateUrl(kind, "xlsx")} download data-testid="import-template-xlsx">
            {t("imports.templateXlsx")}
          </a>{" "}
          ·{" "}
          <a href={templateUrl(kind, "csv")} download data-testid="import-template-csv">
            {t("imports.templateCsv")}
          </a>
        </p>
        <label className="field">
          <span>{t("imports.file")}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
          <small className="muted">{t("imports.fileHint")}</small>
        </label>
        {sent !== null && (
          <div data-testid="import-upload">
            <progress className="progress" max={sent.total || 1} value={sent.loaded} aria-label={t("imports.uploading")} />
            <p className="muted small">{t("imports.uploadingPercent", { percent: Math.round((100 * sent.loaded) / (sent.total || 1)) })}</p>
          </div>
        )}
        {uploadError !== null && <LoadError error={uploadError} />}
        <button type="submit" className="button primary" disabled={file === null || sent !== null} data-testid="import-submit">
          {sent !== null ? t("imports.uploading") : t("imports.submit")}
        </button>
      </form>

      {job !== null && <JobPanel key={job.id} initial={job} onFinished={refreshList} />}
      {job === null && <Alert kind="info">{t("imports.howItWorks")}</Alert>}

      <h2>{t("imports.recent")}</h2>
      <RecentJobs generation={generation} onOpen={setJob} />
    </Page>
  );
}

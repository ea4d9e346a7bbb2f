import { useCallback, useEffect, useState, type FormEvent } from "react";
import { api, type DedupCluster, type DedupClusterStatus, type DedupRun } from "../api";
import { useAuth } from "../auth";
import { formatDuration, stageUnit } from "../dedupProgress";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** Clusters per page of the queue. */
export const kQueuePageSize = 20;
/** How often a running dedup run is asked for its progress. */
const kPollMs = 1000;

export const kClusterStatusLabel: Record<DedupClusterStatus, MessageKey> = {
  open: "dedup.status.open",
  same: "dedup.status.same",
  different: "dedup.status.different",
  merged: "dedup.status.merged",
  superseded: "dedup.status.superseded",
};

const kRunStatusLabel: Record<DedupRun["status"], MessageKey> = {
  queued: "dedup.run.queued",
  running: "dedup.run.running",
  succeeded: "dedup.run.succeeded",
  failed: "dedup.run.failed",
  cancelled: "dedup.run.cancelled",
};

const kStatusFilters: (DedupClusterStatus | "all")[] = ["open", "same", "different", "merged", "all"];

const isWorking = (run: DedupRun | null) => run !== null && (run.status === "queued" || run.status === "running");

/** "1,234 of 5,000 pairs" for the current stage, or "" before the stage has counted anything. */
function StageUnits({ run }: { run: DedupRun }) {
  const { t, lang } = useI18n();
  const unitKey = stageUnit(run.stage);
  if (unitKey === null || (run.done === 0 && run.total === 0)) return null;
  const number = (n: number) => n.toLocaleString(lang === "en" ? "en-US" : "id-ID");
  const unit = t(unitKey);
  return (
    <span data-testid="dedup-run-units">
      {run.total > 0
        ? t("dedup.run.units", { done: number(run.done), total: number(run.total), unit })
        : t("dedup.run.unitsOpen", { done: number(run.done), unit })}
    </span>
  );
}

/** The latest run: its status, progress (stage, units, elapsed, remaining) and counts, and cancel while it works. */
function RunPanel({ run, onCancel }: { run: DedupRun; onCancel: () => void }) {
  const { t } = useI18n();
  const percent = run.total > 0 ? Math.min(100, Math.round((run.done / run.total) * 100)) : null;
  return (
    <div className="card" data-testid="dedup-run" data-status={run.status}>
      <h2>{t("dedup.run.title", { id: String(run.id) })}</h2>
      <p>
        <strong>{t(kRunStatusLabel[run.status])}</strong>
        {run.region ? ` · ${t("dedup.run.region", { region: run.region })}` : ` · ${t("dedup.run.all")}`}
      </p>
      {isWorking(run) && (
        <>
          <p className="muted" data-testid="dedup-run-stage" data-stage={run.stage}>
            {t("dedup.run.stage", { stage: run.stage || "…" })}
            {percent !== null ? ` (${percent}%)` : ""} <StageUnits run={run} />
          </p>
          <progress max={100} value={percent ?? undefined} aria-label={t("dedup.run.progress")} />
          <p className="muted" data-testid="dedup-run-time">
            {t("dedup.run.elapsed", { time: formatDuration(run.elapsed_seconds) })}
            {run.remaining_seconds !== null &&
              ` · ${t("dedup.run.remaining", { time: formatDuration(run.remaining_seconds) })}`}
          </p>
          {run.cancel_requested ? (
            <p data-testid="dedup-cancelling">{t("dedup.run.cancelling")}</p>
          ) : (
            <p>
              <button type="button" className="button secondary" onClick={onCancel} data-testid="dedup-cancel">
                {t("dedup.run.cancel")}
              </button>
            </p>
          )}
        </>
      )}
      {run.status === "succeeded" && (
        <p data-testid="dedup-run-counts">
          {t("dedup.run.counts", {
            records: String(run.counts.records),
            pairs: String(run.counts.candidate_pairs),
            matches: String(run.counts.matches),
            clusters: String(run.counts.clusters),
            skipped: String(run.counts.dismissed_skipped),
          })}
        </p>
      )}
      {run.message && <p className="muted">{run.message}</p>}
      <p className="muted small">
        {t("dedup.run.provenance", { digest: run.settings_digest.slice(0, 12), version: run.data_version })}
      </p>
    </div>
  );
}

/** Pemadanan (admin, operator): start deduplicating the registry of a region and work through the review queue. */
export function DedupQueuePage() {
  const { t } = useI18n();
  const { account } = useAuth();
  const [region, setRegion] = useState(account?.scopes[0]?.code ?? "");
  const [queueRegion, setQueueRegion] = useState(region);
  const [status, setStatus] = useState<DedupClusterStatus | "all">("open");
  const [offset, setOffset] = useState(0);
  const [clusters, setClusters] = useState<DedupCluster[] | null>(null);
  const [total, setTotal] = useState(0);
  const [run, setRun] = useState<DedupRun | null>(null);
  const [error, setError] = useState<unknown>(null);

  const loadQueue = useCallback(async () => {
    setError(null);
    try {
      const page = await api.dedupQueue({ region: queueRegion, status, limit: kQueuePageSize, offset });
      setClusters(page.clusters);
      setTotal(page.total);
    } catch (e) {
      setError(e);
    }
  }, [queueRegion, status, offset]);

  useEffect(() => {
    void loadQueue();
  }, [loadQueue]);

  useEffect(() => {
    api.dedupRuns(1).then((r) => setRun(r.runs[0] ?? null), setError);
  }, []);

  const runId = run?.id;
  const working = isWorking(run);
  useEffect(() => {
    if (!working || runId === undefined) return;
    const timer = window.setInterval(() => {
      api.dedupRun(runId).then((r) => {
        setRun(r.run);
        if (!isWorking(r.run)) void loadQueue();
      }, setError);
    }, kPollMs);
    return () => window.clearInterval(timer);
  }, [working, runId, loadQueue]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setQueueRegion(region);
    setOffset(0);
    try {
      setRun((await api.startDedup(region)).run);
    } catch (e) {
      setError(e);
    }
  };

  const cancel = async () => {
    if (runId === undefined) return;
    try {
      setRun((await api.cancelDedup(runId)).run);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Page title={t("dedup.title")} testId="dedup">
      <p>{t("dedup.intro")}</p>
      <form className="search" onSubmit={(e) => void start(e)}>
        <label className="field" htmlFor="dedup-region">
          {t("dedup.region")}
          <small className="muted">{t("dedup.regionHint")}</small>
        </label>
        <div className="search-row">
          <input
            id="dedup-region"
            value={region}
            onChange={(e) => setRegion(e.target.value.trim())}
            inputMode="numeric"
            data-testid="dedup-region"
          />
          <button type="submit" className="button" disabled={working} data-testid="dedup-start">
            {t("dedup.start")}
          </button>
        </div>
      </form>
      {run && <RunPanel run={run} onCancel={() => void cancel()} />}
      {error !== null && <LoadError error={error} onRetry={() => void loadQueue()} />}

      <h2>{t("dedup.queue")}</h2>
      <label className="field inline-field">
        {t("dedup.filter")}
        <select
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as DedupClusterStatus | "all");
            setOffset(0);
          }}
          data-testid="dedup-filter"
        >
          {kStatusFilters.map((s) => (
            <option key={s} value={s}>
              {s === "all" ? t("dedup.status.all") : t(kClusterStatusLabel[s])}
            </option>
          ))}
        </select>
      </label>
      {clusters !== null && clusters.length === 0 && <p data-testid="dedup-empty">{t("dedup.empty")}</p>}
      {clusters !== null && clusters.length > 0 && (
        <div className="table-scroll">
          <table className="audit" data-testid="dedup-queue">
            <thead>
              <tr>
                <th scope="col">{t("dedup.cluster")}</th>
                <th scope="col">{t("dedup.size")}</th>
                <th scope="col">{t("dedup.probability")}</th>
                <th scope="col">{t("dedup.desa")}</th>
                <th scope="col">{t("dedup.statusColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((c) => (
                <tr key={c.id} data-testid="dedup-queue-row" data-id={c.id}>
                  <td data-label={t("dedup.cluster")}>
                    <Link to={`/data-ganda/${c.id}`} data-testid="dedup-open">
                      {t("dedup.openCluster", { id: String(c.id) })}
                    </Link>
                  </td>
                  <td data-label={t("dedup.size")}>{c.size}</td>
                  <td data-label={t("dedup.probability")}>{(c.max_probability * 100).toFixed(1)}%</td>
                  <td data-label={t("dedup.desa")}>{[...new Set(c.members.map((m) => m.desa))].join(", ")}</td>
                  <td data-label={t("dedup.statusColumn")}>{t(kClusterStatusLabel[c.status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > kQueuePageSize && (
        <p className="pager">
          <button
            type="button"
            className="button secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - kQueuePageSize))}
          >
            {t("dedup.previous")}
          </button>{" "}
          <span className="muted">
            {t("dedup.pageOf", {
              from: String(offset + 1),
              to: String(Math.min(offset + kQueuePageSize, total)),
              total: String(total),
            })}
          </span>{" "}
          <button
            type="button"
            className="button secondary"
            disabled={offset + kQueuePageSize >= total}
            onClick={() => setOffset(offset + kQueuePageSize)}
          >
            {t("dedup.next")}
          </button>
        </p>
      )}
    </Page>
  );
}

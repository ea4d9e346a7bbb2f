// Registry imports (the /api/imports resource): upload a file with upload progress, follow the job, cancel it,
// download templates and error reports. The job shape is `Job` in docs/openapi.yaml.
import { api, parseErrorBody, parseJsonText, ApiError } from "./api";

export const kImportKinds = ["dukcapil", "dtks", "programs", "recipients"] as const;
export type ImportKind = (typeof kImportKinds)[number];

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";

export interface ImportJob {
  id: number;
  kind: string;
  status: JobStatus;
  rows_total: number;
  rows_done: number;
  rows_errors: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  elapsed_seconds: number;
  remaining_seconds: number | null;
  cancel_requested: boolean;
  message: string;
  has_error_report: boolean;
  has_result: boolean;
  original_name: string;
}

/** One problem from an import's error report (GET /api/imports/{id}/errors?format=json). */
export interface ImportIssue {
  row: number;
  column: string;
  value: string;
  severity: "error" | "warning";
  reason: string;
  reason_en: string;
}

export interface ImportIssueSummary {
  issues: ImportIssue[];
  more: boolean;
}

/** Issues shown on the page; the full list is in the downloadable report. */
export const kSummaryIssues = 20;

/** How often a running job is asked for its progress. */
export const kPollIntervalMs = 1500;
/** Jobs shown in the recent list. */
export const kRecentJobs = 20;

/** True once a job will not change any more. */
export function isFinished(status: JobStatus): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}

/** "import.dukcapil" → "dukcapil"; other kinds unchanged. */
export function importKindOf(jobKind: string): string {
  return jobKind.startsWith("import.") ? jobKind.slice("import.".length) : jobKind;
}

/** Share of rows done, 0..1, or null while the total is unknown. */
export function jobFraction(job: Pick<ImportJob, "rows_done" | "rows_total" | "status">): number | null {
  if (job.status === "succeeded") return 1;
  if (job.rows_total <= 0) return null;
  return Math.min(1, job.rows_done / job.rows_total);
}

/** Rows a finished job stored: rows read minus rows rejected (never below 0). */
export function rowsStored(job: Pick<ImportJob, "rows_done" | "rows_errors">): number {
  return Math.max(0, job.rows_done - job.rows_errors);
}

/** "1 j 02 m 05 d" style durations: hours only when needed. `units` are the translated h/m/s suffixes. */
export function formatDuration(seconds: number, units: { h: string; m: string; s: string }): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (h > 0) return `${h} ${units.h} ${pad(m)} ${units.m} ${pad(s)} ${units.s}`;
  if (m > 0) return `${m} ${units.m} ${pad(s)} ${units.s}`;
  return `${s} ${units.s}`;
}

export function templateUrl(kind: ImportKind, format: "csv" | "xlsx"): string {
  return `/api/import-templates/${kind}?format=${format}`;
}

export function errorReportUrl(id: number, format: "csv" | "xlsx"): string {
  return `/api/imports/${id}/errors?format=${format}`;
}

/** The first issues of a finished job's error report, masked as in the file. */
export function getImportIssues(id: number, limit = kSummaryIssues): Promise<ImportIssueSummary> {
  return api.request("GET", `/api/imports/${id}/errors?format=json&limit=${limit}`);
}

export function dtksDiffUrl(id: number): string {
  return `/api/imports/${id}/dtks-diff`;
}

export function listImports(limit = kRecentJobs): Promise<{ jobs: ImportJob[] }> {
  return api.request("GET", `/api/imports?limit=${limit}`);
}

export function getImport(id: number): Promise<ImportJob> {
  return api.request("GET", `/api/imports/${id}`);
}

export function cancelImport(id: number): Promise<ImportJob> {
  return api.request("POST", `/api/imports/${id}/cancel`);
}

/**
 * Uploads `file` as the body of POST /api/imports?kind=…&filename=… with XMLHttpRequest, which (unlike fetch) reports
 * upload progress: `onProgress(sent, total)` is called as bytes leave the browser. Resolves with the queued job;
 * rejects with ApiError like the JSON client (status 0, "network", when the connection fails).
 */
export function uploadImport(
  kind: ImportKind,
  file: File,
  onProgress: (sent: number, total: number) => void,
): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ kind, filename: file.name });
    xhr.open("POST", `/api/imports?${query.toString()}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("Accept", "application/json");
    const token = api.csrfToken();
    if (token) xhr.setRequestHeader("X-CSRF-Token", token);
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, "network", "", null));
    xhr.onload = () => {
      const body = parseJsonText(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as ImportJob);
        return;
      }
      if (xhr.status === 401) api.onUnauthenticated?.();
      reject(parseErrorBody(xhr.status, body, xhr.getResponseHeader("X-Request-Id")));
    };
    xhr.send(file);
  });
}

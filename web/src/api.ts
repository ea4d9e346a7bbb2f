// The one HTTP client of the app: same-origin JSON, the session cookie travels by itself, and every write carries the
// CSRF token that login, register and /api/auth/me hand out.

/** The roles the server knows, in the order the UI lists them. */
export const kRoles = [
  "admin",
  "operator",
  "operator_desa",
  "supervisor_kabupaten",
  "admin_pemda",
  "pic_korwil",
  "warga",
] as const;
export type Role = (typeof kRoles)[number];

export type RegionLevel = "provinsi" | "kabupaten_kota" | "kecamatan" | "desa_kelurahan";

export interface RegionScope {
  code: string;
  name: string;
}

export interface Account {
  id: number | string;
  email: string;
  display_name: string;
  role: Role;
  scopes: RegionScope[];
  disabled?: boolean;
}

export interface Session {
  account: Account;
  csrf_token: string;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actor_label: string;
  action: string;
  object_type: string;
  object_id: string;
  client_address: string;
  outcome: string;
  detail: string;
}

/** A screening of a proposed list (issue 4): its background job's progress and timing with the run's outcome. */
export interface Screening {
  /** The job id. */
  id: number;
  program_code: string;
  period: string;
  list_name: string;
  /** The screening area: the program's region or the caller's region inside it. */
  region: string;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  rows_total: number;
  rows_done: number;
  /** Rows listed as broken (DATA_TIDAK_LENGKAP). */
  rows_errors: number;
  elapsed_seconds: number;
  /** Estimate; null while unknown or finished. */
  remaining_seconds: number | null;
  cancel_requested: boolean;
  message: string;
  lolos: number;
  perlu_verifikasi: number;
  ditolak: number;
  /** Rows stored (0 until it succeeded). */
  rows: number;
  data_version: string;
  created_at: string | null;
  finished_at: string | null;
  settings?: string;
}

export const kVerdicts = ["LOLOS", "PERLU_VERIFIKASI", "DITOLAK"] as const;
export type Verdict = (typeof kVerdicts)[number];

/** Screening reason codes, in the order the server gives them. */
export const kScreeningReasons = [
  "DATA_TIDAK_LENGKAP",
  "NIK_TIDAK_VALID",
  "NIK_TIDAK_DITEMUKAN",
  "NAMA_BERBEDA",
  "TANGGAL_LAHIR_BERBEDA",
  "MENINGGAL",
  "PINDAH",
  "DI_LUAR_WILAYAH",
  "GANDA_DALAM_DAFTAR",
  "SUDAH_MENERIMA",
  "MENERIMA_PROGRAM_LAIN",
  "ANGGOTA_KK_MENERIMA",
  "TERDAFTAR_DTKS",
  "TIDAK_TERDAFTAR_DTKS",
  "DESIL_DI_ATAS_BATAS",
] as const;
export type ScreeningReason = (typeof kScreeningReasons)[number];

/** One screened row (NIK and KK masked). */
export interface ScreeningRow {
  line: number;
  nik: string;
  kk: string;
  name: string;
  desa: string;
  verdict: Verdict;
  reasons: string[];
  details: string[];
  candidates: { nik: string; name: string; probability: number }[];
}

export type NotificationKind =
  | "complaint_status"
  | "complaint_new"
  | "complaint_overdue"
  | "discussion_comment"
  | "discussion_reported"
  | "system";

export interface AppNotification {
  id: number;
  kind: NotificationKind;
  /** "<type>:<id>", e.g. "complaint:42" or "discussion:7". */
  reference: string;
  title: string;
  body: string;
  created_at: string;
  read: boolean;
}

export type DiscussionKind = "complaint" | "success_story" | "failure_story" | "comment";
export type StoryKind = "success_story" | "failure_story";
export type DiscussionState = "visible" | "hidden" | "removed";
export type ModerationAction = "restore" | "remove" | "edit";

/** An item (no item_id) or a comment (item_id set). Texts are plain text: render them as text, never as HTML. */
export interface DiscussionPost {
  id: number;
  item_id?: number;
  kind: DiscussionKind;
  complaint_id?: number;
  region?: RegionScope;
  author_label: string;
  title: string;
  body: string;
  state: DiscussionState;
  moderated: boolean;
  comment_count?: number;
  open_reports?: number;
  mine: boolean;
  share_path: string;
  created_at: string;
  updated_at: string;
}

export interface DiscussionThread {
  item: DiscussionPost;
  comments: DiscussionPost[];
  may_moderate: boolean;
}

export interface DiscussionRevision {
  id: number;
  title: string;
  body: string;
  state: DiscussionState;
  action: ModerationAction;
  note: string;
  changed_by: number;
  changed_at: string;
}

/**
 * A registry dedup run (a background job of kind "dedup"): progress of its current stage, elapsed and remaining
 * time, what it found, and the settings and data version that produced it.
 */
export interface DedupRun {
  id: number;
  region: string;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  stage: string;
  done: number;
  total: number;
  elapsed_seconds: number;
  /** Estimate for the current stage; null while unknown or finished. */
  remaining_seconds: number | null;
  counts: { records: number; candidate_pairs: number; matches: number; clusters: number; dismissed_skipped: number };
  settings_digest: string;
  data_version: string;
  created_at: string;
  finished_at: string;
  cancel_requested: boolean;
  message: string;
}

/** One field's part in a pair's score: its comparison level and weight (log2 m/u). */
export interface FieldEvidence {
  field: string;
  level: number;
  label: string;
  weight: number;
  tf_adjustment: number;
}

export interface DedupPair {
  id: number;
  person_a: number;
  person_b: number;
  weight: number;
  probability: number;
  prior_weight: number;
  fields: FieldEvidence[];
}

export type DedupClusterStatus = "open" | "same" | "different" | "merged" | "superseded";

export interface DedupCluster {
  id: number;
  run_id: number;
  status: DedupClusterStatus;
  size: number;
  max_probability: number;
  members: { person_id: number; desa: string }[];
  survivor_id: number;
  decided_at: string;
  pairs?: DedupPair[];
}

/** A registry record for side-by-side review (NIK and KK masked by the server). */
export interface ReviewPerson {
  id: number;
  nik_masked: string;
  kk_masked: string;
  name: string;
  birth_place: string;
  birth_date: string;
  sex: string;
  religion: string;
  address: string;
  rt: string;
  rw: string;
  desa: string;
  life_status: string;
}

export interface DedupClusterView {
  cluster: DedupCluster;
  people: ReviewPerson[];
}

export interface DedupQueueQuery {
  region: string;
  status: DedupClusterStatus | "all";
  limit: number;
  offset: number;
}

/** One problem of a refused form, naming its field ("title", "phones[5]"), as the complaint API reports them. */
export interface FieldProblem {
  field: string;
  issue: string;
  message: string;
  message_en: string;
}

/** An error answered by the server in its one JSON shape, or a transport failure (status 0, code "network"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const kWriteMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Parses an error body of shape {"error":{code,message,request_id}}; tolerates anything else. */
export function parseErrorBody(status: number, body: unknown, headerRequestId: string | null): ApiError {
  const error =
    typeof body === "object" && body !== null && "error" in body ? (body as { error: unknown }).error : undefined;
  if (typeof error === "object" && error !== null) {
    const e = error as Record<string, unknown>;
    return new ApiError(
      status,
      typeof e.code === "string" ? e.code : "unknown",
      typeof e.message === "string" ? e.message : "",
      typeof e.request_id === "string" ? e.request_id : headerRequestId,
      Array.isArray(e.problems) ? (e.problems as FieldProblem[]) : [],
    );
  }
  return new ApiError(status, "unknown", "", headerRequestId);
}

/** The JSON value of a response body, or undefined when it is empty or not JSON. */
export function parseJsonText(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type Fetch = typeof fetch;

/** Client state: the CSRF token of the current session and what to do when the server says the session is gone. */
export class ApiClient {
  private csrfToken_: string | null = null;
  onUnauthenticated: (() => void) | null = null;

  constructor(private readonly fetch_: Fetch = (...args) => fetch(...args)) {}

  setCsrfToken(token: string | null): void {
    this.csrfToken_ = token;
  }

  /** The CSRF token of the current session (null when signed out), for writes that cannot go through request(). */
  csrfToken(): string | null {
    return this.csrfToken_;
  }

  /**
   * Sends one request and returns the parsed JSON body (undefined for 204). Throws ApiError for any non-2xx answer
   * (and calls onUnauthenticated on 401 unless `quiet401`), or ApiError(0, "network") when the server is unreachable.
   */
  async request<T>(method: string, path: string, body?: unknown, options: { quiet401?: boolean } = {}): Promise<T> {
    const payload = body === undefined ? undefined : { bytes: JSON.stringify(body), type: "application/json" };
    return this.send<T>(method, path, payload, options);
  }

  /** Like request, but sends raw bytes (a file) with their content type. */
  upload<T>(path: string, file: Blob, contentType: string): Promise<T> {
    return this.send<T>("POST", path, { bytes: file, type: contentType || "application/octet-stream" });
  }

  private async send<T>(
    method: string,
    path: string,
    payload: { bytes: BodyInit; type: string } | undefined,
    options: { quiet401?: boolean } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (payload !== undefined) headers["Content-Type"] = payload.type;
    if (kWriteMethods.has(method) && this.csrfToken_) headers["X-CSRF-Token"] = this.csrfToken_;
    let response: Response;
    try {
      response = await this.fetch_(path, {
        method,
        headers,
        credentials: "same-origin",
        body: payload?.bytes,
      });
    } catch {
      throw new ApiError(0, "network", "", null);
    }
    if (response.status === 204) return undefined as T;
    const parsed = parseJsonText(await response.text());
    if (!response.ok) {
      const error = parseErrorBody(response.status, parsed, response.headers.get("X-Request-Id"));
      if (response.status === 401 && !options.quiet401) this.onUnauthenticated?.();
      throw error;
    }
    return parsed as T;
  }

  login(email: string, password: string): Promise<Session> {
    return this.request("POST", "/api/auth/login", { email, password }, { quiet401: true });
  }
  register(email: string, password: string, display_name: string): Promise<Session> {
    return this.request("POST", "/api/auth/register", { email, password, display_name }, { quiet401: true });
  }
  me(): Promise<Session> {
    return this.request("GET", "/api/auth/me", undefined, { quiet401: true });
  }
  logout(): Promise<void> {
    return this.request("POST", "/api/auth/logout", undefined, { quiet401: true });
  }
  logoutAll(): Promise<void> {
    return this.request("POST", "/api/auth/logout-all", undefined, { quiet401: true });
  }

  /** Provinces when `parent` is omitted, else the children of `parent`. */
  regions(parent?: string): Promise<{ regions: Region[] }> {
    const query = parent ? `?parent=${encodeURIComponent(parent)}` : "";
    return this.request("GET", `/api/regions${query}`);
  }
  searchRegions(q: string): Promise<{ regions: Region[] }> {
    return this.request("GET", `/api/regions?q=${encodeURIComponent(q)}`);
  }
  region(code: string): Promise<{ region: Region; ancestors: Region[] }> {
    return this.request("GET", `/api/regions/${encodeURIComponent(code)}`);
  }

  accounts(): Promise<{ accounts: Account[] }> {
    return this.request("GET", "/api/accounts");
  }
  createAccount(input: {
    email: string;
    display_name: string;
    role: Role;
    password: string;
    scopes: string[];
  }): Promise<{ account: Account }> {
    return this.request("POST", "/api/accounts", input);
  }
  setAccountDisabled(id: Account["id"], disabled: boolean): Promise<{ account: Account }> {
    const action = disabled ? "disable" : "enable";
    return this.request("POST", `/api/accounts/${encodeURIComponent(String(id))}/${action}`);
  }

  audit(limit: number, before?: AuditEntry["id"]): Promise<{ entries: AuditEntry[] }> {
    return this.request("GET", `/api/audit?${pageQuery(limit, before)}`);
  }

  notifications(limit: number, before?: number): Promise<{ notifications: AppNotification[]; unread: number }> {
    return this.request("GET", `/api/notifications?${pageQuery(limit, before)}`);
  }
  /** The bell's count; quiet on 401 so that polling after a session ended does not redirect twice. */
  unreadNotifications(): Promise<{ unread: number }> {
    return this.request("GET", "/api/notifications/unread-count", undefined, { quiet401: true });
  }
  markNotificationRead(id: number): Promise<{ unread: number }> {
    return this.request("POST", `/api/notifications/${encodeURIComponent(String(id))}/read`);
  }
  markAllNotificationsRead(): Promise<{ marked: number; unread: number }> {
    return this.request("POST", "/api/notifications/read-all");
  }

  discussion(kind: StoryKind | "complaint" | "", limit: number, before?: number): Promise<{ items: DiscussionPost[] }> {
    const query = pageQuery(limit, before);
    return this.request("GET", `/api/discussion?${query}${kind ? `&kind=${kind}` : ""}`);
  }
  discussionThread(id: number): Promise<DiscussionThread> {
    return this.request("GET", `/api/discussion/${encodeURIComponent(String(id))}`);
  }
  createStory(input: {
    kind: StoryKind;
    title: string;
    body: string;
    region: string;
    anonymous: boolean;
  }): Promise<{ item: DiscussionPost }> {
    return this.request("POST", "/api/discussion", input);
  }
  commentOn(itemId: number, body: string): Promise<{ comment: DiscussionPost }> {
    return this.request("POST", `/api/discussion/${encodeURIComponent(String(itemId))}/comments`, { body });
  }
  reportPost(postId: number, reason: string): Promise<{ hidden: boolean }> {
    return this.request("POST", `/api/discussion/${encodeURIComponent(String(postId))}/report`, { reason });
  }
  moderationQueue(): Promise<{ posts: DiscussionPost[] }> {
    return this.request("GET", "/api/discussion/moderation");
  }
  moderatePost(
    postId: number,
    input: { action: ModerationAction; note: string; title?: string; body?: string },
  ): Promise<{ post: DiscussionPost }> {
    return this.request("POST", `/api/discussion/${encodeURIComponent(String(postId))}/moderate`, input);
  }
  postHistory(postId: number): Promise<{ revisions: DiscussionRevision[] }> {
    return this.request("GET", `/api/discussion/${encodeURIComponent(String(postId))}/history`);
  }
  startDedup(region: string): Promise<{ run: DedupRun }> {
    return this.request("POST", "/api/dedup/runs", { region });
  }
  dedupRuns(limit: number): Promise<{ runs: DedupRun[] }> {
    return this.request("GET", `/api/dedup/runs?limit=${limit}`);
  }
  dedupRun(id: number): Promise<{ run: DedupRun }> {
    return this.request("GET", `/api/dedup/runs/${id}`);
  }
  cancelDedup(id: number): Promise<{ run: DedupRun }> {
    return this.request("POST", `/api/dedup/runs/${id}/cancel`, {});
  }
  dedupQueue(query: DedupQueueQuery): Promise<{ clusters: DedupCluster[]; total: number }> {
    const params = new URLSearchParams({
      status: query.status,
      limit: String(query.limit),
      offset: String(query.offset),
    });
    if (query.region !== "") params.set("region", query.region);
    return this.request("GET", `/api/dedup/clusters?${params.toString()}`);
  }
  dedupCluster(id: number): Promise<DedupClusterView> {
    return this.request("GET", `/api/dedup/clusters/${id}`);
  }
  decideDedup(id: number, decision: "same" | "different"): Promise<DedupClusterView> {
    return this.request("POST", `/api/dedup/clusters/${id}/${decision}`, {});
  }
  mergeDedup(id: number, survivorId: number): Promise<DedupClusterView> {
    return this.request("POST", `/api/dedup/clusters/${id}/merge`, { survivor_id: survivorId });
  }
  undoDedup(id: number): Promise<DedupClusterView> {
    return this.request("POST", `/api/dedup/clusters/${id}/undo`, {});
  }
  screenings(): Promise<{ screenings: Screening[] }> {
    return this.request("GET", "/api/screenings");
  }
  /** Uploads a list file (CSV or XLSX) and starts screening it for a program and period. */
  startScreening(
    file: Blob,
    name: string,
    program: string,
    period: string,
    region?: string,
  ): Promise<{ screening: Screening }> {
    const query = new URLSearchParams({ program, period, filename: name });
    if (region) query.set("region", region);
    return this.upload(`/api/screenings?${query.toString()}`, file, file.type);
  }
  /** Screens the list of an earlier screening again (for another program or period, or after registry changes). */
  repeatScreening(
    id: Screening["id"] | string,
    program: string,
    period: string,
    region?: string,
  ): Promise<{ screening: Screening }> {
    const body = { program, period, region: region ?? "" };
    return this.request("POST", `/api/screenings/${encodeURIComponent(String(id))}/repeat`, body);
  }
  screening(id: Screening["id"] | string): Promise<{ screening: Screening }> {
    return this.request("GET", `/api/screenings/${encodeURIComponent(String(id))}`);
  }
  cancelScreening(id: Screening["id"] | string): Promise<{ screening: Screening }> {
    return this.request("POST", `/api/screenings/${encodeURIComponent(String(id))}/cancel`);
  }
  screeningRows(id: Screening["id"], filter: ScreeningRowFilter): Promise<{ rows: ScreeningRow[]; total: number }> {
    const query = new URLSearchParams({ limit: String(filter.limit), offset: String(filter.offset) });
    if (filter.verdict) query.set("verdict", filter.verdict);
    if (filter.reason) query.set("reason", filter.reason);
    return this.request("GET", `/api/screenings/${encodeURIComponent(String(id))}/rows?${query.toString()}`);
  }
}

/** "limit=N" plus "&before=ID" when paging back. */
export function pageQuery(limit: number, before?: number | string): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== undefined) query.set("before", String(before));
  return query.toString();
}

export interface ScreeningRowFilter {
  verdict?: Verdict | "";
  reason?: ScreeningReason | "";
  limit: number;
  offset: number;
}

/** Address of a screening's result download (the browser fetches it with the session cookie). */
export function screeningDownloadUrl(id: Screening["id"], format: "csv" | "xlsx"): string {
  return `/api/screenings/${encodeURIComponent(String(id))}/download?format=${format}`;
}

/** The app's client (one per page load). */
export const api = new ApiClient();

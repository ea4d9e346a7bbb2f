// The officials' complaint dashboard and export (issue 5 item 8): the server's figures as typed data, and the pure
// helpers the dashboard page uses to show them (shares, working durations, bar widths, export links).
import { api } from "./api";
import { filterQuery, type ComplaintFilters, type ComplaintStatus } from "./complaintsApi";

export interface NamedCount {
  count: number;
  name: string;
}

export interface PemdaFigures {
  region: string;
  name: string;
  complaints: number;
  forwarded: number;
  marked_no_response: number;
  no_response_share: number;
  first_response_late: number;
}

/** GET /api/complaints/dashboard, as the server sends it (times in working seconds). */
export interface ComplaintDashboard {
  computed_at: number;
  total: number;
  by_status: { status: ComplaintStatus; label: string; count: number }[];
  by_topic: (NamedCount & { id: number })[];
  by_region: (NamedCount & { region: string })[];
  by_program: (NamedCount & { id: number | null })[];
  first_response: {
    target_working_seconds: number;
    answered: number;
    answered_on_time: number;
    unanswered_late: number;
    share_within_target: number | null;
    median_working_seconds: number | null;
  };
  resolution: { resolved: number; median_working_seconds: number | null };
  pemda: PemdaFigures[];
}

/** The filters the dashboard and the export take: the list's, without paging. */
export function withoutPaging(filters: ComplaintFilters): ComplaintFilters {
  const { page: _page, page_size: _size, ...rest } = filters;
  return rest;
}

export const dashboardApi = {
  get(filters: ComplaintFilters): Promise<ComplaintDashboard> {
    return api.request("GET", `/api/complaints/dashboard${filterQuery(withoutPaging(filters))}`);
  },
};

/** The address of the CSV or XLSX export of the filtered list (a plain link: the session cookie goes along). */
export function exportUrl(format: "csv" | "xlsx", filters: ComplaintFilters): string {
  const query = filterQuery(withoutPaging(filters));
  return `/api/complaints/export?format=${format}${query === "" ? "" : `&${query.slice(1)}`}`;
}

/** A share 0..1 as a whole percentage ("40%"), "–" when there is none. */
export function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

const kSecondsPerHour = 3600;
const kHoursPerDay = 24;

/**
 * A working duration for display: whole hours under a day ({unit: "hours", value: "5"}), days with one decimal
 * otherwise ({unit: "days", value: "2.5"}, the decimal mark of `lang`); null when there is none.
 */
export function workingDuration(seconds: number | null, lang: string): { unit: "hours" | "days"; value: string } | null {
  if (seconds === null) return null;
  const hours = seconds / kSecondsPerHour;
  if (hours < kHoursPerDay) return { unit: "hours", value: String(Math.round(hours)) };
  const days = (hours / kHoursPerDay).toLocaleString(lang === "id" ? "id-ID" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return { unit: "days", value: days };
}

/** The width of a bar for `count` when the longest bar is `max`, as a CSS percentage (at least 1% when not 0). */
export function barWidth(count: number, max: number): string {
  if (max <= 0 || count <= 0) return "0%";
  return `${Math.max(1, Math.round((count / max) * 100))}%`;
}

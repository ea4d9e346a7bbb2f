// The complaint (keluhan) part of the API: types as the server sends them and one function per endpoint.
import { api } from "./api";
import type { Aid, DtksEntry, Household, PersonDetail, PersonSummary } from "./registry";

export const kStatuses = ["BARU", "DITERUSKAN", "DITINDAKLANJUTI", "SELESAI", "TIDAK_ADA_RESPON"] as const;
export type ComplaintStatus = (typeof kStatuses)[number];
export const kChannels = ["ONLINE", "LISAN", "TELEPON", "SURAT", "KOTAK_SARAN", "MEDIA_SOSIAL"] as const;
export type ComplaintChannel = (typeof kChannels)[number];
export type ComplaintAction = "forward" | "respond" | "close" | "comment" | "reopen";

/** Largest attachment the server accepts (2 MB); the form checks it before uploading. */
export const kMaxAttachmentBytes = 2 * 1024 * 1024;
/** At most this many phone numbers per complaint. */
export const kMaxPhones = 5;
/** The file types the server accepts (it checks the content, not the name). */
export const kAttachmentAccept = "image/jpeg,image/png,application/pdf";

export interface Topic {
  id: number;
  name: string;
  active: boolean;
}

/** The fields a complaint has both as sent by the form and as the server returns it. */
interface ComplaintFields {
  region: string;
  topic_id: number;
  title: string;
  message: string;
  source: string;
  show_profile: boolean;
  rahasia: boolean;
  reporter_name: string;
  beneficiary_niks: string[];
  phones: string[];
  channel: ComplaintChannel;
}

export interface ComplaintDraft extends ComplaintFields {
  program_id?: number | null;
  reporter_nik: string;
}

/** A complaint as the server returns it: redacted to what the caller may see. */
export interface Complaint extends ComplaintFields {
  id: number;
  tracking_number: string;
  region_name?: string;
  topic_name?: string;
  reporter_nik?: string;
  status: ComplaintStatus;
  status_label: string;
  created_at: string;
  forwarded_at?: string;
  first_response_at?: string;
  closed_at?: string;
}

export interface ComplaintComment {
  id: number;
  author_label: string;
  author_account_id?: number;
  at: string;
  text: string;
  status_from?: ComplaintStatus;
  status_to?: ComplaintStatus;
  edited: boolean;
  deleted: boolean;
  history: { text: string; replaced_at: string }[];
}

export interface ComplaintAttachment {
  id: number;
  name: string;
  content_type: string;
  size_bytes: number;
  uploaded_at: string;
  url: string;
}

export interface ComplaintView {
  complaint: Complaint;
  visibility: "public" | "masked" | "full";
  comments: ComplaintComment[];
  attachments: ComplaintAttachment[];
  allowed_actions: ComplaintAction[];
  can_attach: boolean;
}

/** One screened proposal naming the NIK. */
export interface ScreeningMention {
  run_id: number;
  program_code: string;
  program_name: string;
  period: string;
  list_name: string;
  screened_at: string;
  verdict: string;
  reasons: string[];
  details: string;
}

/** What the data says about one NIK of a complaint. */
export interface ComplaintNikAnswer {
  role: "reporter" | "beneficiary";
  standing: "found" | "not_found" | "outside_regions";
  nik: string;
  registered_kabupaten: string | null;
  person: PersonSummary | null;
  life: PersonDetail["life"] | null;
  household: Household | null;
  latest_dtks: DtksEntry | null;
  aid: Aid[];
  family_receiving: { member: PersonSummary; aid: Aid[] }[];
  screenings: ScreeningMention[];
}

export interface ComplaintRegistry {
  complaint_id: number;
  nik_masked: boolean;
  niks: ComplaintNikAnswer[];
}

export interface ComplaintPage {
  items: Complaint[];
  total: number;
  page: number;
  page_size: number;
}

/** Filters of the lists; empty values are left out of the query. */
export interface ComplaintFilters {
  status?: string;
  topic?: string;
  region?: string;
  q?: string;
  from?: string;
  until?: string;
  page?: number;
  page_size?: number;
}

/** Which list: the officials' (scoped), the public one, or the caller's own. */
export type ComplaintListKind = "officials" | "public" | "mine";

const kListPaths: Record<ComplaintListKind, string> = {
  officials: "/api/complaints",
  public: "/api/complaints/public",
  mine: "/api/complaints/mine",
};

/** The query string of `filters` ("" when none is set), e.g. "?status=BARU&page=2". */
export function filterQuery(filters: ComplaintFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "" && value !== null) query.set(key, String(value));
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** A program a complaint may name (public data). */
export interface Program {
  id: number;
  code: string;
  name: string;
  kind: string;
  agency: string;
  region: string;
  region_name: string;
}

export const complaintsApi = {
  topics(): Promise<{ topics: Topic[] }> {
    return api.request("GET", "/api/complaint-topics");
  },
  /** Programs that fit a complaint about `region` (province or kabupaten/kota code). */
  programs(region: string): Promise<{ programs: Program[] }> {
    return api.request("GET", `/api/programs${filterQuery({ region })}`);
  },
  /** What the registry and screening say about each NIK of the complaint (officials; audited). */
  registry(id: number): Promise<ComplaintRegistry> {
    return api.request("GET", `/api/complaints/${id}/registry`);
  },
  file(draft: ComplaintDraft): Promise<{ complaint: Complaint }> {
    return api.request("POST", "/api/complaints", draft);
  },
  get(id: number | string): Promise<ComplaintView> {
    return api.request("GET", `/api/complaints/${encodeURIComponent(String(id))}`);
  },
  track(trackingNumber: string): Promise<ComplaintView> {
    return api.request("GET", `/api/complaints/track/${encodeURIComponent(trackingNumber)}`);
  },
  list(kind: ComplaintListKind, filters: ComplaintFilters): Promise<ComplaintPage> {
    return api.request("GET", `${kListPaths[kind]}${filterQuery(filters)}`);
  },
  act(id: number, action: ComplaintAction, message: string): Promise<ComplaintView> {
    return api.request("POST", `/api/complaints/${id}/actions`, { action, message });
  },
  editComment(id: number, text: string): Promise<{ comment: ComplaintComment }> {
    return api.request("PUT", `/api/complaint-comments/${id}`, { text });
  },
  deleteComment(id: number): Promise<{ comment: ComplaintComment }> {
    return api.request("DELETE", `/api/complaint-comments/${id}`);
  },
  attach(id: number, file: File): Promise<{ attachment: ComplaintAttachment }> {
    return api.upload(`/api/complaints/${id}/attachments?name=${encodeURIComponent(file.name)}`, file, file.type);
  },
};

/** Files over the 2 MB limit, checked in the browser before anything is uploaded. */
export function oversizedFiles(files: readonly File[]): File[] {
  return files.filter((file) => file.size > kMaxAttachmentBytes);
}

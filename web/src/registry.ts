// Registry look-ups (POST /api/people/search, GET /api/people/{id}, GET /api/households/{id}): types, calls and the
// small pure helpers the pages share. A NIK is only ever sent in a POST body, never put in the address bar.
import { api } from "./api";

export interface RegionRef {
  code: string;
  name: string;
}

export type LifeStatus = "HIDUP" | "MENINGGAL" | "PINDAH";

export interface PersonSummary {
  id: number;
  nik: string;
  name: string;
  birth_date: string;
  sex: "L" | "P";
  relation: string;
  desa: RegionRef;
  life_status: LifeStatus;
}

export interface PersonDetail extends PersonSummary {
  kk: string;
  birth_place: string;
  religion: string | null;
  address: string;
  rt: string;
  rw: string;
  life: { status: LifeStatus; since: string | null; source: string };
}

export interface Household {
  id: number;
  kk: string;
  desa: RegionRef;
  head_person_id: number;
  members: PersonSummary[];
}

export interface DtksEntry {
  dtks_id: string;
  kk: string;
  nik: string | null;
  decile: number;
  round: string;
  status: "AKTIF" | "NONAKTIF";
}

export interface Aid {
  program_code: string;
  program_name: string;
  program_kind: string | null;
  period: string;
  stage: "PENETAPAN" | "REALISASI";
  name: string;
  desa: RegionRef;
  amount_rupiah: number | null;
  goods: string;
  received_on: string | null;
  decree_number: string;
}

export interface Change {
  id: number;
  entity: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  job_id: number;
  user_id: number;
  at: string;
}

export interface PeopleSearchResult {
  people: PersonSummary[];
  by_nik: boolean;
  more: boolean;
  nik_masked: boolean;
}

export interface PersonResponse {
  person: PersonDetail;
  nik_masked: boolean;
  household: Household | null;
  dtks: DtksEntry[];
  aid: Aid[];
  history: Change[];
}

export interface HouseholdResponse {
  household: Household;
  nik_masked: boolean;
  dtks: DtksEntry[];
  history: Change[];
}

/** Rows per page of a name search. */
export const kPeoplePageSize = 20;
/** Fewest letters of a name search (the server refuses fewer). */
export const kMinNameLength = 3;

/** What the single search box holds: a NIK (16 digits once spaces, dots and dashes are removed) or a name. */
export type SearchInput = { kind: "nik"; nik: string } | { kind: "name"; name: string } | { kind: "tooShort" };

/** Classifies the search box text. Digits-only input that is not 16 long still counts as a NIK (the server names the error). */
export function classifySearch(text: string): SearchInput {
  const trimmed = text.trim().replace(/^'/, "");
  const digits = trimmed.replace(/[\s.\-]/g, "");
  if (digits !== "" && /^\d+$/.test(digits)) return { kind: "nik", nik: digits };
  if (trimmed.length < kMinNameLength) return { kind: "tooShort" };
  return { kind: "name", name: trimmed };
}

/** "Rp300.000" style amount in Indonesian grouping, or "" for null. */
export function formatRupiah(amount: number | null, locale: string): string {
  if (amount === null) return "";
  return new Intl.NumberFormat(locale, { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(amount);
}

export function searchPeople(query: {
  nik?: string;
  name?: string;
  region?: string;
  limit?: number;
  offset?: number;
}): Promise<PeopleSearchResult> {
  return api.request("POST", "/api/people/search", query);
}

export function getPerson(id: number | string): Promise<PersonResponse> {
  return api.request("GET", `/api/people/${encodeURIComponent(String(id))}`);
}

export function getHousehold(id: number | string): Promise<HouseholdResponse> {
  return api.request("GET", `/api/households/${encodeURIComponent(String(id))}`);
}

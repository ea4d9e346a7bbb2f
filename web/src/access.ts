import { kRoles, type Role } from "./api";
import type { MessageKey } from "./i18n/id";

// What each role may open in the UI. The server enforces the same rules on every request; this table only decides
// what the navigation offers, so nobody is shown a page that would answer 403.

/** A page of the app that appears in the navigation. */
export type NavItemId =
  | "home"
  | "complaints"
  | "regions"
  | "discussion"
  | "people"
  | "imports"
  | "screening"
  | "dedup"
  | "moderation"
  | "notifications"
  | "accounts"
  | "audit"
  | "login"
  | "register";

export interface NavItem {
  id: NavItemId;
  path: string;
  label: MessageKey;
}

export const kNavItems: Record<NavItemId, NavItem> = {
  home: { id: "home", path: "/", label: "nav.home" },
  complaints: { id: "complaints", path: "/keluhan", label: "nav.complaints" },
  regions: { id: "regions", path: "/wilayah", label: "nav.regions" },
  people: { id: "people", path: "/penduduk", label: "nav.people" },
  discussion: { id: "discussion", path: "/diskusi", label: "nav.discussion" },
  screening: { id: "screening", path: "/pemadanan", label: "nav.screening" },
  moderation: { id: "moderation", path: "/moderasi", label: "nav.moderation" },
  notifications: { id: "notifications", path: "/notifikasi", label: "nav.notifications" },
  imports: { id: "imports", path: "/impor", label: "nav.imports" },
  dedup: { id: "dedup", path: "/data-ganda", label: "nav.dedup" },
  accounts: { id: "accounts", path: "/akun", label: "nav.accounts" },
  audit: { id: "audit", path: "/log-audit", label: "nav.audit" },
  login: { id: "login", path: "/masuk", label: "nav.login" },
  register: { id: "register", path: "/daftar", label: "nav.register" },
};

const kAdminOnly: readonly NavItemId[] = ["accounts", "audit"];
/** Roles that screen proposed lists (the server's rule for /api/screenings). */
const kScreeningRoles: readonly Role[] = ["admin", "operator", "supervisor_kabupaten", "operator_desa"];
/** Registry deduplication review: the walidata (operator) and admins. */
const kDedupRoles: readonly (Role | null)[] = ["admin", "operator"];
/** Roles that moderate the discussion (the server also checks the post's region for the PIC Korwil). */
const kModerators: readonly (Role | null)[] = ["admin", "pic_korwil"];
/** Pages anyone may open, guests included. */
const kPublicPages: readonly NavItemId[] = ["login", "register", "regions", "discussion", "complaints"];

/** Roles that may look people up in the registry (the server's RegistryAccessFor: every official, not citizens). */
export const kRegistryRoles: readonly Role[] = kRoles.filter((role) => role !== "warga");

/** Roles that import registry files (the server's /api/imports rule: walidata and admin). */
export const kImportRoles: readonly Role[] = ["operator", "admin"];

/** Returns the navigation items, in order, for a signed-in role, or for a guest when `role` is null. */
export function navItemsFor(role: Role | null): NavItem[] {
  if (role === null) {
    return [kNavItems.complaints, kNavItems.regions, kNavItems.discussion, kNavItems.login, kNavItems.register];
  }
  const ids: NavItemId[] = ["home", "complaints", "regions", "discussion"];
  if (kRegistryRoles.includes(role)) ids.push("people");
  if (kImportRoles.includes(role)) ids.push("imports");
  if (kScreeningRoles.includes(role)) ids.push("screening");
  if (kDedupRoles.includes(role)) ids.push("dedup");
  if (kModerators.includes(role)) ids.push("moderation");
  if (role === "admin") ids.push(...kAdminOnly);
  return ids.map((id) => kNavItems[id]);
}

/** Returns true when `role` (null = guest) may open the page `id`. */
export function mayOpen(role: Role | null, id: NavItemId): boolean {
  if (kPublicPages.includes(id)) return true;
  if (role === null) return false;
  if (kAdminOnly.includes(id)) return role === "admin";
  if (id === "people") return kRegistryRoles.includes(role);
  if (id === "moderation") return kModerators.includes(role);
  if (id === "imports") return kImportRoles.includes(role);
  if (id === "screening") return kScreeningRoles.includes(role);
  if (id === "dedup") return kDedupRoles.includes(role);
  return true;
}

import type { Role } from "./api";
import type { MessageKey } from "./i18n/id";

// What each role may open in the UI. The server enforces the same rules on every request; this table only decides
// what the navigation offers, so nobody is shown a page that would answer 403.

/** A page of the app that appears in the navigation. */
export type NavItemId = "home" | "regions" | "screening" | "accounts" | "audit" | "login" | "register";

export interface NavItem {
  id: NavItemId;
  path: string;
  label: MessageKey;
}

export const kNavItems: Record<NavItemId, NavItem> = {
  home: { id: "home", path: "/", label: "nav.home" },
  regions: { id: "regions", path: "/wilayah", label: "nav.regions" },
  screening: { id: "screening", path: "/pemadanan", label: "nav.screening" },
  accounts: { id: "accounts", path: "/akun", label: "nav.accounts" },
  audit: { id: "audit", path: "/log-audit", label: "nav.audit" },
  login: { id: "login", path: "/masuk", label: "nav.login" },
  register: { id: "register", path: "/daftar", label: "nav.register" },
};

const kAdminOnly: readonly NavItemId[] = ["accounts", "audit"];
/** Roles that screen proposed lists (the server's rule for /api/screenings). */
const kScreeningRoles: readonly Role[] = ["admin", "operator", "supervisor_kabupaten"];

/** Returns the navigation items, in order, for a signed-in role, or for a guest when `role` is null. */
export function navItemsFor(role: Role | null): NavItem[] {
  if (role === null) return [kNavItems.regions, kNavItems.login, kNavItems.register];
  const ids: NavItemId[] = ["home", "regions"];
  if (kScreeningRoles.includes(role)) ids.push("screening");
  if (role === "admin") ids.push(...kAdminOnly);
  return ids.map((id) => kNavItems[id]);
}

/** Returns true when `role` (null = guest) may open the page `id`. */
export function mayOpen(role: Role | null, id: NavItemId): boolean {
  if (id === "login" || id === "register" || id === "regions") return true;
  if (role === null) return false;
  if (kAdminOnly.includes(id)) return role === "admin";
  if (id === "screening") return kScreeningRoles.includes(role);
  return true;
}

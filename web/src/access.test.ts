import { describe, expect, it } from "vitest";
import { kRoles, type Role } from "./api";
import { mayOpen, navItemsFor, type NavItemId } from "./access";

const kExpected: Record<Role, NavItemId[]> = {
  admin: ["home", "regions", "screening", "accounts", "audit"],
  operator: ["home", "regions", "screening"],
  operator_desa: ["home", "regions"],
  supervisor_kabupaten: ["home", "regions", "screening"],
  admin_pemda: ["home", "regions"],
  pic_korwil: ["home", "regions"],
  warga: ["home", "regions"],
};

describe("navItemsFor", () => {
  it.each(kRoles)("%s sees exactly its allowed items", (role) => {
    expect(navItemsFor(role).map((item) => item.id)).toEqual(kExpected[role]);
  });

  it("offers a guest the regions, login and register", () => {
    expect(navItemsFor(null).map((item) => item.id)).toEqual(["regions", "login", "register"]);
  });

  it.each(kRoles)("%s may open every item it is shown", (role) => {
    for (const item of navItemsFor(role)) expect(mayOpen(role, item.id)).toBe(true);
  });
});

describe("mayOpen", () => {
  it("keeps accounts and audit for admin only", () => {
    for (const role of kRoles) {
      expect(mayOpen(role, "accounts")).toBe(role === "admin");
      expect(mayOpen(role, "audit")).toBe(role === "admin");
    }
    expect(mayOpen(null, "accounts")).toBe(false);
  });

  it("offers screening to admin, operators and district supervisors only", () => {
    for (const role of kRoles) {
      expect(mayOpen(role, "screening")).toBe(["admin", "operator", "supervisor_kabupaten"].includes(role));
    }
    expect(mayOpen(null, "screening")).toBe(false);
  });

  it("lets guests browse regions but not home", () => {
    expect(mayOpen(null, "regions")).toBe(true);
    expect(mayOpen(null, "home")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { kRoles, type Role } from "./api";
import { mayOpen, navItemsFor, type NavItemId } from "./access";

const kExpected: Record<Role, NavItemId[]> = {
  admin: ["home", "complaints", "regions", "accounts", "audit"],
  operator: ["home", "complaints", "regions"],
  operator_desa: ["home", "complaints", "regions"],
  supervisor_kabupaten: ["home", "complaints", "regions"],
  admin_pemda: ["home", "complaints", "regions"],
  pic_korwil: ["home", "complaints", "regions"],
  warga: ["home", "complaints", "regions"],
};

describe("navItemsFor", () => {
  it.each(kRoles)("%s sees exactly its allowed items", (role) => {
    expect(navItemsFor(role).map((item) => item.id)).toEqual(kExpected[role]);
  });

  it("offers a guest the complaints, regions, login and register", () => {
    expect(navItemsFor(null).map((item) => item.id)).toEqual(["complaints", "regions", "login", "register"]);
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

  it("lets guests browse regions but not home", () => {
    expect(mayOpen(null, "regions")).toBe(true);
    expect(mayOpen(null, "home")).toBe(false);
  });
});

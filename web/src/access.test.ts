import { describe, expect, it } from "vitest";
import { kRoles, type Role } from "./api";
import { mayOpen, navItemsFor, type NavItemId } from "./access";

const kExpected: Record<Role, NavItemId[]> = {
  admin: ["home", "complaints", "regions", "discussion", "people", "imports", "screening", "dedup", "moderation", "accounts", "audit"],
  operator: ["home", "complaints", "regions", "discussion", "people", "imports", "screening", "dedup"],
  operator_desa: ["home", "complaints", "regions", "discussion", "people", "screening"],
  supervisor_kabupaten: ["home", "complaints", "regions", "discussion", "people", "screening"],
  admin_pemda: ["home", "complaints", "regions", "discussion", "people"],
  pic_korwil: ["home", "complaints", "regions", "discussion", "people", "moderation"],
  warga: ["home", "complaints", "regions", "discussion"],
};

describe("navItemsFor", () => {
  it.each(kRoles)("%s sees exactly its allowed items", (role) => {
    expect(navItemsFor(role).map((item) => item.id)).toEqual(kExpected[role]);
  });

  it("offers a guest the complaints, regions, discussion, login and register", () => {
    expect(navItemsFor(null).map((item) => item.id)).toEqual(["complaints", "regions", "discussion", "login", "register"]);
  });

  it.each(kRoles)("%s may open every item it is shown", (role) => {
    for (const item of navItemsFor(role)) expect(mayOpen(role, item.id)).toBe(true);
  });
});

describe("mayOpen", () => {
  it("keeps the dedup review for admins and operators", () => {
    for (const role of kRoles) expect(mayOpen(role, "dedup")).toBe(role === "admin" || role === "operator");
    expect(mayOpen(null, "dedup")).toBe(false);
  });

  it("keeps accounts and audit for admin only", () => {
    for (const role of kRoles) {
      expect(mayOpen(role, "accounts")).toBe(role === "admin");
      expect(mayOpen(role, "audit")).toBe(role === "admin");
    }
    expect(mayOpen(null, "accounts")).toBe(false);
  });

  it("keeps the registry look-ups for officials", () => {
    for (const role of kRoles) expect(mayOpen(role, "people")).toBe(role !== "warga");
    expect(mayOpen(null, "people")).toBe(false);
  });

  it("keeps imports for walidata and admin", () => {
    for (const role of kRoles) expect(mayOpen(role, "imports")).toBe(role === "operator" || role === "admin");
    expect(mayOpen(null, "imports")).toBe(false);
  });

  it("offers screening to admin, operators (district and village) and district supervisors only", () => {
    for (const role of kRoles) {
      const screens = ["admin", "operator", "supervisor_kabupaten", "operator_desa"].includes(role);
      expect(mayOpen(role, "screening")).toBe(screens);
    }
    expect(mayOpen(null, "screening")).toBe(false);
  });

  it("lets guests browse regions but not home", () => {
    expect(mayOpen(null, "regions")).toBe(true);
    expect(mayOpen(null, "home")).toBe(false);
  });
});

describe("discussion and notifications", () => {
  it("lets everyone read the discussion and only moderators open the queue", () => {
    expect(mayOpen(null, "discussion")).toBe(true);
    for (const role of kRoles) {
      expect(mayOpen(role, "discussion")).toBe(true);
      expect(mayOpen(role, "moderation")).toBe(role === "admin" || role === "pic_korwil");
      expect(mayOpen(role, "notifications")).toBe(true);
    }
    expect(mayOpen(null, "moderation")).toBe(false);
    expect(mayOpen(null, "notifications")).toBe(false);
  });
});

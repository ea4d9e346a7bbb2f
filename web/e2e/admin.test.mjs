// The admin's pages: accounts (list, create, disable, enable) and the audit log.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  assertNoPageErrors,
  demoEmail,
  kBaseUrl,
  kRoles,
  loginAs,
  openPage,
  screenshot,
  useBrowser,
} from "./support.mjs";

/** Entries per audit page (web/src/pages/AuditPage.tsx). */
const kAuditPageSize = 50;

const browser = useBrowser();

describe("admin", () => {
  it("lists the demo accounts, creates an official's account, disables and re-enables it", async () => {
    const { context, page } = await openPage(browser());
    page.on("dialog", (dialog) => dialog.accept());
    try {
      await loginAs(page, "admin");
      await page.getByTestId("main-nav").locator("[data-nav=accounts]").click();
      await page.getByTestId("page-accounts").waitFor();
      await page.getByTestId("account-list").waitFor();
      const emails = await page.getByTestId("account-row").evaluateAll((rows) => rows.map((r) => r.dataset.email));
      for (const { role } of kRoles) assert.ok(emails.includes(demoEmail(role)), `${demoEmail(role)} is listed`);

      const email = `e2e-${Date.now()}@example.test`;
      const form = page.getByTestId("account-create");
      await form.getByLabel("Email").fill(email);
      await form.getByLabel("Nama").fill("Petugas Uji");
      await form.getByLabel("Peran").selectOption("operator");
      await form.getByLabel("Kode wilayah tugas").fill("35.10");
      await form.getByLabel("Kata sandi awal").fill("kalimat panjang untuk uji e2e");
      await form.getByRole("button", { name: "Buat akun" }).click();
      const row = page.locator(`[data-testid=account-row][data-email="${email}"]`);
      await row.waitFor();
      assert.match(await row.textContent(), /Kabupaten Banyuwangi|35\.10/i);

      await row.getByRole("button", { name: "Nonaktifkan" }).click();
      await row.getByText("Nonaktif", { exact: true }).waitFor();
      await screenshot(page, "accounts-disabled-row");
      await row.getByRole("button", { name: "Aktifkan" }).click();
      await row.getByText("Aktif", { exact: true }).waitFor();
      await screenshot(page, "accounts");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("pages through the audit log: 50 newest, then older ones without repeats", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "admin");
      // Every account listing is audited: make sure there are more entries than one page holds.
      for (let i = 0; i < kAuditPageSize + 5; ++i) {
        const response = await page.request.get(`${kBaseUrl}/api/accounts`);
        assert.equal(response.status(), 200);
      }
      await page.getByTestId("main-nav").locator("[data-nav=audit]").click();
      await page.getByTestId("page-audit").waitFor();
      await page.getByTestId("audit-row").first().waitFor();
      assert.equal(await page.getByTestId("audit-row").count(), kAuditPageSize);
      await screenshot(page, "audit");

      await page.getByTestId("audit-more").click();
      await page.waitForFunction((n) => document.querySelectorAll("[data-testid=audit-row]").length > n, kAuditPageSize);
      const ids = await page.getByTestId("audit-row").evaluateAll((rows) => rows.map((r) => r.dataset.id));
      assert.equal(new Set(ids).size, ids.length, "no entry appears twice");
      const numeric = ids.map(Number);
      assert.deepEqual(numeric, [...numeric].sort((a, b) => b - a), "newest first across pages");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

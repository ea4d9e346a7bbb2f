// The officials' complaint dashboard (issue 5 item 8) on a 360 px phone: Indonesian first, then English; the
// figures load for the Pemda's region, nothing overflows sideways, and the export links download the filtered list.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, goto, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

const browser = useBrowser();

const contentWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);
const heading = (page) => page.getByRole("heading", { level: 1 }).textContent();

describe("complaint dashboard", () => {
  it("shows the Pemda's figures on a phone, in Indonesian and English, with working export links", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "admin_pemda");
      // A complaint in the Pemda's region, so every section has a row.
      const filed = await page.evaluate(async () => {
        const me = await (await fetch("/api/auth/me")).json();
        const response = await fetch("/api/complaints", {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrf_token },
          body: JSON.stringify({ region: "35.10", topic_id: 4, title: "Jumlah beras kurang", message: "Hanya 5 kg." }),
        });
        return response.status;
      });
      assert.equal(filed, 201);

      await goto(page, "/keluhan");
      await page.getByTestId("complaints-dashboard").click();
      await page.getByTestId("page-complaint-dashboard").waitFor();
      await page.getByTestId("dashboard-total").waitFor();
      assert.equal(await heading(page), "Dasbor keluhan");
      assert.ok(Number(await page.locator("[data-testid=dashboard-total] .stat-value").textContent()) >= 1);
      const pemdaRows = page.getByTestId("dashboard-pemda-row");
      assert.deepEqual(
        await pemdaRows.evaluateAll((rows) => rows.map((r) => r.dataset.region)),
        ["35.10"],
        "the Pemda of Banyuwangi sees its own region only",
      );
      assert.ok((await contentWidth(page)) <= kPhone.width, "the dashboard fits 360 px");
      await screenshot(page, "phone-complaint-dashboard-id");

      const csvHref = await page.getByTestId("dashboard-export-csv").getAttribute("href");
      assert.equal(csvHref, "/api/complaints/export?format=csv");
      const download = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
      }, csvHref);
      assert.equal(download.status, 200);
      assert.equal(download.type, "text/csv; charset=utf-8");
      assert.ok(download.text.includes("Jumlah beras kurang"));

      await page.getByTestId("dashboard-from").fill("2000-01-01");
      assert.equal(
        await page.getByTestId("dashboard-export-xlsx").getAttribute("href"),
        "/api/complaints/export?format=xlsx&from=2000-01-01",
      );

      await page.getByTestId("menu-button").click();  // on a phone the language switch is in the menu
      await page.getByTestId("lang-switch").click();
      assert.equal(await heading(page), "Complaint dashboard");
      await page.getByTestId("dashboard-total").waitFor();
      assert.ok((await contentWidth(page)) <= kPhone.width, "the English dashboard fits 360 px");
      await screenshot(page, "phone-complaint-dashboard-en");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("is refused to a citizen", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "warga");
      await goto(page, "/keluhan/dasbor");
      await page.getByTestId("page-forbidden").waitFor();
    } finally {
      await context.close();
    }
  });
});

// Pemadanan (registry deduplication): the walidata starts a run for Banyuwangi, watches it finish, opens a group from
// the review queue, reads the explanation waterfall, merges the records, undoes the merge, and marks another group as
// different people. Needs the sample people of `tepat demo seed --sample-people` (scripts/test-web.sh adds them).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, goto, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

/** A dedup run of the sample people takes well under this, even on a busy machine. */
const kRunTimeoutMs = 120_000;

const browser = useBrowser();

describe("pemadanan", () => {
  it("runs deduplication, explains a group, merges, undoes and dismisses", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "operator");
      await page.getByTestId("main-nav").locator("[data-nav=dedup]").click();
      await page.getByTestId("page-dedup").waitFor();
      assert.equal(await page.getByTestId("dedup-region").inputValue(), "35.10", "the operator's region is offered");
      await page.getByTestId("dedup-start").click();
      await page.locator("[data-testid=dedup-run][data-status=succeeded]").waitFor({ timeout: kRunTimeoutMs });
      assert.match(await page.getByTestId("dedup-run-counts").textContent(), /kelompok untuk diperiksa/);
      await page.getByTestId("dedup-queue-row").first().waitFor();
      const groups = await page.getByTestId("dedup-queue-row").count();
      assert.ok(groups >= 2, `at least two groups to review, got ${groups}`);
      await screenshot(page, "dedup-queue");

      await page.getByTestId("dedup-open").first().click();
      await page.getByTestId("page-dedup-cluster").waitFor();
      assert.equal(await page.getByTestId("dedup-person").count(), 2, "two records side by side");
      const waterfall = page.getByTestId("waterfall").first();
      await waterfall.waitFor();
      const fields = await waterfall.getByTestId("waterfall-row").evaluateAll((rows) => rows.map((r) => r.dataset.field));
      assert.deepEqual(fields.slice(0, 2), ["prior", "nik"], "the waterfall starts at the prior, then each field");
      assert.ok(fields.includes("nama") && fields.includes("tanggal_lahir"));
      assert.match(await waterfall.getByTestId("waterfall-total").textContent(), /Total/);
      await screenshot(page, "dedup-cluster");

      await page.getByTestId("dedup-merge-button").click();
      await page.locator("[data-testid=dedup-cluster-status][data-status=merged]").waitFor();
      await page.getByText("dipertahankan", { exact: true }).waitFor();
      await page.getByTestId("dedup-undo").click();
      await page.locator("[data-testid=dedup-cluster-status][data-status=same]").waitFor();

      await goto(page, "/pemadanan");
      await page.getByTestId("dedup-queue-row").first().waitFor();
      await page.getByTestId("dedup-open").first().click();
      await page.getByTestId("dedup-different").click();
      await page.locator("[data-testid=dedup-cluster-status][data-status=different]").waitFor();
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("shows a group readably on a phone", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "admin");
      await goto(page, "/pemadanan");
      await page.getByTestId("page-dedup").waitFor();
      await page.getByTestId("dedup-filter").selectOption("all");
      await page.getByTestId("dedup-queue-row").first().waitFor();
      await page.getByTestId("dedup-open").first().click();
      await page.getByTestId("waterfall").first().waitFor();
      await screenshot(page, "dedup-cluster-phone");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("is not offered to a village operator", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "operator_desa");
      await goto(page, "/pemadanan");
      await page.getByTestId("page-forbidden").waitFor();
    } finally {
      await context.close();
    }
  });
});

// Pemadanan (registry deduplication): the walidata starts a run for Banyuwangi, watches it finish, opens a group from
// the review queue, reads the explanation waterfall, merges the records, undoes the merge, and marks another group as
// different people. Needs the sample people of `tepat demo seed --sample-people` (scripts/test-web.sh adds them).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, goto, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

/** A dedup run of the sample people takes well under this, even on a busy machine. */
const kRunTimeoutMs = 120_000;

const browser = useBrowser();

describe("registry duplicates (data ganda)", () => {
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

      await goto(page, "/data-ganda");
      await page.getByTestId("dedup-queue-row").first().waitFor();
      await page.getByTestId("dedup-open").first().click();
      await page.getByTestId("dedup-different").click();
      await page.locator("[data-testid=dedup-cluster-status][data-status=different]").waitFor();
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("shows a working run's stage, units, times and a cancel button (run answers simulated)", async () => {
    // A real run of the sample people ends within a second, too fast to watch; the server's answers for one working
    // run are simulated here (cancelling a real working run is tested in tests/jobs/dedup_job_test.cpp).
    const { context, page } = await openPage(browser());
    try {
      const working = {
        id: 9001,
        region: "35.10",
        status: "running",
        stage: "comparing",
        done: 250,
        total: 1000,
        elapsed_seconds: 100,
        remaining_seconds: 60,
        counts: { records: 0, candidate_pairs: 0, matches: 0, clusters: 0, dismissed_skipped: 0 },
        settings_digest: "ab".repeat(32),
        data_version: "people=94",
        created_at: "",
        started_at: "",
        finished_at: "",
        cancel_requested: false,
        message: "",
      };
      let cancelRequested = false;
      const runNow = () => ({ ...working, cancel_requested: cancelRequested });
      await page.route(
        (url) => url.pathname === "/api/dedup/runs" && url.searchParams.get("limit") === "1",
        (route) => route.fulfill({ json: { runs: [runNow()] } }),
      );
      await page.route("**/api/dedup/runs/9001", (route) => route.fulfill({ json: { run: runNow() } }));
      await page.route("**/api/dedup/runs/9001/cancel", (route) => {
        cancelRequested = true;
        return route.fulfill({ json: { run: runNow() } });
      });
      await loginAs(page, "operator");
      await goto(page, "/data-ganda");
      await page.locator("[data-testid=dedup-run][data-status=running]").waitFor();
      assert.equal(await page.getByTestId("dedup-run-stage").getAttribute("data-stage"), "comparing");
      assert.match(await page.getByTestId("dedup-run-units").textContent(), /250 dari 1\.000 pasangan/);
      const times = await page.getByTestId("dedup-run-time").textContent();
      assert.match(times, /1:40/, "elapsed");
      assert.match(times, /1:00/, "remaining in this stage");
      assert.equal(await page.getByTestId("dedup-start").isDisabled(), true, "no second run while one works");
      await screenshot(page, "dedup-progress");
      await page.getByTestId("dedup-cancel").click();
      await page.getByTestId("dedup-cancelling").waitFor();
      assert.ok(cancelRequested, "the cancel reached the server");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("shows a group readably on a phone", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "admin");
      await goto(page, "/data-ganda");
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
      await goto(page, "/data-ganda");
      await page.getByTestId("page-forbidden").waitFor();
    } finally {
      await context.close();
    }
  });
});

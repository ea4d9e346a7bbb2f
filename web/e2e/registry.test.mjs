// Cari penduduk: search by NIK and by name, masking for a role that may not see NIK, the person and household pages,
// refusal outside the official's regions, and the audit entries. Uses the demo registry of `tepat demo seed`
// (src/app/demo_registry.cpp).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, goto, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

const kHeadNik = "3510011203850001";
const kHeadNikMasked = "3510********0001";
const kBandungNik = "3273011506800001";

const browser = useBrowser();

async function openSearch(page) {
  await page.getByTestId("main-nav").locator("[data-nav=people]").click();
  await page.getByTestId("page-people-search").waitFor();
}

async function search(page, text) {
  await page.getByTestId("people-search-input").fill(text);
  await page.getByTestId("people-search-submit").click();
  await page.getByTestId("people-results").waitFor();
}

describe("registry look-ups", () => {
  it("an operator finds a person by NIK, opens the detail page and the household", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "operator");
      await openSearch(page);
      await search(page, "3510 0112 0385 0001");
      assert.ok(!page.url().includes(kHeadNik) && !page.url().includes("35100112"), "the NIK never enters the URL");
      const rows = page.getByTestId("person-row");
      assert.equal(await rows.count(), 1);
      assert.equal((await rows.first().getByTestId("person-nik").textContent())?.trim(), kHeadNik);
      assert.equal(await page.getByTestId("people-masked-note").count(), 0, "an operator sees NIK in clear");
      await screenshot(page, "people-search-nik");

      await rows.first().getByRole("link", { name: "BUDI SANTOSO" }).click();
      await page.getByTestId("page-person").waitFor();
      await page.getByTestId("person-facts").waitFor();
      assert.equal((await page.getByRole("heading", { level: 1 }).textContent())?.trim(), "BUDI SANTOSO");
      assert.equal((await page.getByTestId("detail-nik").textContent())?.trim(), kHeadNik);
      assert.equal(await page.getByTestId("household-members").getByTestId("person-row").count(), 4);
      const deciles = await page.getByTestId("dtks-decile").allTextContents();
      assert.deepEqual(deciles.slice(0, 1), ["2"], "newest DTKS round first with decile 2");
      assert.match(await page.getByTestId("dtks-table").textContent(), /2025-03/);
      await page.getByTestId("aid-none").waitFor();
      await screenshot(page, "person-detail");

      // A family member who received aid, then one who died (history of the change).
      await page.getByTestId("household-members").getByRole("link", { name: "SRI WAHYUNI" }).click();
      await page.getByTestId("aid-table").waitFor();
      assert.equal(await page.getByTestId("aid-row").count(), 2);
      assert.match(await page.getByTestId("aid-table").textContent(), /Bantuan Sosial Tunai/);
      await page.goBack();
      await page.getByTestId("household-members").getByRole("link", { name: "SUMIATI" }).click();
      await page.locator("[data-testid=person-facts] [data-testid=life-status][data-status=MENINGGAL]").waitFor();
      await page.locator("[data-testid=history-row][data-field=life_status]").waitFor();

      await page.getByTestId("household-link").click();
      await page.getByTestId("page-household").waitFor();
      await page.getByTestId("household-facts").waitFor();
      assert.equal((await page.getByTestId("household-kk").textContent())?.trim(), "3510010101200001");
      assert.equal(await page.getByTestId("household-members").getByTestId("person-row").count(), 4);
      await screenshot(page, "household-detail");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("an operator desa sees NIK and KK masked, on a phone", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "operator_desa");
      await page.getByTestId("menu-button").click();
      await openSearch(page);
      await search(page, kHeadNik);
      await page.getByTestId("people-masked-note").waitFor();
      const nik = page.getByTestId("person-row").first().getByTestId("person-nik");
      assert.equal((await nik.textContent())?.trim(), kHeadNikMasked);
      const results = await page.getByTestId("people-results").innerHTML();
      assert.ok(!results.includes(kHeadNik), "the full NIK is nowhere in the results");
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), "results fit 360 px");
      await screenshot(page, "phone-people-search-masked");

      await page.getByTestId("person-row").first().getByRole("link").click();
      await page.getByTestId("person-facts").waitFor();
      assert.equal((await page.getByTestId("detail-nik").textContent())?.trim(), kHeadNikMasked);
      assert.equal((await page.getByTestId("detail-kk").textContent())?.trim(), "3510********0001");
      assert.ok(!(await page.content()).includes(kHeadNik), "the full NIK is nowhere in the detail page");
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), "detail fits 360 px");
      await screenshot(page, "phone-person-masked");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("searches by name within the regions and refuses people elsewhere", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "operator_desa");
      await openSearch(page);
      await search(page, "santoso");
      const names = await page.getByTestId("person-row").getByRole("link").allTextContents();
      assert.deepEqual(names, ["ADI SANTOSO", "BUDI SANTOSO"]);
      await search(page, "agus");  // lives in desa Sukorejo, outside this operator's desa
      await page.getByTestId("people-empty").waitFor();
      await search(page, kBandungNik);  // Kota Bandung
      await page.getByTestId("people-empty").waitFor();
      await search(page, "ab");
      await page.getByTestId("people-search-hint").waitFor();
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("a person outside the regions is refused, and every look-up is in the audit log", async () => {
    const admin = await openPage(browser());
    let bandungId;
    try {
      await loginAs(admin.page, "admin");
      await openSearch(admin.page);
      await search(admin.page, kBandungNik);
      bandungId = await admin.page.getByTestId("person-row").first().getAttribute("data-id");
      assert.ok(bandungId, "admin finds the Bandung resident");
    } finally {
      await admin.context.close();
    }
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "operator");
      await goto(page, `/penduduk/${bandungId}`);
      await page.getByTestId("registry-forbidden").waitFor();
      await screenshot(page, "person-outside-regions");
    } finally {
      await context.close();
    }
    const audit = await openPage(browser());
    try {
      await loginAs(audit.page, "admin");
      await goto(audit.page, "/log-audit");
      await audit.page.getByTestId("audit-table").waitFor();
      const text = await audit.page.getByTestId("audit-table").textContent();
      assert.match(text, /registry\.search/);
      assert.match(text, /registry\.person\.view/);
      assert.ok(!text.includes(kBandungNik) && !text.includes(kHeadNik), "no NIK in the audit log");
    } finally {
      await audit.context.close();
    }
  });
});

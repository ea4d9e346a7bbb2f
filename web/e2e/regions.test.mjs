// Wilayah is public: a guest walks from the provinces down to a desa and searches by name.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, goto, navIds, openPage, screenshot, useBrowser } from "./support.mjs";

const browser = useBrowser();

/** Clicks the first child region in the list and waits for its page; returns its code. */
async function openFirstChild(page) {
  const link = page.getByTestId("region-children").locator("a[data-code]").first();
  const code = await link.getAttribute("data-code");
  await link.click();
  await page.waitForFunction((c) => window.location.hash === `#/wilayah/${c}`, code);
  return code;
}

describe("region browser (guest)", () => {
  it("walks province → kabupaten/kota → kecamatan → desa/kelurahan", async () => {
    const { context, page } = await openPage(browser());
    try {
      await goto(page, "/wilayah");
      await page.getByTestId("page-regions").waitFor();
      assert.deepEqual(await navIds(page), ["complaints", "regions", "discussion", "login", "register"]);
      const provinces = page.getByTestId("region-children").locator("a[data-code]");
      await provinces.first().waitFor();
      assert.equal(await provinces.count(), 38, "all 38 provinces are listed");

      await page.getByTestId("region-children").locator('a[data-code="35"]').click();
      await page.waitForFunction(() => window.location.hash === "#/wilayah/35");
      await page.getByTestId("region-children").locator('a[data-code="35.10"]').waitFor();
      await page.getByTestId("region-children").locator('a[data-code="35.10"]').click();
      await page.waitForFunction(() => window.location.hash === "#/wilayah/35.10");
      const kecamatan = await openFirstChild(page);
      assert.match(kecamatan, /^35\.10\.\d{2}$/);
      await page.getByTestId("region-children").waitFor();
      await screenshot(page, "regions-kecamatan");
      const desa = await openFirstChild(page);
      assert.match(desa, /^35\.10\.\d{2}\.\d{4}$/);
      await page.getByTestId("region-leaf").waitFor();
      const crumbs = await page.getByTestId("region-breadcrumb").locator("li").allTextContents();
      assert.equal(crumbs.length, 5, `Indonesia + 4 levels in the trail, got ${JSON.stringify(crumbs)}`);
      await screenshot(page, "regions-desa");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("finds Kota Bandung by name", async () => {
    const { context, page } = await openPage(browser());
    try {
      await goto(page, "/wilayah");
      await page.getByTestId("region-search").fill("bandung");
      await page.getByTestId("region-search-submit").click();
      const hit = page.getByTestId("region-search-results").locator('a[data-code="32.73"]');
      await hit.waitFor();
      await screenshot(page, "regions-search-bandung");
      await hit.click();
      await page.waitForFunction(() => window.location.hash === "#/wilayah/32.73");
      await page.getByTestId("region-children").waitFor();
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

describe("unknown region codes", () => {
  for (const [code, label] of [
    ["99", "a well-formed code that does not exist"],
    ["abc", "text that is not a code"],
  ]) {
    it(`says so for ${label}`, async () => {
      const { context, page } = await openPage(browser());
      try {
        await goto(page, `/wilayah/${code}`);
        const alert = page.getByRole("alert");
        await alert.waitFor();
        assert.equal((await alert.textContent())?.trim(), `Wilayah dengan kode ${code} tidak ditemukan.`);
        assertNoPageErrors(page);
      } finally {
        await context.close();
      }
    });
  }
});

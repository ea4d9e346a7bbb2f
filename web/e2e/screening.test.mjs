// Pemadanan: an operator uploads a small proposed list (with one broken row) against the demo registry of
// `tepat demo seed`, watches the job finish, filters the result by verdict, sees the reasons and downloads the CSV;
// a village operator does the same on a phone and sees NIKs masked.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

const kProgram = "BST-3510-2025";
const kHeadNik = "3510011203850001";
const kList = [
  "NIK,NAMA,KODE_DESA",
  `${kHeadNik},BUDI SANTOSO,35.10.01.2001`,
  "3510014507880002,SRI WAHYUNI,35.10.01.2001", // received BST in 2025-01
  "3510014202400004,SUMIATI,35.10.01.2001", // deceased
  "12345,BARIS RUSAK,35.10.01.2001,KOLOM LEBIH", // a broken row: one value too many
  "",
].join("\n");

const browser = useBrowser();

/** Width of the page's content; more than the viewport means a horizontal scroll bar. */
const contentWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

async function startScreening(page) {
  await page.getByTestId("main-nav").locator("[data-nav=screening]").click();
  await page.getByTestId("page-screening").waitFor();
  await page.getByTestId("screening-file").setInputFiles({
    name: "usulan.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(kList, "utf8"),
  });
  await page.getByTestId("screening-program").fill(kProgram);
  await page.getByTestId("screening-period").fill("2025-01");
  await page.getByTestId("screening-submit").click();
  await page.getByTestId("page-screening-detail").waitFor();
  assert.ok(!page.url().includes(kHeadNik), "no NIK in the URL");
  await page.locator("[data-testid=screening-status][data-status=succeeded]").waitFor({ timeout: 60_000 });
  await page.getByTestId("screening-table").waitFor();
}

describe("screening (pemadanan)", () => {
  it("an operator screens a list, filters by verdict, reads the reasons and downloads the CSV", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "operator");
      await startScreening(page);
      const rows = page.getByTestId("screening-row");
      await rows.nth(3).waitFor();
      assert.equal(await rows.count(), 4);
      await screenshot(page, "screening-result");

      // The broken row is listed with its reason and what is wrong with it.
      const broken = page.locator("[data-testid=screening-row][data-verdict=PERLU_VERIFIKASI]", {
        hasText: "DATA_TIDAK_LENGKAP",
      });
      assert.equal(await broken.count(), 1);
      assert.match(await broken.getByTestId("reason-details").textContent(), /baris 5/);

      // Only the rejected rows: the deceased, the one who already received the program, and (household rule) the
      // other members of that KK.
      await page.getByTestId("screening-filters").locator("select").first().selectOption("DITOLAK");
      await page.locator("[data-testid=screening-total]", { hasText: /dari 3$/ }).waitFor();
      const rejected = page.locator("[data-testid=screening-row][data-verdict=DITOLAK]");
      assert.equal(await rejected.count(), 3);
      assert.equal(await page.locator("[data-testid=screening-row]:not([data-verdict=DITOLAK])").count(), 0);
      const chips = await page.getByTestId("reason-chip").allTextContents();
      assert.ok(chips.includes("MENINGGAL"), `reasons shown: ${chips.join(", ")}`);
      assert.ok(chips.includes("SUDAH_MENERIMA"), `reasons shown: ${chips.join(", ")}`);
      await screenshot(page, "screening-rejected");

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
      assert.match(download.suggestedFilename(), /^hasil-pemadanan-\d+\.csv$/);
      const stream = await download.createReadStream();
      let csv = "";
      for await (const chunk of stream) csv += chunk.toString("utf8");
      assert.match(csv, /^BARIS,NIK,NO_KK,NAMA,KODE_DESA,HASIL,ALASAN,KETERANGAN,KANDIDAT/);
      assert.ok(csv.includes(kHeadNik), "an operator's download has the NIK in clear");
      assert.ok(csv.includes("MENINGGAL"));
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("a village operator screens on a phone and sees NIKs masked", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "operator_desa");
      await page.getByTestId("menu-button").click();
      await startScreening(page);
      await page.getByTestId("screening-row").first().waitFor();
      const niks = await page.locator("[data-testid=screening-row] td[data-label=NIK]").allTextContents();
      assert.ok(niks.includes("3510********0001"), `NIKs shown: ${niks.join(", ")}`);
      assert.ok(!niks.includes(kHeadNik));
      await screenshot(page, "phone-screening-result");
      const wide = await page.evaluate((limit) =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > limit + 1)
          .map((e) => `${e.tagName}.${e.className}[${e.getAttribute("data-testid") ?? ""}]`)
          .slice(0, 5),
      kPhone.width);
      assert.ok((await contentWidth(page)) <= kPhone.width, `the result fits 360 px; too wide: ${wide.join(", ")}`);
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

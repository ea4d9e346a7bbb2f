// Impor data: a walidata on a phone downloads the template, uploads a civil-registration file with one bad row, follows
// the job to its end, reads the row/column/reason of the bad row in the summary, downloads the error report, and finds
// the good rows in the registry.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, kBaseUrl, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

const kJobTimeoutMs = 30_000;
const kHeader =
  "NIK,NO_KK,NAMA,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,AGAMA,HUBUNGAN_KELUARGA,ALAMAT,RT,RW,KODE_DESA," +
  "STATUS_HIDUP,TANGGAL_STATUS,SUMBER_STATUS";
// Rows 2 and 4 are valid (a new household in desa Sarongan); row 3 has sex "X".
const kFile = [
  kHeader,
  "3510010101900011,3510010101900010,WIRA IMPORUJI,BANYUWANGI,01/01/1990,L,ISLAM,KEPALA KELUARGA,DUSUN KRAJAN,3,1,35.10.01.2001,HIDUP,,",
  "3510010101910013,3510010101900010,BAYU IMPORUJI,BANYUWANGI,01/01/1991,X,ISLAM,ANAK,DUSUN KRAJAN,3,1,35.10.01.2001,HIDUP,,",
  "3510014101920012,3510010101900010,DEWI IMPORUJI,BANYUWANGI,01/01/1992,P,ISLAM,ISTRI,DUSUN KRAJAN,3,1,35.10.01.2001,HIDUP,,",
  "",
].join("\r\n");

const browser = useBrowser();

const fitsPhone = (page) => page.evaluate(() => document.documentElement.scrollWidth <= 360);

describe("imports", () => {
  it("a walidata imports a file with one bad row and sees why it was rejected, on a phone", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "operator");
      await page.getByTestId("menu-button").click();
      await page.getByTestId("main-nav").locator("[data-nav=imports]").click();
      await page.getByTestId("page-imports").waitFor();
      assert.equal(await page.getByTestId("import-kind").inputValue(), "dukcapil");

      // The template button serves the template of the chosen kind.
      const templateHref = await page.getByTestId("import-template-csv").getAttribute("href");
      const template = await page.request.get(`${kBaseUrl}${templateHref}`);
      assert.equal(template.status(), 200);
      assert.ok((await template.text()).includes(kHeader), "the CSV template has the dukcapil header");
      await page.getByTestId("import-kind").selectOption("dtks");
      assert.match(await page.getByTestId("import-template-xlsx").getAttribute("href"), /import-templates\/dtks\?format=xlsx/);
      await page.getByTestId("import-kind").selectOption("dukcapil");

      await page.getByTestId("import-file").setInputFiles({
        name: "penduduk-baru.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(kFile, "utf8"),
      });
      await page.getByTestId("import-submit").click();
      const job = page.locator("[data-testid=import-job][data-status=succeeded]");
      await job.waitFor({ timeout: kJobTimeoutMs });
      assert.equal((await page.getByTestId("import-errors").textContent())?.trim(), "1");
      assert.equal(
        (await page.getByTestId("import-outcome").textContent())?.trim(),
        "Selesai: 2 baris tersimpan, 1 baris ditolak.",
      );
      assert.match(await page.getByTestId("import-message").textContent(), /2 rows written \(2 new/);

      const issue = page.locator("[data-testid=import-issue][data-row='3'][data-column=JENIS_KELAMIN]");
      await issue.waitFor();
      const issueText = await issue.textContent();
      assert.match(issueText, /Jenis kelamin harus L \(laki-laki\) atau P \(perempuan\)/);
      assert.match(issueText, /Ditolak/);
      assert.equal(await page.getByTestId("import-issue").count(), 1, "only the bad row is listed");
      assert.ok(await fitsPhone(page), "the job and its problems fit 360 px");
      await screenshot(page, "phone-import-done");

      // The error report downloads name the same row; the XLSX one is a workbook.
      const csvHref = await page.getByTestId("import-error-report").getAttribute("href");
      const csv = await page.request.get(`${kBaseUrl}${csvHref}`);
      assert.equal(csv.status(), 200);
      assert.match(await csv.text(), /\n3,JENIS_KELAMIN,X,KESALAHAN,/);
      const xlsx = await page.request.get(`${kBaseUrl}${csvHref.replace("format=csv", "format=xlsx")}`);
      assert.equal(xlsx.status(), 200);
      assert.equal((await xlsx.body()).subarray(0, 2).toString(), "PK");

      // The recent list shows the job; the good rows are in the registry.
      await page.locator(`[data-testid=imports-row][data-status=succeeded]`).first().waitFor();
      await page.getByTestId("menu-button").click();
      await page.getByTestId("main-nav").locator("[data-nav=people]").click();
      await page.getByTestId("people-search-input").fill("imporuji");
      await page.getByTestId("people-search-submit").click();
      await page.getByTestId("people-results").waitFor();
      const names = await page.getByTestId("person-row").getByRole("link").allTextContents();
      assert.deepEqual(names.sort(), ["DEWI IMPORUJI", "WIRA IMPORUJI"]);
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("a file of the wrong kind fails with a message, in English too", async () => {
    const { context, page } = await openPage(browser());
    try {
      await loginAs(page, "admin");
      await page.getByTestId("main-nav").locator("[data-nav=imports]").click();
      await page.getByTestId("page-imports").waitFor();
      await page.getByTestId("lang-switch").click();
      await page.getByRole("heading", { level: 1, name: "Import data" }).waitFor();
      await page.getByTestId("import-kind").selectOption("programs");
      await page.getByTestId("import-file").setInputFiles({
        name: "salah.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`${kHeader}\r\n`, "utf8"),
      });
      await page.getByTestId("import-submit").click();
      await page.locator("[data-testid=import-job][data-status=failed]").waitFor({ timeout: kJobTimeoutMs });
      assert.equal((await page.getByTestId("import-status").textContent())?.trim(), "Failed");
      assert.ok(((await page.getByTestId("import-message").textContent()) ?? "").length > 0, "the failure says why");
      await screenshot(page, "import-wrong-kind");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

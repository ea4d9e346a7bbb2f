// The complaint journey of issue 5 item 9, in Chromium: a citizen files an anonymous complaint with a NIK, two phones
// and a PDF on a phone-sized screen → the PIC Korwil forwards it → the Pemda follows it up and closes it; the citizen
// sees each step and the public page shows neither NIK nor phones nor the name. A second complaint left unanswered
// becomes TIDAK_ADA_RESPON after `tepat complaints sweep` at forwarded + 7 days (and a second sweep changes nothing).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import {
  assertNoPageErrors,
  goto,
  kDesktop,
  kPhone,
  loginAs,
  openPage,
  screenshot,
  useBrowser,
} from "./support.mjs";

const kNik = "3510014506900003";
/** The demo family head (tepat demo seed): in the registry, in DTKS, with a family member receiving aid. */
const kRegistryNik = "3510011203850001";
const kPhones = ["0812-3456-7890", "0813 1111 2222"];
const kSevenDaysMs = 7 * 24 * 3600 * 1000;

/** A small valid PDF in a temporary folder. */
function pdfFile() {
  const dir = mkdtempSync(path.join(tmpdir(), "tepat-e2e-"));
  const file = path.join(dir, "surat-keterangan.pdf");
  writeFileSync(file, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  return file;
}

/** Runs `tepat complaints sweep --now TIME` on the server's database; returns its output line. */
function sweep(nowIso) {
  const binary = process.env.TEPAT_BINARY;
  const db = process.env.TEPAT_DB_URL;
  assert.ok(binary && db, "TEPAT_BINARY and TEPAT_DB_URL are set by scripts/test-web.sh");
  return execFileSync(binary, ["complaints", "sweep", "--db", db, "--now", nowIso], { encoding: "utf8" }).trim();
}

/** Calls the API with the page's session (cookie and CSRF token). */
async function apiCall(page, method, apiPath, body) {
  return page.evaluate(
    async ({ method, apiPath, body }) => {
      const me = await (await fetch("/api/auth/me")).json();
      const response = await fetch(apiPath, {
        method,
        headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, apiPath, body },
  );
}

/** Opens a complaint as `role` and takes `action` with `message`; waits for the new status badge. */
async function act(browser, role, id, action, message, expectedStatus) {
  const { context, page } = await openPage(browser, kDesktop);
  try {
    await loginAs(page, role);
    await goto(page, `/keluhan/${id}`);
    await page.getByTestId(`complaint-action-${action}`).check();
    await page.getByTestId("complaint-action-message").fill(message);
    await page.getByTestId("complaint-action-submit").click();
    await page.locator(`[data-testid=page-complaint-detail] .badge[data-status=${expectedStatus}]`).waitFor();
    await screenshot(page, `complaint-${action}-${role}`);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
}

describe("complaint journey", () => {
  const browser = useBrowser();

  it("filed anonymously with NIK, phones and PDF, forwarded, followed up, closed; public page stays private", async () => {
    const citizen = await openPage(browser(), kPhone);
    let id;
    let citizenUnreadBefore = 0;
    try {
      const page = citizen.page;
      await loginAs(page, "warga");
      const unreadBefore = (await apiCall(page, "GET", "/api/notifications/unread-count")).body.unread;
      citizenUnreadBefore = unreadBefore;
      await goto(page, "/keluhan/baru");
      await page.getByTestId("page-complaint-file").waitFor();
      await page.getByTestId("complaint-province").selectOption("35");
      await page.locator("[data-testid=complaint-kabupaten] option[value='35.10']").waitFor({ state: "attached" });
      await page.getByTestId("complaint-kabupaten").selectOption("35.10");
      await page.locator("[data-testid=complaint-topic] option[value='1']").waitFor({ state: "attached" });
      await page.getByTestId("complaint-topic").selectOption("1");
      // The program list follows the region (the demo registry has programs of Banyuwangi).
      await page.locator("[data-testid=complaint-program] option", { hasText: "Bantuan Sosial Tunai" }).waitFor({
        state: "attached",
      });
      await page.getByTestId("complaint-program").selectOption({ label: "Bantuan Sosial Tunai" });
      await page.getByTestId("complaint-title").fill("Tidak menerima BPNT <b>padahal</b> terdaftar");
      await page.getByTestId("complaint-message").fill("Sudah terdaftar di DTKS sejak 2024.\n<script>alert(1)</script>");
      await page.getByTestId("complaint-anonymous").check();
      await page.getByTestId("complaint-reporter-nik").fill(kNik);
      await page.getByTestId("complaint-beneficiary-nik-0").fill(kRegistryNik);
      await page.getByTestId("complaint-phone-0").fill(kPhones[0]);
      await page.getByTestId("complaint-phone-add").click();
      await page.getByTestId("complaint-phone-1").fill(kPhones[1]);
      await page.getByTestId("complaint-files").setInputFiles(pdfFile());
      await screenshot(page, "complaint-form-phone");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, "the form fits a 360 px screen");
      await page.getByTestId("complaint-review").click();

      await page.getByTestId("page-complaint-confirm").waitFor();
      const privacy = await page.getByTestId("complaint-privacy").innerText();
      assert.match(privacy, /Admin Dinas Sosial Provinsi/);
      assert.match(privacy, /PIC Korwil/);
      assert.match(privacy, /Pemda .*Banyuwangi/i);
      assert.match(privacy, /3510\*{8}0003/);
      assert.match(privacy, /tidak ditampilkan di halaman publik/);
      await screenshot(page, "complaint-confirm-phone");
      await page.getByTestId("complaint-send").click();

      await page.getByTestId("page-complaint-thanks").waitFor();
      assert.match(await page.locator("h1").innerText(), /Terima kasih!/);
      const tracking = await page.getByTestId("complaint-tracking").innerText();
      assert.match(tracking, /^KLH-3510-\d{4}-\d{6}$/);
      assert.equal(await page.getByTestId("complaint-upload-errors").count(), 0);
      await screenshot(page, "complaint-thanks-phone");
      await page.getByTestId("complaint-open").click();
      await page.getByTestId("page-complaint-detail").waitFor();
      id = page.url().split("/").pop();
      assert.equal(await page.getByTestId("complaint-nik").innerText(), "3510********0003");
      assert.equal(await page.getByTestId("complaint-attachments").locator("li").count(), 1);
      // Text with HTML stays text: no element was made from it and no script ran.
      assert.equal(await page.locator("[data-testid=page-complaint-detail] h1 b").count(), 0);
      assert.match(await page.locator("h1").innerText(), /<b>padahal<\/b>/);
      assertNoPageErrors(page);
    } finally {
      await citizen.context.close();
    }

    await act(browser(), "pic_korwil", id, "forward", "Mohon ditindaklanjuti oleh Dinsos Banyuwangi.", "DITERUSKAN");

    // The Pemda sees NIK and phones in clear (and the view is audited), then follows up and closes.
    const pemda = await openPage(browser(), kDesktop);
    try {
      await loginAs(pemda.page, "admin_pemda");
      await goto(pemda.page, `/keluhan/${id}`);
      assert.equal(await pemda.page.getByTestId("complaint-nik").innerText(), kNik);
      assert.match(await pemda.page.getByTestId("complaint-phones").innerText(), /\+6281234567890/);
      // Answering from the data: what the registry says about each NIK, numbers masked for the Pemda.
      await pemda.page.getByTestId("complaint-registry-open").click();
      const found = pemda.page.locator("[data-testid=complaint-registry-nik][data-standing=found]");
      await found.waitFor();
      assert.equal(await pemda.page.getByTestId("complaint-registry-nik").count(), 2);
      assert.match(await found.getByTestId("complaint-registry-name").innerText(), /\S/);
      assert.match(await found.getByTestId("complaint-registry-dtks").innerText(), /Desil \d+/);
      const panel = await pemda.page.getByTestId("complaint-registry").innerText();
      assert.match(panel, /3510\*{8}0001/);
      assert.equal(panel.includes(kRegistryNik), false, "the registry panel masks numbers for the Pemda");
      await screenshot(pemda.page, "complaint-registry-pemda");
      assertNoPageErrors(pemda.page);
    } finally {
      await pemda.context.close();
    }
    await act(browser(), "admin_pemda", id, "respond", "Sudah dicek ke desa; bantuan bulan ini dicairkan.", "DITINDAKLANJUTI");
    await act(browser(), "admin_pemda", id, "close", "Bantuan sudah diterima pelapor.", "SELESAI");

    // The citizen sees every step.
    const back = await openPage(browser(), kPhone);
    try {
      await loginAs(back.page, "warga");
      await goto(back.page, `/keluhan/${id}`);
      await back.page.locator(".badge[data-status=SELESAI]").first().waitFor();
      const steps = await back.page
        .locator("[data-testid=complaint-comment]")
        .evaluateAll((items) => items.map((li) => li.dataset.statusTo));
      assert.deepEqual(steps, ["DITERUSKAN", "DITINDAKLANJUTI", "SELESAI"]);
      // The bell counts one notification per status change.
      await back.page.getByTestId("bell-count").waitFor();
      const unreadAfter = (await apiCall(back.page, "GET", "/api/notifications/unread-count")).body.unread;
      assert.equal(unreadAfter, citizenUnreadBefore + 3);
      assert.equal(await back.page.getByTestId("bell-count").innerText(), String(unreadAfter > 99 ? "99+" : unreadAfter));
      await screenshot(back.page, "complaint-citizen-selesai-phone");
      assertNoPageErrors(back.page);
    } finally {
      await back.context.close();
    }

    // The public sees neither NIK nor phones nor the name.
    const guest = await openPage(browser(), kDesktop);
    try {
      await goto(guest.page, `/keluhan/${id}`);
      await guest.page.getByTestId("page-complaint-detail").waitFor();
      await guest.page.locator(".badge[data-status=SELESAI]").first().waitFor();
      const text = await guest.page.locator("main").innerText();
      for (const secret of [kNik, "3510********", "812", "1111", "Warga Demo"]) {
        assert.equal(text.includes(secret), false, `the public page shows ${secret}`);
      }
      assert.equal(await guest.page.getByTestId("complaint-personal").count(), 0);
      assert.equal(await guest.page.getByTestId("complaint-detail-reporter").innerText(), "Anonim");
      await goto(guest.page, "/keluhan");
      await guest.page.getByTestId("complaints-table").waitFor();
      assert.equal((await guest.page.locator("main").innerText()).includes(kNik), false);
      // The complaint is in the public discussion, anonymous, without numbers.
      const items = await guest.page.evaluate(async () => (await fetch("/api/discussion?kind=complaint&limit=50")).json());
      const item = items.items.find((x) => String(x.complaint_id) === String(id));
      assert.ok(item, "the complaint appears in Diskusi");
      assert.equal(item.author_label, "Anonim");
      assert.equal(JSON.stringify(item).includes(kNik), false);
      await screenshot(guest.page, "complaint-public");
      assertNoPageErrors(guest.page);
    } finally {
      await guest.context.close();
    }
  });

  it("an unanswered forwarded complaint becomes TIDAK_ADA_RESPON after the sweep at forwarded + 7 days", async () => {
    const citizen = await openPage(browser(), kDesktop);
    let id;
    try {
      await loginAs(citizen.page, "warga");
      const filed = await apiCall(citizen.page, "POST", "/api/complaints", {
        region: "35.10",
        topic_id: 4,
        title: "Jumlah bantuan tidak sesuai",
        message: "Yang diterima kurang dari yang diumumkan.",
      });
      assert.equal(filed.status, 201, JSON.stringify(filed.body));
      id = filed.body.complaint.id;
    } finally {
      await citizen.context.close();
    }
    const korwil = await openPage(browser(), kDesktop);
    try {
      await loginAs(korwil.page, "pic_korwil");
      const forwarded = await apiCall(korwil.page, "POST", `/api/complaints/${id}/actions`, {
        action: "forward",
        message: "Mohon dijawab.",
      });
      assert.equal(forwarded.status, 200, JSON.stringify(forwarded.body));
      const at = Date.parse(forwarded.body.complaint.forwarded_at);
      const before = new Date(at + kSevenDaysMs - 60_000).toISOString().replace(/\.\d+Z$/, "Z");
      const due = new Date(at + kSevenDaysMs + 60_000).toISOString().replace(/\.\d+Z$/, "Z");
      assert.match(sweep(before), /^0 complaints/);
      assert.match(sweep(due), /^[1-9]\d* complaints marked TIDAK_ADA_RESPON/);
      assert.match(sweep(due), /^0 complaints/, "a second sweep changes nothing");

      await goto(korwil.page, `/keluhan/${id}`);
      await korwil.page.locator(".badge[data-status=TIDAK_ADA_RESPON]").first().waitFor();
      const last = korwil.page.locator("[data-testid=complaint-comment]").last();
      assert.equal(await last.getAttribute("data-status-to"), "TIDAK_ADA_RESPON");
      assert.match(await last.innerText(), /Sistem/);
      await goto(korwil.page, "/keluhan");
      await korwil.page.getByTestId("complaints-status").selectOption("TIDAK_ADA_RESPON");
      await korwil.page.getByTestId("complaints-row").first().waitFor();
      await screenshot(korwil.page, "complaint-list-tidak-ada-respon");
      assertNoPageErrors(korwil.page);
    } finally {
      await korwil.context.close();
    }
  });
});

// The discussion and the bell: a citizen writes a story, an official comments, the citizen's bell counts it; three
// reports hide the story until the PIC Korwil edits it, and the original text stays in the history.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, goto, kPhone, loginAs, openPage, screenshot, useBrowser } from "./support.mjs";

const browser = useBrowser();

/** Opens the thread of `id` as `role` and reports it. */
async function report(role, id) {
  const { context, page } = await openPage(browser());
  try {
    await loginAs(page, role);
    await goto(page, `/diskusi/${id}`);
    await page.getByTestId("page-discussion-thread").waitFor();
    await page.getByTestId("post").first().getByTestId("report-open").click();
    await page.getByTestId("report-reason").fill("kata kasar");
    await page.getByTestId("report-send").click();
    await page.getByText(/laporan Anda tercatat|disembunyikan sampai moderator/).waitFor();
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
}

describe("discussion", () => {
  it("story, comment, bell, reports, moderation with history", async () => {
    const title = `Bantuan belum sampai <b>${Date.now()}</b>`;
    const citizen = await openPage(browser(), kPhone);
    let id;
    try {
      const page = citizen.page;
      await loginAs(page, "warga");
      await goto(page, "/diskusi");
      await page.getByTestId("page-discussion").waitFor();
      await page.getByTestId("story-kind").selectOption("failure_story");
      await page.getByTestId("story-title").fill(title);
      await page.getByTestId("story-body").fill("Sudah terdaftar sejak Maret, belum menerima apa-apa.");
      await page.getByTestId("story-region").fill("35.10");
      await page.getByTestId("story-submit").click();
      await page.getByTestId("page-discussion-thread").waitFor();
      assert.equal(await page.getByTestId("thread-title").textContent(), title, "HTML is shown as text");
      id = /diskusi\/(\d+)/.exec(page.url())[1];
      assert.match(await page.getByTestId("share-link").textContent(), new RegExp(`/#/diskusi/${id}$`));
      await screenshot(page, "discussion-thread-phone");
    } finally {
      await citizen.context.close();
    }

    const official = await openPage(browser());
    try {
      await loginAs(official.page, "admin_pemda");
      await goto(official.page, `/diskusi/${id}`);
      await official.page.getByTestId("comment-body").fill("Kami cek data DTKS Bapak/Ibu hari ini.");
      await official.page.getByTestId("comment-send").click();
      await official.page.getByText("Kami cek data DTKS").waitFor();
      assertNoPageErrors(official.page);
    } finally {
      await official.context.close();
    }

    const again = await openPage(browser());
    try {
      await loginAs(again.page, "warga");
      await again.page.getByTestId("bell-count").waitFor();
      await again.page.getByTestId("bell").click();
      await again.page.getByTestId("page-notifications").waitFor();
      await again.page.getByTestId("notification").first().getByRole("link").click();
      await again.page.getByTestId("page-discussion-thread").waitFor();
      assertNoPageErrors(again.page);
    } finally {
      await again.context.close();
    }

    for (const role of ["operator", "supervisor_kabupaten", "operator_desa"]) await report(role, id);

    const guest = await openPage(browser());
    try {
      await goto(guest.page, `/diskusi/${id}`);
      await guest.page.getByTestId("page-discussion-thread").waitFor();
      await guest.page.getByRole("alert").waitFor();
    } finally {
      await guest.context.close();
    }

    const korwil = await openPage(browser());
    try {
      const page = korwil.page;
      await loginAs(page, "pic_korwil");
      await page.getByTestId("main-nav").locator("[data-nav=moderation]").click();
      await page.getByTestId("page-moderation").waitFor();
      const post = page.locator(`[data-testid=post][data-id="${id}"]`);
      await post.waitFor();
      const controls = page.getByTestId("moderation-controls").first();
      await controls.getByTestId("moderation-title").fill("Bantuan belum sampai (disunting)");
      await controls.getByTestId("moderation-note").fill("judul berisi HTML");
      await controls.getByTestId("moderation-edit").click();
      await page.getByText("Tidak ada postingan yang menunggu.").waitFor();
      await goto(page, `/diskusi/${id}`);
      await page.getByTestId("moderation-history").click();
      await page.getByTestId("moderation-revisions").getByText(title).waitFor();
      await screenshot(page, "discussion-moderated");
      assertNoPageErrors(page);
    } finally {
      await korwil.context.close();
    }
  });
});

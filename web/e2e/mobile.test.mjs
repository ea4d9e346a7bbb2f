// On a 360 x 740 phone the navigation folds behind a menu button that opens and closes it; nothing overflows sideways.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNoPageErrors, kPhone, loginAs, navIds, openPage, screenshot, useBrowser } from "./support.mjs";

const browser = useBrowser();

/** Width of the page's content; more than the viewport means a horizontal scroll bar. */
const contentWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("phone size", () => {
  it("the menu button opens the navigation, a link works and closes it", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "admin");
      const menu = page.getByTestId("menu-button");
      const nav = page.getByTestId("main-nav");
      assert.equal(await menu.isVisible(), true, "menu button is shown on a phone");
      assert.equal(await nav.isVisible(), false, "navigation starts folded");
      assert.equal(await menu.getAttribute("aria-expanded"), "false");
      assert.ok((await contentWidth(page)) <= kPhone.width, "home page fits 360 px");
      await screenshot(page, "phone-home-menu-closed");

      await menu.click();
      assert.equal(await nav.isVisible(), true, "navigation opens");
      assert.equal(await menu.getAttribute("aria-expanded"), "true");
      assert.deepEqual(await navIds(page), ["home", "complaints", "regions", "discussion", "people", "imports", "screening", "dedup", "moderation", "accounts", "audit"]);
      assert.equal(await page.getByTestId("logout").isVisible(), true, "logout is reachable from the menu");
      await screenshot(page, "phone-home-menu-open");

      await nav.locator("[data-nav=regions]").click();
      await page.getByTestId("page-regions").waitFor();
      await page.getByTestId("region-children").waitFor();
      assert.equal(await nav.isVisible(), false, "navigation folds after choosing a page");
      assert.ok((await contentWidth(page)) <= kPhone.width, "regions page fits 360 px");
      await screenshot(page, "phone-regions");

      await menu.click();
      await nav.locator("[data-nav=audit]").click();
      await page.getByTestId("page-audit").waitFor();
      await page.getByTestId("audit-row").first().waitFor();
      assert.ok((await contentWidth(page)) <= kPhone.width, "audit page fits 360 px");
      await screenshot(page, "phone-audit");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });

  it("the login page fits and its form is usable", async () => {
    const { context, page } = await openPage(browser(), kPhone);
    try {
      await loginAs(page, "warga");
      assert.ok((await contentWidth(page)) <= kPhone.width);
      await screenshot(page, "phone-home-warga");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

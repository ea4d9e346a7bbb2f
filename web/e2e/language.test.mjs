// Indonesian by default; the switch turns the app English, and the choice survives a reload.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  assertNoPageErrors,
  demoEmail,
  goto,
  loginAs,
  openPage,
  screenshot,
  submitLogin,
  useBrowser,
} from "./support.mjs";

const browser = useBrowser();

const heading = (page) => page.getByRole("heading", { level: 1 }).textContent();
const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

describe("language switch", () => {
  it("switches to English, keeps it after reload, and switches back", async () => {
    const { context, page } = await openPage(browser());
    try {
      await goto(page, "/masuk");
      await page.getByTestId("page-login").waitFor();
      assert.equal(await heading(page), "Masuk");
      assert.equal(await htmlLang(page), "id");

      await page.getByTestId("lang-switch").click();
      assert.equal(await heading(page), "Log in");
      assert.equal(await htmlLang(page), "en");

      await submitLogin(page, demoEmail("warga"), "definitely-the-wrong-one");
      const error = page.getByTestId("login-error");
      await error.waitFor();
      assert.equal((await error.textContent())?.trim(), "Wrong email or password.");
      await screenshot(page, "login-wrong-password-en");

      await page.reload();
      await page.getByTestId("page-login").waitFor();
      assert.equal(await heading(page), "Log in", "the choice is kept after a reload");

      await loginAs(page, "supervisor_kabupaten");
      assert.equal(await heading(page), "Home");
      assert.equal(await page.getByTestId("home-role").textContent(), "Regency/city supervisor");
      await screenshot(page, "home-supervisor_kabupaten-en");

      await page.getByTestId("lang-switch").click();
      assert.equal(await heading(page), "Beranda");
      assert.equal(await page.getByTestId("home-role").textContent(), "Supervisor Kabupaten/Kota");
      assert.equal(await htmlLang(page), "id");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

// Log in as every demo role, see its home page and its navigation, log out; a wrong password gets a clear message.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  assertNoPageErrors,
  demoEmail,
  goto,
  kRoles,
  launchBrowser,
  loginAs,
  navIds,
  openPage,
  screenshot,
  submitLogin,
} from "./support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe("login as each demo role", () => {
  for (const { role, name, nav } of kRoles) {
    it(`${role}: home page with its role, only its navigation, then logout`, async () => {
      const { context, page } = await openPage(browser);
      try {
        await loginAs(page, role);
        assert.equal(await page.getByTestId("home-role").textContent(), name);
        assert.equal(await page.getByTestId("home-email").textContent(), demoEmail(role));
        assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Beranda");
        assert.deepEqual(await navIds(page), nav);
        await screenshot(page, `home-${role}`);

        await page.getByTestId("logout").click();
        await page.getByTestId("page-login").waitFor();
        assert.deepEqual(await navIds(page), ["regions", "login", "register"]);

        // The session is gone on the server too: a fresh load of the home address lands on the login page.
        await goto(page, "/");
        await page.reload();
        await page.getByTestId("page-login").waitFor();
        assertNoPageErrors(page);
      } finally {
        await context.close();
      }
    });
  }
});

describe("wrong password", () => {
  it("shows the Indonesian message and stays on the login page", async () => {
    const { context, page } = await openPage(browser);
    try {
      await submitLogin(page, demoEmail("admin"), "this-is-not-the-password");
      const error = page.getByTestId("login-error");
      await error.waitFor();
      assert.equal((await error.textContent())?.trim(), "Email atau kata sandi salah.");
      assert.equal(await error.getAttribute("role"), "alert");
      await page.getByTestId("page-login").waitFor();
      await screenshot(page, "login-wrong-password");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

describe("pages a role may not open", () => {
  it("a guest asking for the accounts page is sent to login; a citizen is told it is not allowed", async () => {
    const { context, page } = await openPage(browser);
    try {
      await goto(page, "/akun");
      await page.getByTestId("page-login").waitFor();
      await loginAs(page, "warga");
      await goto(page, "/akun");
      await page.getByTestId("page-forbidden").waitFor();
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

// Log in as every demo role, see its home page and its navigation, log out; a wrong password gets a clear message.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  assertNoPageErrors,
  demoEmail,
  goto,
  kRoles,
  loginAs,
  navIds,
  openPage,
  screenshot,
  submitLogin,
  useBrowser,
} from "./support.mjs";

const browser = useBrowser();

describe("login as each demo role", () => {
  for (const { role, name, nav } of kRoles) {
    it(`${role}: home page with its role, only its navigation, then logout`, async () => {
      const { context, page } = await openPage(browser());
      try {
        await loginAs(page, role);
        assert.equal(await page.getByTestId("home-role").textContent(), name);
        assert.equal(await page.getByTestId("home-email").textContent(), demoEmail(role));
        assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Beranda");
        assert.deepEqual(await navIds(page), nav);
        await screenshot(page, `home-${role}`);

        await page.getByTestId("logout").click();
        await page.getByTestId("page-login").waitFor();
        assert.deepEqual(await navIds(page), ["complaints", "regions", "discussion", "login", "register"]);

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
    const { context, page } = await openPage(browser());
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
    const { context, page } = await openPage(browser());
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

describe("citizen registration", () => {
  it("refuses a common password in Indonesian, then registers and signs in as Warga", async () => {
    const { context, page } = await openPage(browser());
    try {
      await goto(page, "/daftar");
      await page.getByTestId("page-register").waitFor();
      const email = `warga-e2e-${Date.now()}@example.test`;
      await page.getByTestId("register-name").fill("Sari Uji");
      await page.getByTestId("register-email").fill(email);
      await page.getByTestId("register-password").fill("password1234");
      await page.getByTestId("register-submit").click();
      const error = page.getByTestId("register-error");
      await error.waitFor();
      assert.equal((await error.textContent())?.trim(), "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.");
      await screenshot(page, "register-common-password");

      await page.getByTestId("register-password").fill("kopi pahit di pagi yang cerah");
      await page.getByTestId("register-submit").click();
      await page.getByTestId("page-home").waitFor();
      assert.equal(await page.getByTestId("home-role").textContent(), "Warga");
      assert.equal(await page.getByTestId("home-email").textContent(), email);
      assert.deepEqual(await navIds(page), ["home", "complaints", "regions", "discussion"]);
      await screenshot(page, "register-done-home");
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
});

describe("log out on all devices", () => {
  it("ends the sessions in another browser too", async () => {
    const first = await openPage(browser());
    const second = await openPage(browser());
    try {
      await loginAs(first.page, "operator");
      await loginAs(second.page, "operator");
      await first.page.getByTestId("logout-all").click();
      await first.page.getByTestId("page-login").waitFor();
      await second.page.reload();
      await second.page.getByTestId("page-login").waitFor();
      assertNoPageErrors(first.page);
      assertNoPageErrors(second.page);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });
});

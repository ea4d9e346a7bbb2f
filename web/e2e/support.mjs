// Shared helpers for the browser tests: launch Debian's Chromium through playwright-core, log in, take screenshots.
// Not a test file itself (node --test runs only *.test.mjs).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before } from "node:test";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where screenshots go (gitignored; CI keeps them as artifacts). */
export const kResultsDir = path.resolve(here, "..", "test-results");

/** The server under test, e.g. http://127.0.0.1:43123 (set by scripts/test-web.sh). */
export const kBaseUrl = (() => {
  const url = process.env.TEPAT_BASE_URL;
  if (!url) throw new Error("TEPAT_BASE_URL is not set: run the browser tests through scripts/test-web.sh BINARY");
  return url.replace(/\/+$/, "");
})();

export const kDemoPassword = "demo-tepat-2026";
export const kPhone = { width: 360, height: 740 };
export const kDesktop = { width: 1280, height: 800 };

/** Every demo role with its name on screen in Indonesian and the navigation it must see, in order. */
export const kRoles = [
  {
    role: "admin",
    name: "Admin (Dinas Sosial Provinsi)",
    nav: ["home", "complaints", "regions", "discussion", "people", "imports", "screening", "dedup", "moderation", "accounts", "audit"],
  },
  { role: "operator", name: "Operator / Walidata", nav: ["home", "complaints", "regions", "discussion", "people", "imports", "screening", "dedup"] },
  { role: "operator_desa", name: "Operator Desa/Kelurahan", nav: ["home", "complaints", "regions", "discussion", "people", "screening"] },
  { role: "supervisor_kabupaten", name: "Supervisor Kabupaten/Kota", nav: ["home", "complaints", "regions", "discussion", "people", "screening"] },
  { role: "admin_pemda", name: "Admin Bansos Pemda", nav: ["home", "complaints", "regions", "discussion", "people"] },
  { role: "pic_korwil", name: "PIC Korwil", nav: ["home", "complaints", "regions", "discussion", "people", "moderation"] },
  { role: "warga", name: "Warga", nav: ["home", "complaints", "regions", "discussion"] },
];

export const demoEmail = (role) => `${role}@demo.tepat.id`;

/**
 * Launches headless Chromium (Debian's, or TEPAT_CHROMIUM) with a fresh, empty profile: playwright-core's launch()
 * makes a new temporary user-data dir per browser and removes it on close. Nothing is downloaded.
 */
export async function launchBrowser() {
  mkdirSync(kResultsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.TEPAT_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Opens a new isolated context (own cookies and localStorage) and page at `viewport`. Uncaught page errors and console
 * errors (such as Content-Security-Policy refusals) are collected in `page.errors` so that a test can assert that none
 * happened. The browser's own "Failed to load resource" lines are left out: expected 401/404 answers cause them.
 */
export async function openPage(browser, viewport = kDesktop) {
  const context = await browser.newContext({ viewport, locale: "id-ID" });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      page.errors.push(`console: ${message.text()}`);
    }
  });
  return { context, page };
}

/** Saves a full-page screenshot as test-results/<name>.png. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(kResultsDir, `${name}.png`), fullPage: true });
}

/** Goes to an in-app path such as "/wilayah" (the app uses hash routes: /#/wilayah). */
export async function goto(page, appPath) {
  await page.goto(`${kBaseUrl}/#${appPath}`);
}

/** Fills and submits the login form; does not wait for the outcome. */
export async function submitLogin(page, email, password) {
  await goto(page, "/masuk");
  await page.getByTestId("page-login").waitFor();
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

/** Logs in as a demo role and waits for its home page. */
export async function loginAs(page, role) {
  await submitLogin(page, demoEmail(role), kDemoPassword);
  await page.getByTestId("page-home").waitFor();
}

/** The data-nav ids of the navigation links, in order. */
export async function navIds(page) {
  return page.locator("[data-testid=main-nav] [data-nav]").evaluateAll((links) => links.map((a) => a.dataset.nav));
}

/** Asserts that no uncaught error happened in the page. */
export function assertNoPageErrors(page) {
  assert.deepEqual(page.errors, [], "the page threw uncaught errors");
}

/**
 * Registers before/after hooks that launch one browser for the calling test file and close it at the end.
 * Returns a getter for that browser (valid inside tests).
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

// Debian's Chromium driven by playwright-core (no downloaded browser), one fresh profile per test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { env } from './env.mjs';

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gnbv-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.chromium,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Signs in through the real Keycloak login page, starting from the app's sign-in button. */
export async function signIn(page, username, startPath = '/overview') {
  await page.goto(`${env.baseUrl}${startPath}`);
  await page.getByRole('button', { name: /Đăng nhập|Sign in/ }).click();
  await page.waitForURL((url) => url.toString().startsWith(env.realmUrl));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(env.password);
  await page.locator('#kc-login').click();
  await page.waitForURL(
    (url) => url.toString().startsWith(env.baseUrl) && !url.pathname.startsWith('/auth/'),
  );
}

/** A page as the 1366×768 screen shows it (the viewport, not the whole page), into docs/screenshots/. */
export async function screenshot(page, name) {
  fs.mkdirSync(env.screenshots, { recursive: true });
  const file = path.join(env.screenshots, `${name}.png`);
  // Nothing mid-animation or mid-load: the fonts are in and no request is pending.
  await page.evaluate(() => globalThis.document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
  return file;
}

/** The whole page as it was when a test failed, into .data/e2e/ (never committed). */
async function failureShot(page, name) {
  fs.mkdirSync(env.artifacts, { recursive: true });
  await page.screenshot({ path: path.join(env.artifacts, `${name}.png`), fullPage: true });
}

/** Axe on the current page: the serious and critical violations (there should be none). */
export async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A test body that leaves a screenshot of the page in .data/e2e/ when it fails. */
export function withScreenshot(getPage, name, body) {
  return async (t) => {
    try {
      await body(t);
    } catch (error) {
      const page = getPage();
      if (page) await failureShot(page, `failed-${name}`).catch(() => undefined);
      throw error;
    }
  };
}

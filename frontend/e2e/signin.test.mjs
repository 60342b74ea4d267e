import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';

describe('sign-in and sign-out', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
  });
  after(async () => browser?.close());

  it(
    'asks a signed-out visitor to sign in, in Vietnamese',
    withScreenshot(page, 'signin-page', async () => {
      await page().goto(`${env.baseUrl}/overview`);
      await page().getByRole('button', { name: 'Đăng nhập' }).waitFor();
      assert.equal(await page().locator('html').getAttribute('lang'), 'vi');
      await screenshot(page(), 'signin');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'returns to the page asked for after signing in, and signs out through Keycloak',
    withScreenshot(page, 'signin-roundtrip', async () => {
      await signIn(page(), 'laichau.manager', '/reports?q=phong+tho');
      await page().waitForURL(/\/reports\?q=phong\+tho/);
      await page().getByRole('heading', { name: 'Báo cáo', level: 1 }).waitFor();
      await page().getByRole('button', { name: 'Đăng xuất' }).click();
      await page().waitForURL((url) => url.toString().startsWith(env.baseUrl));
      await page().getByRole('button', { name: 'Đăng nhập' }).waitFor();
      // The Keycloak session is gone too: signing in asks for the password again.
      await page().getByRole('button', { name: 'Đăng nhập' }).click();
      await page().locator('#username').waitFor();
    }),
  );
});

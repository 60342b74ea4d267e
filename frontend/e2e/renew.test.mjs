// Silent renewal in the browser: with the realm's access tokens made short-lived for this file (65 s, through
// Keycloak's admin REST API; restored afterwards), a signed-in manager keeps working past the first token's expiry.
// oidc-client-ts renews the token before it expires (refresh-token grant, no page to Keycloak) and the API keeps
// answering with the new one, without a new sign-in.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { kcAdmin } from './lib/keycloak.mjs';

const LIFESPAN = 65; // seconds: oidc-client-ts starts renewing 60 s before expiry, so the first renewal is at ~5 s
const USER = 'laichau.manager';

const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

/** The access token oidc-client-ts keeps for the tab (sessionStorage, key oidc.user:<authority>:<client>). */
const storedToken = (page) =>
  page.evaluate(() => {
    const storage = globalThis.sessionStorage;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith('oidc.user:')) return JSON.parse(storage.getItem(key)).access_token;
    }
    return null;
  });

describe('silent renewal of the sign-in (access tokens of 65 s)', () => {
  let browser;
  let admin;
  let original;
  const page = () => browser?.page;
  const tokenRequests = [];
  const apiTokens = [];
  const toKeycloakPages = [];
  before(async () => {
    admin = await kcAdmin();
    original = (await admin.realm()).accessTokenLifespan;
    await admin.updateRealm({ accessTokenLifespan: LIFESPAN });
    browser = await launch();
    await signIn(browser.page, USER);
    browser.page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith(`${env.realmUrl}/protocol/openid-connect/token`)) {
        tokenRequests.push(new URLSearchParams(r.postData() ?? '').get('grant_type'));
      } else if (
        r.isNavigationRequest() &&
        r.frame() === browser.page.mainFrame() &&
        url.startsWith(env.realmUrl)
      ) {
        toKeycloakPages.push(url);
      } else if (url.startsWith(env.apiUrl)) {
        const bearer = r.headers().authorization?.replace(/^Bearer /, '');
        if (bearer) apiTokens.push(bearer);
      }
    });
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      if (admin && original !== undefined) await admin.updateRealm({ accessTokenLifespan: original });
    }
  });

  it(
    'renews the token before it expires and keeps loading data without a new sign-in',
    withScreenshot(page, 'renew', async () => {
      await page().getByRole('heading', { name: 'Tổng quan kinh phí' }).waitFor();
      const first = await storedToken(page());
      const firstClaims = claims(first);
      assert.equal(firstClaims.exp - firstClaims.iat, LIFESPAN, 'the realm issues 65-second tokens');

      // Past the first token's expiry (a few seconds of margin for clocks), doing nothing.
      const wait = firstClaims.exp * 1000 - Date.now() + 5_000;
      await new Promise((resolve) => setTimeout(resolve, wait));
      assert.ok(Date.now() / 1000 > firstClaims.exp, 'the first token has expired');

      const now = await storedToken(page());
      assert.notEqual(now, first, 'the token was renewed');
      assert.ok(claims(now).exp > Date.now() / 1000, 'the renewed token is valid');
      assert.equal(claims(now).sid, firstClaims.sid, 'the same Keycloak session');
      assert.ok(tokenRequests.includes('refresh_token'), `token requests: ${tokenRequests.join(', ')}`);

      // The app still loads data: another page, its figures from the API, with a renewed token.
      const before = apiTokens.length;
      await page().getByRole('link', { name: 'Địa bàn' }).click();
      await page().locator('[data-testid="children-table"] tbody tr').first().waitFor();
      const used = apiTokens.slice(before);
      assert.ok(used.length > 0, 'the page asked the API');
      for (const token of used) assert.ok(claims(token).exp > claims(first).exp, 'a renewed token was sent');
      assert.deepEqual(toKeycloakPages, [], 'no new sign-in on Keycloak');
      assert.equal(
        await page()
          .getByRole('button', { name: /Đăng nhập|Sign in/ })
          .count(),
        0,
      );
    }),
  );
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { apiGet } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';

const USER = 'laichau.manager';

describe('data browser (Lai Châu province manager)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, USER, '/data?dataset=funding-lines&map=pre&unit=109');
  });
  after(async () => browser?.close());

  it(
    "pages through Phong Thổ's funding lines with the filters in the URL",
    withScreenshot(page, 'data-paging', async () => {
      const first = await apiGet(USER, '/api/v1/funding-lines?unit=109&asOf=2025-06-30&limit=50');
      const rows = page().locator('[data-testid="data-funding-lines"] tbody tr');
      await rows.first().waitFor();
      const ids = () => rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))));
      assert.deepEqual(
        await ids(),
        first.items.map((l) => l.id),
      );
      await screenshot(page(), 'data');
      assert.deepEqual(await seriousViolations(page()), []);
      assert.ok(first.next, 'the demo data has more than one page of lines for Phong Thổ');
      await page().getByRole('button', { name: 'Trang sau' }).click();
      await page().waitForURL(/cursor=/);
      const second = await apiGet(
        USER,
        `/api/v1/funding-lines?unit=109&asOf=2025-06-30&limit=50&cursor=${first.next}`,
      );
      await page()
        .locator(`[data-testid="data-funding-lines"] tr[data-id="${second.items[0].id}"]`)
        .waitFor();
      assert.deepEqual(
        await ids(),
        second.items.map((l) => l.id),
      );
    }),
  );

  it(
    'filters by measure and year and exports every filtered row as CSV',
    withScreenshot(page, 'data-export', async () => {
      await page().goto(
        `${env.baseUrl}/data?dataset=funding-lines&map=pre&unit=109&year=2022&measure=DISBURSED`,
      );
      const expected = await apiGet(
        USER,
        '/api/v1/funding-lines?unit=109&asOf=2025-06-30&year=2022&measure=DISBURSED&limit=1000',
      );
      const rows = page().locator('[data-testid="data-funding-lines"] tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), Math.min(50, expected.items.length));
      assert.equal(await page().getByLabel('Chỉ tiêu tài chính').inputValue(), 'DISBURSED');
      const [download] = await Promise.all([
        page().waitForEvent('download'),
        page().getByTestId('export').click(),
      ]);
      assert.equal(download.suggestedFilename(), 'funding-lines.csv');
      const lines = fs
        .readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(lines[0].split(',')[0], 'id');
      assert.deepEqual(
        lines.slice(1).map((l) => Number(l.split(',')[0])),
        expected.items.map((l) => l.id),
      );
    }),
  );
});

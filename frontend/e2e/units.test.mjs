import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import { apiGet, token } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { percentValue, rate } from './lib/format.mjs';

const PROGRAM = 'GNBV-2021-2025';

/** Each child row of the page against the API: name, disbursement rate, poor-household rate. */
async function assertChildren(page, user, unit, year, asOf) {
  const funding = await apiGet(
    user,
    `/api/v1/funding-summary/children?program=${PROGRAM}&unit=${unit}&asOf=${asOf}&year=${year}`,
  );
  const poverty = await apiGet(
    user,
    `/api/v1/indicator-rollups/children?indicator=POOR_RATE&unit=${unit}&period=${year}&asOf=${asOf}`,
  );
  const poorRate = new Map(poverty.children.map((r) => [r.unit.code, r.value ?? r.reportedValue]));
  const rows = page.locator('[data-testid="children-table"] tbody:not(.totals) tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), funding.children.length);
  for (const child of funding.children) {
    const cells = page.locator(`[data-testid="children-table"] tr[data-unit="${child.unit.code}"] > *`);
    assert.equal((await cells.nth(0).innerText()).trim(), child.unit.name);
    assert.equal((await cells.nth(3).innerText()).trim(), rate(child.disbursementRate));
    assert.equal((await cells.nth(4).innerText()).trim(), percentValue(poorRate.get(child.unit.code)));
  }
  return funding;
}

describe('drill-down (Lai Châu province manager)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, 'laichau.manager', '/units');
  });
  after(async () => browser?.close());

  it(
    'opens on the province with its districts side by side',
    withScreenshot(page, 'units-province', async () => {
      await page().waitForURL(/\/units\/12/);
      await page().getByRole('heading', { name: 'Tỉnh Lai Châu', level: 1 }).waitFor();
      const year = Number(await page().getByLabel('Năm', { exact: true }).inputValue());
      await assertChildren(page(), 'laichau.manager', '12', year, '2025-06-30');
      await screenshot(page(), 'units');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'goes down to Phong Thổ and a commune, and back up by the breadcrumbs',
    withScreenshot(page, 'units-drill', async () => {
      await page().getByRole('link', { name: 'Huyện Phong Thổ' }).click();
      await page().waitForURL(/\/units\/109\?/);
      await page().getByRole('heading', { name: 'Huyện Phong Thổ', level: 1 }).waitFor();
      const year = Number(await page().getByLabel('Năm', { exact: true }).inputValue());
      const funding = await assertChildren(page(), 'laichau.manager', '109', year, '2025-06-30');
      const commune = funding.children[0].unit;
      await page().getByRole('link', { name: commune.name, exact: true }).click();
      await page().getByRole('heading', { name: commune.name, level: 1 }).waitFor();
      const crumbs = page().getByRole('navigation', { name: 'Đường dẫn đơn vị' });
      // The path up arrives with the unit's own record, after its name.
      await crumbs.getByRole('link', { name: 'Huyện Phong Thổ' }).waitFor();
      assert.deepEqual(
        (await crumbs.locator('li').allInnerTexts()).map((s) => s.trim()),
        ['Tỉnh Lai Châu', 'Huyện Phong Thổ', commune.name],
      );
      await crumbs.getByRole('link', { name: 'Tỉnh Lai Châu' }).click();
      await page().getByRole('heading', { name: 'Tỉnh Lai Châu', level: 1 }).waitFor();
      assert.match(page().url(), /\/units\/12\?/);
    }),
  );

  it(
    'switches to the post-reform map of units',
    withScreenshot(page, 'units-reform', async () => {
      await page().goto(`${env.baseUrl}/units/12?map=pre&program=${PROGRAM}`);
      await page().getByRole('heading', { name: 'Tỉnh Lai Châu', level: 1 }).waitFor();
      // The map lives in the URL: React Router applies the change in a transition, so the radio shows it a
      // moment after the click; wait for that rather than assert it in the click (check() fails under load).
      const post = 'Sau sắp xếp (từ 01/07/2025)';
      await page().getByRole('radio', { name: post }).click();
      await page().waitForURL(/map=post/);
      await page().getByRole('radio', { name: post, checked: true }).waitFor();
      const year = Number(await page().getByLabel('Năm', { exact: true }).inputValue());
      await assertChildren(page(), 'laichau.manager', '12', year, '2025-07-01');
    }),
  );

  it(
    'exports the annex for a range of years chosen in the URL, named for the range',
    withScreenshot(page, 'units-export-range', async () => {
      await page().goto(`${env.baseUrl}/units/109?map=pre&program=${PROGRAM}&year=2021`);
      const exports = page().getByTestId('exports');
      await exports.getByRole('heading', { name: 'Tải về · Năm 2021–2021' }).waitFor();
      // Each pick reaches the URL before the next (the page applies URL changes in a transition); the second
      // pick must keep the first.
      await exports.getByLabel('Từ năm').selectOption('2022');
      await page().waitForURL(/exportFrom=2022/);
      await exports.getByRole('heading', { name: 'Tải về · Năm 2022–2022' }).waitFor();
      await exports.getByLabel('Đến năm').selectOption('2023');
      await page().waitForURL(/exportTo=2023/);
      assert.match(page().url(), /exportFrom=2022/);
      await exports.getByRole('heading', { name: 'Tải về · Năm 2022–2023' }).waitFor();
      // A link reproduces it.
      await page().reload();
      await exports.getByRole('heading', { name: 'Tải về · Năm 2022–2023' }).waitFor();
      assert.equal(await exports.getByLabel('Từ năm').inputValue(), '2022');
      assert.equal(await exports.getByLabel('Đến năm').inputValue(), '2023');

      // The file is the API's annex of those years, under the server's name for the range.
      const query = `program=${PROGRAM}&unit=109&asOf=2025-06-30&yearFrom=2022&yearTo=2023&format=csv`;
      const api = await fetch(`${env.apiUrl}/api/v1/exports/funding-summary?${query}`, {
        headers: { Authorization: `Bearer ${await token('laichau.manager')}` },
      });
      assert.equal(api.status, 200);
      const name = /filename="([^"]+)"/.exec(api.headers.get('content-disposition'))[1];
      assert.match(name, /_2022-2023\.csv$/);
      const [download] = await Promise.all([
        page().waitForEvent('download'),
        exports.getByRole('button', { name: 'Phụ lục kinh phí (CSV)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), name);
      const file = await download.path();
      assert.equal(fs.readFileSync(file, 'utf8'), await api.text());
      await exports.getByText(`Đã tải ${name}.`).waitFor();
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );
});

describe('scope (Phong Thổ district officer)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, 'phongtho.officer', '/units');
  });
  after(async () => browser?.close());

  it(
    'cannot reach another district',
    withScreenshot(page, 'units-scope', async () => {
      await page().getByRole('heading', { name: 'Huyện Phong Thổ', level: 1 }).waitFor();
      await page().goto(`${env.baseUrl}/units/108?map=pre&program=${PROGRAM}`);
      const alert = page().getByRole('alert');
      await alert.getByText('Địa bàn này nằm ngoài phạm vi của bạn.').waitFor();
      assert.equal(await page().getByTestId('children-table').count(), 0);
      await screenshot(page(), 'units-out-of-scope');
    }),
  );
});

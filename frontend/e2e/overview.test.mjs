import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiGet } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { rate } from './lib/format.mjs';

const PROGRAM = 'GNBV-2021-2025';
const summaryPath = (unit) =>
  `/api/v1/funding-summary?program=${PROGRAM}&unit=${unit}&asOf=2025-06-30&componentLevel=PROJECT`;

describe('overview (Lai Châu province manager)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, 'laichau.manager');
  });
  after(async () => browser?.close());

  it(
    'shows who is signed in and their scope',
    withScreenshot(page, 'overview-user', async () => {
      // The shell shows the user as GET /me names them: name, role, scope units in the chosen language.
      const me = await apiGet('laichau.manager', '/api/v1/me');
      assert.deepEqual(
        me.units.map((u) => u.code),
        ['12'],
      );
      const user = page().getByTestId('user');
      await user.getByText(me.name).waitFor();
      await user.getByText('Quản lý cấp tỉnh').waitFor();
      await user.getByTestId('scope').getByText(`${me.units[0].name} (12)`, { exact: true }).waitFor();
    }),
  );

  it(
    "shows Phong Thổ's DA2 2022 disbursement rate as the API computes it (29,52 %)",
    withScreenshot(page, 'overview-rate', async () => {
      const summary = await apiGet('laichau.manager', summaryPath('12'));
      const row = summary.rows.find((r) => r.component?.code === 'DA2' && r.fiscalYear === 2022);
      assert.equal(rate(row.disbursementRate), '29,52 %');
      const cells = page().locator('[data-component="DA2"] tr[data-year="2022"] td');
      await cells.first().waitFor();
      assert.equal((await cells.nth(4).innerText()).trim(), '29,52 %');
      assert.equal((await cells.nth(1).innerText()).trim(), '6.629'); // assigned 6.629 million đồng
      assert.equal(await cells.nth(1).locator('span').getAttribute('title'), '6.629.000.000 đồng');
      // One row per project and year, as many as the API gives.
      assert.equal(
        await page().locator('[data-testid="summary-table"] tbody:not(.totals) tr').count(),
        summary.rows.length,
      );
      await page().locator('.chart svg').waitFor();
      await screenshot(page(), 'overview');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'lists the children behind on disbursement for the chosen year',
    withScreenshot(page, 'overview-behind', async () => {
      const select = page().getByLabel('Năm', { exact: true });
      const year = Number(await select.inputValue());
      const children = await apiGet(
        'laichau.manager',
        `/api/v1/funding-summary/children?program=${PROGRAM}&unit=12&asOf=2025-06-30&year=${year}`,
      );
      const withMoney = children.children.filter((c) => c.availableVnd > 0);
      const rows = page().locator('[data-testid="behind-table"] tbody tr');
      assert.equal(await rows.count(), withMoney.length);
      const phongTho = withMoney.find((c) => c.unit.code === '109');
      const cell = page().locator('[data-testid="behind-table"] tr[data-unit="109"] td').nth(2);
      assert.equal((await cell.innerText()).trim(), rate(phongTho.disbursementRate));
    }),
  );

  it(
    'switches to English and keeps the choice after a reload',
    withScreenshot(page, 'overview-language', async () => {
      await page().getByLabel('Ngôn ngữ').selectOption('en');
      await page().getByRole('heading', { name: 'Funding overview' }).waitFor();
      await page().reload();
      await page().getByRole('heading', { name: 'Funding overview' }).waitFor();
      assert.equal(await page().locator('html').getAttribute('lang'), 'en');
      const me = await apiGet('laichau.manager', '/api/v1/me');
      await page().getByTestId('scope').getByText(`${me.units[0].nameEn} (12)`, { exact: true }).waitFor();
      await page().getByLabel('Language').selectOption('vi');
      await page().getByRole('heading', { name: 'Tổng quan kinh phí' }).waitFor();
    }),
  );

  it(
    'reproduces a view from a link: Phong Thổ, 2022, its communes behind on disbursement',
    withScreenshot(page, 'overview-deep-link', async () => {
      await page().goto(`${env.baseUrl}/overview?map=pre&program=${PROGRAM}&unit=109&year=2022`);
      await page().getByTestId('overview-unit').getByText('Huyện Phong Thổ').waitFor();
      assert.equal(await page().getByLabel('Năm', { exact: true }).inputValue(), '2022');
      await page().getByRole('heading', { name: 'Đơn vị chậm giải ngân năm 2022' }).waitFor();
      const children = await apiGet(
        'laichau.manager',
        `/api/v1/funding-summary/children?program=${PROGRAM}&unit=109&asOf=2025-06-30&year=2022`,
      );
      const withMoney = children.children.filter((c) => c.availableVnd > 0);
      if (withMoney.length === 0) await page().getByText('Không có số liệu.').waitFor();
      else await page().getByTestId('behind-table').waitFor();
      assert.equal(await page().locator('[data-testid="behind-table"] tbody tr').count(), withMoney.length);
    }),
  );
});

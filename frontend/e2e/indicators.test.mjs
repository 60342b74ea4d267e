import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiGet } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { percentValue } from './lib/format.mjs';

const USER = 'laichau.manager';
const PERIODS = ['2021', '2022', '2023', '2024', '2025', '2021/2025'];

describe('poverty indicators (Lai Châu province manager)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, USER, '/units/109?map=pre&program=GNBV-2021-2025');
  });
  after(async () => browser?.close());

  it(
    "shows Phong Thổ's poor-household rate by period with its targets, as the API rolls them up",
    withScreenshot(page, 'indicators', async () => {
      await page().getByRole('link', { name: 'Chỉ tiêu giảm nghèo của đơn vị' }).click();
      await page().waitForURL(/\/indicators\?/);
      await page().getByRole('heading', { name: 'Chỉ tiêu giảm nghèo', level: 1 }).waitFor();
      const codeLists = await apiGet(USER, '/api/v1/code-lists');
      const comparator = new Map(codeLists.comparators.map((c) => [c.code, c.nameVi]));
      for (const period of PERIODS) {
        const rollup = await apiGet(
          USER,
          `/api/v1/indicator-rollups?indicator=POOR_RATE&unit=109&period=${encodeURIComponent(period)}&asOf=2025-06-30`,
        );
        const cells = page().locator(`[data-testid="rollup-table"] tr[data-period="${period}"] td`);
        await cells.first().waitFor();
        assert.equal((await cells.nth(0).innerText()).trim(), percentValue(rollup.value), `value ${period}`);
        assert.equal(
          (await cells.nth(1).innerText()).trim(),
          percentValue(rollup.reportedValue),
          `reported ${period}`,
        );
        const target = rollup.target
          ? `${rollup.target.comparator ? `${comparator.get(rollup.target.comparator)} ` : ''}${percentValue(rollup.target.value)}`
          : '–';
        assert.equal((await cells.nth(5).innerText()).trim(), target, `target ${period}`);
      }
      await page().locator('.chart svg').waitFor();
      await screenshot(page(), 'indicators');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'keeps the indicator in the URL',
    withScreenshot(page, 'indicators-link', async () => {
      await page().getByLabel('Chỉ tiêu', { exact: true }).selectOption('HH_POOR');
      await page().waitForURL(/indicator=HH_POOR/);
      await page().goto(`${env.baseUrl}/indicators?unit=109&map=pre&indicator=HH_POOR`);
      assert.equal(await page().getByLabel('Chỉ tiêu', { exact: true }).inputValue(), 'HH_POOR');
    }),
  );
});

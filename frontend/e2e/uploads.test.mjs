import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiGet } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { rate } from './lib/format.mjs';

const USER = 'laichau.manager';
const HEADER = 'program,component,unit,year,source,capital_type,measure,amount_million_vnd,reference';
const csv = (disbursed) =>
  [
    HEADER,
    'GNBV-2021-2025,DA2,109,2025,CENTRAL,RECURRENT,ASSIGNED,1000,Bộ kiểm thử giao diện',
    `GNBV-2021-2025,DA2,109,2025,CENTRAL,RECURRENT,DISBURSED,${disbursed},Bộ kiểm thử giao diện`,
  ].join('\n') + '\n';

async function choose(page, content) {
  await page.locator('#upload-file').setInputFiles({
    name: 'phong-tho-2025.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(content, 'utf8'),
  });
}

describe('uploads (Lai Châu province manager)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, USER, '/uploads');
  });
  after(async () => browser?.close());

  it(
    'refuses a file with one bad row and names the row',
    withScreenshot(page, 'uploads-bad', async () => {
      await page().getByRole('heading', { name: 'Tải số liệu lên', level: 1 }).waitFor();
      await choose(page(), csv('25O'));
      await page().getByRole('button', { name: 'Kiểm tra (không ghi)' }).click();
      const errors = page().getByTestId('upload-errors');
      await errors.waitFor();
      const row = errors.locator('tbody tr');
      assert.equal(await row.count(), 1);
      assert.equal(await row.first().getAttribute('data-row'), '2');
      assert.equal((await row.first().locator('td').nth(1).innerText()).trim(), 'amount_million_vnd');
      assert.equal(await page().getByRole('button', { name: 'Ghi vào hệ thống' }).isDisabled(), true);
      await screenshot(page(), 'uploads');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'checks the fixed file, writes it, and the new figure shows on the overview',
    withScreenshot(page, 'uploads-commit', async () => {
      await choose(page(), csv('250'));
      await page().getByRole('button', { name: 'Kiểm tra (không ghi)' }).click();
      await page().getByRole('heading', { name: 'Kiểm tra đạt: có thể ghi' }).waitFor();
      await page().getByRole('button', { name: 'Ghi vào hệ thống' }).click();
      await page().getByRole('heading', { name: 'Đã ghi', exact: true }).waitFor();
      assert.match(await page().getByTestId('upload-counts').innerText(), /mới 2,/);

      const summary = await apiGet(
        USER,
        '/api/v1/funding-summary?program=GNBV-2021-2025&unit=109&asOf=2025-06-30&componentLevel=PROJECT',
      );
      const row = summary.rows.find((r) => r.component?.code === 'DA2' && r.fiscalYear === 2025);
      assert.equal(rate(row.disbursementRate), '25,00 %');
      await page().goto(`${env.baseUrl}/overview?map=pre&program=GNBV-2021-2025&unit=109`);
      const cells = page().locator('[data-component="DA2"] tr[data-year="2025"] td');
      await cells.first().waitFor();
      assert.equal((await cells.nth(4).innerText()).trim(), '25,00 %');
      assert.equal((await cells.nth(1).innerText()).trim(), '1.000');
    }),
  );
});

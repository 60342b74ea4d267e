import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { apiGet, apiPut } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { date } from './lib/format.mjs';

const USER = 'laichau.manager';
const FILE_NAME = 'Báo cáo sơ kết Phong Thổ.txt';
const FILE_TEXT =
  'Sơ kết Chương trình MTQG giảm nghèo bền vững 2021-2025, huyện Phong Thổ (bản thử của bộ kiểm thử).\n';

describe('reports (Lai Châu province manager)', () => {
  let browser;
  let report;
  const page = () => browser?.page;
  before(async () => {
    // Phong Thổ's report, found through the API, gets an original file to download.
    const list = await apiGet(USER, '/api/v1/reports?unit=109&asOf=2025-06-30');
    report = list.items[0];
    await apiPut(USER, `/api/v1/reports/${report.id}/file`, Buffer.from(FILE_TEXT, 'utf8'), {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`,
    });
    browser = await launch();
    await signIn(browser.page, USER, '/reports');
  });
  after(async () => browser?.close());

  it(
    "lists the reports of the province's subtree, newest first, and searches them",
    withScreenshot(page, 'reports-list', async () => {
      const all = await apiGet(USER, '/api/v1/reports?unit=12&asOf=2025-06-30');
      const rows = page().locator('[data-testid="reports-table"] tbody tr');
      await rows.first().waitFor();
      assert.deepEqual(
        await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-report')))),
        all.items.map((r) => r.id),
      );
      await screenshot(page(), 'reports');
      assert.deepEqual(await seriousViolations(page()), []);
      await page().getByLabel('Tìm theo số hoặc tiêu đề').fill('phong tho');
      await page().getByRole('button', { name: 'Tìm kiếm' }).click();
      await page().waitForURL(/q=phong\+tho/);
      const found = await apiGet(USER, '/api/v1/reports?unit=12&asOf=2025-06-30&q=phong%20tho');
      assert.ok(found.items.some((r) => r.id === report.id));
      await page().locator(`tr[data-report="${report.id}"]`).waitFor();
      assert.equal(await rows.count(), found.items.length);
    }),
  );

  it(
    'shows a report with its metadata and its figures',
    withScreenshot(page, 'report-page', async () => {
      await page().getByRole('link', { name: report.title }).click();
      await page().getByRole('heading', { name: report.title, level: 1 }).waitFor();
      const full = await apiGet(USER, `/api/v1/reports/${report.id}`);
      const meta = page().getByTestId('report-meta');
      await meta.getByText(date(full.issuedOn), { exact: true }).waitFor();
      await meta.getByText(`${full.unit.name} (${full.unit.code})`).waitFor();
      const count = (name) => full.figures.find((f) => f.name === name)?.count ?? 0;
      await meta.getByText(`Dòng kinh phí: ${count('funding lines')}`, { exact: false }).waitFor();
      const lines = await apiGet(
        USER,
        `/api/v1/funding-lines?report=${report.id}&alternatives=true&limit=100`,
      );
      await page().locator('[data-testid="report-funding-lines"] tbody tr').first().waitFor();
      assert.equal(
        await page().locator('[data-testid="report-funding-lines"] tbody tr').count(),
        lines.items.length,
      );
      const values = await apiGet(
        USER,
        `/api/v1/indicator-values?report=${report.id}&alternatives=true&limit=100`,
      );
      await page().locator('[data-testid="report-indicator-values"] tbody tr').first().waitFor();
      assert.equal(
        await page().locator('[data-testid="report-indicator-values"] tbody tr').count(),
        values.items.length,
      );
      await page().getByTestId('report-local-projects').waitFor();
      await screenshot(page(), 'report');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'downloads the original file through the API with the bearer token',
    withScreenshot(page, 'report-download', async () => {
      const [download] = await Promise.all([
        page().waitForEvent('download'),
        page().getByTestId('download').click(),
      ]);
      assert.equal(download.suggestedFilename(), FILE_NAME);
      const saved = await download.path();
      assert.equal(fs.readFileSync(saved, 'utf8'), FILE_TEXT);
    }),
  );

  it(
    'reproduces a search from a link',
    withScreenshot(page, 'reports-deep-link', async () => {
      await page().goto(`${env.baseUrl}/reports?q=phong+tho`);
      assert.equal(await page().getByLabel('Tìm theo số hoặc tiêu đề').inputValue(), 'phong tho');
      await page().locator(`tr[data-report="${report.id}"]`).waitFor();
    }),
  );
});

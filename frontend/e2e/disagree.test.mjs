import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiGet, apiPost } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { millions } from './lib/format.mjs';

const USER = 'laichau.manager';
const TITLE = 'Báo cáo nhanh kết quả giao vốn (bản thử của bộ kiểm thử)';

/**
 * An older report of Phong Thổ restating one of its mid-term report's 2022 lines with another amount: two reports
 * disagree on a key (the mid-term report, newer, stays the current figure, so no other page's numbers move).
 */
async function disagreeingReport() {
  const reports = await apiGet(USER, '/api/v1/reports?unit=109&asOf=2025-06-30');
  const midTerm = reports.items.find((r) => r.title !== TITLE);
  let older = reports.items.find((r) => r.title === TITLE);
  older ??= await apiPost(USER, '/api/v1/reports', {
    unit: '109',
    number: '01/BC-E2E',
    issuedOn: '2023-01-20',
    title: TITLE,
    kind: 'AD_HOC',
    program: 'GNBV-2021-2025',
  });
  const lines = await apiGet(
    USER,
    `/api/v1/funding-lines?report=${midTerm.id}&alternatives=true&year=2022&limit=100`,
  );
  const line = lines.items.find((l) => l.component && l.amountVnd > 0);
  const restated = line.amountVnd + 1_500_000;
  await apiPost(USER, `/api/v1/uploads/funding-lines?report=${older.id}`, [
    {
      program: line.program,
      component: line.component,
      unit: line.unit.code,
      year: line.fiscalYear,
      source: line.source,
      capitalType: line.capitalType,
      measure: line.measure,
      amountVnd: restated,
      implementingBody: line.implementingBody,
      originYear: line.originYear,
      locator: 'Biểu 1, dòng 3',
    },
  ]);
  return { midTerm, older, line, restated };
}

describe('where two reports disagree (Lai Châu province manager)', () => {
  let browser;
  let setup;
  const page = () => browser?.page;
  before(async () => {
    setup = await disagreeingReport();
    browser = await launch();
    await signIn(browser.page, USER, `/reports/${setup.older.id}`);
  });
  after(async () => browser?.close());

  it(
    "shows the key with this report's value beside the other report's, each linked",
    withScreenshot(page, 'disagree', async () => {
      const { midTerm, older, line, restated } = setup;
      const found = await apiGet(USER, `/api/v1/findings?report=${older.id}&rule=REPORTS_DISAGREE`);
      const finding = found.items.find((f) => f.figures.some((x) => x.value === restated));
      assert.ok(finding, 'the API found the disagreement');
      const row = page().locator(`[data-testid="disagreements"] tr[data-finding="${finding.id}"]`);
      assert.equal(
        (await row.getByTestId('this-value').innerText()).trim(),
        `${millions(restated)} triệu đồng`,
      );
      const other = row.getByTestId('other-value');
      await other.getByText(`${millions(line.amountVnd)} triệu đồng`).waitFor();
      await screenshot(page(), 'report-disagreements');
      assert.deepEqual(await seriousViolations(page()), []);
      // The other report's page shows the same key the other way round.
      await other.getByRole('link').click();
      await page().waitForURL(new RegExp(`/reports/${midTerm.id}$`));
      // The URL changes before the new report's page replaces the old one's rows (same finding, same test ids):
      // wait for this report's own value rather than read whichever page is showing.
      const back = page().locator(`[data-testid="disagreements"] tr[data-finding="${finding.id}"]`);
      await back
        .getByTestId('this-value')
        .getByText(`${millions(line.amountVnd)} triệu đồng`)
        .waitFor();
      await back.getByRole('link', { name: `#${finding.id}` }).click();
      await page().waitForURL(`${env.baseUrl}/findings/${finding.id}`);
    }),
  );
});

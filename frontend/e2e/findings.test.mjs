import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiGet, apiPut } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';
import { millions } from './lib/format.mjs';

const MANAGER = 'laichau.manager';
const AS_OF = '2025-06-30';
const NOTE = 'Phần chênh 52 triệu đồng là vốn nộp trả ngân sách huyện (bộ kiểm thử).';

/** Phong Thổ's DA7 2023 disbursed total beside its sub-projects, as the API states it. */
async function da7Finding() {
  const page = await apiGet(
    MANAGER,
    `/api/v1/findings?unit=109&asOf=${AS_OF}&year=2023&rule=TOTAL_VS_PARTS&limit=100`,
  );
  const found = page.items.find((f) => f.subject.component === 'DA7' && f.subject.measure === 'DISBURSED');
  assert.ok(found, 'the DA7 2023 disbursed finding of Phong Thổ');
  return found;
}

describe('findings (Lai Châu province manager)', () => {
  let browser;
  let finding;
  const page = () => browser?.page;
  before(async () => {
    finding = await da7Finding();
    if (finding.status !== 'OPEN') {
      // A second run on the same database starts from an open finding again.
      await apiPut(MANAGER, `/api/v1/findings/${finding.id}/status`, JSON.stringify({ status: 'OPEN' }), {
        'Content-Type': 'application/json',
        'If-Match': `"${finding.version}"`,
      });
      finding = await da7Finding();
    }
    browser = await launch();
    await signIn(browser.page, MANAGER, '/findings');
  });
  after(async () => browser?.close());

  it(
    'counts the open findings per district and rule, and drills down into Phong Thổ',
    withScreenshot(page, 'findings-summary', async () => {
      const summary = await apiGet(MANAGER, `/api/v1/findings/summary?unit=12&asOf=${AS_OF}`);
      const open = summary.items.filter((i) => i.unit.code === '109').reduce((s, i) => s + i.open, 0);
      assert.ok(open > 0);
      const matrix = page().getByTestId('findings-summary');
      const row = matrix.locator('tr[data-unit="109"]');
      assert.equal((await row.getByTestId('row-open').innerText()).trim(), String(open));
      await page().locator(`[data-testid="findings-table"] tr[data-finding="${finding.id}"]`).waitFor();
      await screenshot(page(), 'findings');
      assert.deepEqual(await seriousViolations(page()), []);
      await row.getByRole('link', { name: 'Huyện Phong Thổ', exact: true }).click();
      await page().waitForURL(/unit=109/);
      await page()
        .getByRole('navigation', { name: 'Đường dẫn đơn vị' })
        .getByText('Huyện Phong Thổ')
        .waitFor();
    }),
  );

  it(
    'opens the DA7 2023 finding: 1.098 expected from its parts, the total stated, each figure with its locator',
    withScreenshot(page, 'finding-page', async () => {
      await page()
        .getByRole('link', { name: `#${finding.id}`, exact: true })
        .click();
      await page().waitForURL(new RegExp(`/findings/${finding.id}$`));
      const parts = finding.figures.filter((f) => f.role === 'part');
      const total = finding.figures.find((f) => f.role === 'total');
      // The relation itself, from the API's figures: the parts add up to `expected`, the total is `actual`.
      assert.equal(
        parts.reduce((s, f) => s + f.value, 0),
        finding.expected,
      );
      assert.equal(total.value, finding.actual);
      assert.equal(
        await page().getByTestId('finding-expected').innerText(),
        `${millions(finding.expected)} triệu đồng`,
      );
      assert.equal(
        await page().getByTestId('finding-actual').innerText(),
        `${millions(finding.actual)} triệu đồng`,
      );
      assert.equal(
        await page().getByTestId('finding-actual').getAttribute('title'),
        `${new Intl.NumberFormat('vi-VN').format(finding.actual)} đồng`,
      );
      const locators = await page().getByTestId('figure-locator').allInnerTexts();
      assert.deepEqual(
        locators.map((l) => l.trim()),
        finding.figures.map((f) => f.locator ?? '–'),
      );
      const report = await apiGet(MANAGER, `/api/v1/reports/${total.reportId}`);
      await page().getByTestId('finding-figures').getByRole('link', { name: report.title }).first().waitFor();
      await screenshot(page(), 'finding');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );

  it(
    'marks it explained with a note; the status changes here and in the API',
    withScreenshot(page, 'finding-explain', async () => {
      await page().getByRole('button', { name: 'Lưu quyết định' }).click();
      await page().getByText('Cần ghi chú lý do.').waitFor();
      await page().getByLabel('Ghi chú (bắt buộc)').fill(NOTE);
      await page().getByLabel('Đã giải trình').check();
      await page().getByRole('button', { name: 'Lưu quyết định' }).click();
      await page().getByTestId('decision-saved').getByText('Đã lưu: Đã giải trình.').waitFor();
      await page().getByTestId('finding-status').getByText('Đã giải trình').waitFor();
      await page().getByTestId('finding-decision').getByText(NOTE).waitFor();
      const now = await apiGet(MANAGER, `/api/v1/findings/${finding.id}`);
      assert.equal(now.status, 'EXPLAINED');
      assert.equal(now.note, NOTE);
      assert.equal(now.statusBy, MANAGER);
    }),
  );

  it(
    'lists the change on the audit page: who, when, status and note before and after',
    withScreenshot(page, 'audit', async () => {
      const trail = await apiGet(
        MANAGER,
        `/api/v1/audit-events?resourceType=FINDING&resourceId=${finding.id}`,
      );
      const event = trail.items[0];
      assert.equal(event.operation, 'UPDATE');
      assert.equal(event.after.status, 'EXPLAINED');
      await page().getByRole('navigation', { name: 'Trang' }).getByRole('link', { name: 'Nhật ký' }).click();
      await page().getByTestId('audit-table').waitFor();
      await page().getByLabel('Đối tượng', { exact: true }).selectOption('FINDING');
      await page().getByLabel('Mã đối tượng', { exact: true }).fill(String(finding.id));
      await page().getByRole('button', { name: 'Xem', exact: true }).click();
      await page().waitForURL(new RegExp(`resourceId=${finding.id}`));
      const row = page().locator(`[data-testid="audit-table"] tr[data-event="${event.id}"]`);
      await row.getByText(MANAGER).waitFor();
      // The previous page stays until the filtered one arrives: wait for the filtered rows.
      await page().waitForFunction(
        (n) => globalThis.document.querySelectorAll('[data-testid="audit-table"] tbody tr').length === n,
        trail.items.length,
      );
      assert.deepEqual(
        await page()
          .locator('[data-testid="audit-table"] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-event')))),
        trail.items.map((e) => e.id),
      );
      await row.getByRole('button', { name: `Xem thay đổi #${event.id}` }).click();
      const status = page().locator('[data-testid="audit-diff"] tr[data-field="status"]');
      await status.waitFor();
      assert.deepEqual(
        (await status.locator('td').allInnerTexts()).map((x) => x.trim()),
        [event.before.status, 'EXPLAINED'],
      );
      await page().locator('[data-testid="audit-diff"] tr[data-field="note"]').getByText(NOTE).waitFor();
      await screenshot(page(), 'audit');
      assert.deepEqual(await seriousViolations(page()), []);
    }),
  );
});

describe('findings (Phong Thổ district officer)', () => {
  let browser;
  const page = () => browser?.page;
  before(async () => {
    browser = await launch();
    await signIn(browser.page, 'phongtho.officer', '/findings');
  });
  after(async () => browser?.close());

  it(
    'sees only its district: no finding of another district, another one refused',
    withScreenshot(page, 'findings-scope', async () => {
      const own = await apiGet('phongtho.officer', `/api/v1/findings?asOf=${AS_OF}&limit=100`);
      assert.ok(own.items.length > 0);
      assert.ok(own.items.every((f) => f.unit.code === '109' || f.unit.level === 'COMMUNE'));
      const rows = page().locator('[data-testid="findings-table"] tbody tr');
      await rows.first().waitFor();
      assert.deepEqual(
        await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-finding')))),
        own.items.map((f) => f.id),
      );
      // Findings of other districts exist (the national admin sees them), yet none is shown here.
      const all = await apiGet('admin', '/api/v1/findings?limit=100');
      const elsewhere = all.items.filter((f) => !own.items.some((o) => o.id === f.id));
      assert.ok(elsewhere.length > 0);
      for (const f of elsewhere) assert.equal(await page().locator(`tr[data-finding="${f.id}"]`).count(), 0);
      await page().goto(`${env.baseUrl}/findings/${elsewhere[0].id}`);
      await page().getByRole('alert').getByText('Địa bàn này nằm ngoài phạm vi của bạn.').waitFor();
      await page().goto(`${env.baseUrl}/findings?unit=108&map=pre`);
      await page().getByRole('alert').first().getByText('Địa bàn này nằm ngoài phạm vi của bạn.').waitFor();
      assert.equal(await page().getByTestId('findings-table').count(), 0);
    }),
  );
});

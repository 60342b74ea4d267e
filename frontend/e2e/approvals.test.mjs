import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { apiGet, token } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';
import { env } from './lib/env.mjs';

const OFFICER = 'phongtho.officer';
const MANAGER = 'laichau.manager';
const PROGRAM = 'GNBV-2021-2025';
const REASON = 'Số giải ngân DA2 chưa khớp với báo cáo của Kho bạc (bộ kiểm thử).';
const AS_OF = '2025-06-30';
const key = (year, unit = '109') =>
  `unit=${unit}&program=${PROGRAM}&period=${year}&dataset=FUNDING&asOf=${AS_OF}`;
const status = (year, unit) => apiGet(MANAGER, `/api/v1/approval-status?${key(year, unit)}`);

async function move(username, year, version, to, reason, unit = '109') {
  const response = await fetch(`${env.apiUrl}/api/v1/approval-status?${key(year, unit)}`, {
    method: 'PUT',
    body: JSON.stringify(reason ? { status: to, reason } : { status: to }),
    headers: {
      Authorization: `Bearer ${await token(username)}`,
      'Content-Type': 'application/json',
      'If-Match': `"${version}"`,
    },
  });
  const body = await response.text();
  assert.equal(response.status, 200, `${unit} ${year} → ${to}: ${body}`);
  return JSON.parse(body);
}

/** Back to a sign-off that can be submitted (a second run, or a failed one, may have left it moved). */
async function reset(year, unit = '109', decider = MANAGER) {
  const now = await status(year, unit);
  const why = 'Đặt lại cho bộ kiểm thử.';
  if (now.status === 'APPROVED') await move(decider, year, now.version, 'DRAFT', why, unit);
  if (now.status === 'SUBMITTED') await move(decider, year, now.version, 'RETURNED', why, unit);
}

/**
 * The first year with Phong Thổ funding figures whose submission no open HIGH finding blocks (2022 in the demo
 * data), as the API says; its communes with figures are approved first through the API (the national admin submits
 * them, the district officer approves), so that the district's approval is not held up.
 */
async function chooseYear() {
  const summary = await apiGet(
    MANAGER,
    `/api/v1/funding-summary?program=${PROGRAM}&unit=109&asOf=${AS_OF}&componentLevel=PROJECT`,
  );
  for (const row of summary.totals.filter((r) => r.fiscalYear != null)) {
    const year = row.fiscalYear;
    const s = await apiGet(OFFICER, `/api/v1/approval-status?${key(year)}`);
    if ((s.blockingFindings ?? []).length > 0) continue;
    const children = (s.pendingChildren ?? []).map((c) => c.unit.code);
    for (const child of children) {
      let now = await status(year, child);
      if (now.status === 'DRAFT' || now.status === 'RETURNED') {
        now = await move('admin', year, now.version, 'SUBMITTED', undefined, child);
      }
      if (now.status === 'SUBMITTED') await move(OFFICER, year, now.version, 'APPROVED', undefined, child);
    }
    return { year, children };
  }
  throw new Error('every year of Phong Thổ with figures is blocked by open HIGH findings');
}

const STATUS_VI = {
  DRAFT: 'Đang nhập',
  SUBMITTED: 'Đã trình',
  APPROVED: 'Đã phê duyệt',
  RETURNED: 'Bị trả lại',
};
const statusCell = (page) => page.locator('[data-testid="sign-off"] tr[data-dataset="FUNDING"]');

describe('sign-off: a district submits, the province returns, approves and reopens', () => {
  let officer;
  let manager;
  let year;
  let children = [];
  let current;
  const page = () => current?.page;
  before(async () => {
    ({ year, children } = await chooseYear());
    await reset(year);
    officer = await launch();
    manager = await launch();
    await signIn(officer.page, OFFICER, `/units/109?map=pre&program=${PROGRAM}&year=${year}`);
    await signIn(manager.page, MANAGER, '/approvals');
  });
  after(async () => {
    await officer?.close();
    await manager?.close();
    if (year) {
      await reset(year);
      // The communes last: an approved district holds its communes' approvals.
      for (const child of children) await reset(year, child, OFFICER);
    }
  });
  const unitPage = `${env.baseUrl}/units/109?map=pre&program=${PROGRAM}`;

  it(
    'the officer submits Phong Thổ; the manager finds it awaiting and returns it with a reason',
    withScreenshot(page, 'approvals-return', async () => {
      current = officer;
      const row = statusCell(officer.page);
      // Each child's sign-off of the year, funding and indicators, as the API states them.
      for (const child of children) {
        const cells = officer.page.locator(`[data-testid="children-table"] tr[data-unit="${child}"]`);
        const cell = (dataset) => cells.locator(`[data-testid="child-sign-off"][data-dataset="${dataset}"]`);
        await cell('FUNDING').getByText('Đã phê duyệt', { exact: true }).waitFor();
        const indicators = await apiGet(
          OFFICER,
          `/api/v1/approval-status?${key(year, child).replace('FUNDING', 'INDICATORS')}`,
        );
        await cell('INDICATORS').getByText(STATUS_VI[indicators.status], { exact: true }).waitFor();
      }
      await row.getByRole('button', { name: 'Trình duyệt' }).click();
      await row.getByTestId('approval-done').getByText('Đã trình duyệt.').waitFor();
      await row.getByTestId('sign-off-status').getByText('Đã trình', { exact: true }).waitFor();
      assert.equal((await apiGet(OFFICER, `/api/v1/approval-status?${key(year)}`)).status, 'SUBMITTED');
      await screenshot(officer.page, 'sign-off');
      assert.deepEqual(await seriousViolations(officer.page), []);

      current = manager;
      await manager.page.reload();
      const awaiting = manager.page.locator(
        `[data-testid="approvals-table"] tr[data-unit="109"][data-period="${year}"][data-dataset="FUNDING"]`,
      );
      await awaiting.getByRole('button', { name: 'Phê duyệt' }).waitFor();
      assert.equal(await awaiting.getByTestId('approval-status').innerText(), 'Đã trình');
      assert.match(await awaiting.innerText(), new RegExp(OFFICER));
      await screenshot(manager.page, 'approvals');
      assert.deepEqual(await seriousViolations(manager.page), []);
      await awaiting.getByRole('button', { name: 'Trả lại' }).click();
      await awaiting.getByRole('button', { name: 'Xác nhận: Trả lại' }).click();
      await awaiting.getByText('Cần ghi lý do.').waitFor();
      await awaiting.getByLabel('Lý do (bắt buộc)').fill(REASON);
      await awaiting.getByRole('button', { name: 'Xác nhận: Trả lại' }).click();
      // Returned, it waits for nobody's decision: the row leaves the list.
      await awaiting.waitFor({ state: 'detached' });
      const now = await apiGet(MANAGER, `/api/v1/approval-status?${key(year)}`);
      assert.equal(now.status, 'RETURNED');
      assert.equal(now.reason, REASON);
      assert.equal(now.changedBy, MANAGER);
    }),
  );

  it(
    'the officer sees the reason and resubmits; the manager approves',
    withScreenshot(page, 'approvals-approve', async () => {
      current = officer;
      await officer.page.reload();
      const row = statusCell(officer.page);
      await row.getByTestId('sign-off-status').getByText('Bị trả lại').waitFor();
      await row.getByText(REASON).waitFor();
      await row.getByRole('button', { name: 'Trình duyệt' }).click();
      await row.getByTestId('sign-off-status').getByText('Đã trình', { exact: true }).waitFor();

      current = manager;
      await manager.page.reload();
      const awaiting = manager.page.locator(
        `[data-testid="approvals-table"] tr[data-unit="109"][data-period="${year}"][data-dataset="FUNDING"]`,
      );
      await awaiting.getByRole('button', { name: 'Phê duyệt' }).click();
      await awaiting.waitFor({ state: 'detached' });
      assert.equal((await apiGet(MANAGER, `/api/v1/approval-status?${key(year)}`)).status, 'APPROVED');
    }),
  );

  it(
    'an upload touching the approved year is refused, naming the locked cells',
    withScreenshot(page, 'approvals-locked', async () => {
      current = officer;
      // One of the year's own lines, its amount changed by one million: an edit of an approved figure.
      const line = (
        await apiGet(
          OFFICER,
          `/api/v1/funding-lines?program=${PROGRAM}&unit=109&year=${year}&asOf=${AS_OF}&limit=1`,
        )
      ).items[0];
      assert.ok(line, `a funding line of Phong Thổ in ${year}`);
      await officer.page.goto(`${env.baseUrl}/uploads`);
      const csv = [
        'program,component,unit,year,source,capital_type,measure,amount_million_vnd,reference',
        [
          PROGRAM,
          line.component,
          '109',
          year,
          line.source,
          line.capitalType,
          line.measure,
          line.amountVnd / 1_000_000 + 1,
          'Bộ kiểm thử phê duyệt',
        ].join(','),
      ].join('\n');
      await officer.page.locator('#upload-file').setInputFiles({
        name: 'phong-tho-locked.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${csv}\n`, 'utf8'),
      });
      await officer.page.getByRole('button', { name: 'Kiểm tra (không ghi)' }).click();
      await officer.page.getByText('Số liệu này đã được phê duyệt và đang khóa', { exact: false }).waitFor();
      const cells = officer.page.getByTestId('locked-cells');
      assert.deepEqual(
        (await cells.locator('li').allInnerTexts()).map((s) => s.trim()),
        [`Huyện Phong Thổ (109) · Kinh phí · ${PROGRAM} · ${year}`],
      );
      assert.equal(
        await officer.page.getByTestId('upload-errors').locator('tbody tr').first().getAttribute('data-row'),
        '1',
      );
    }),
  );

  it(
    'the manager reopens the year with a reason on the unit page, and it is a draft again',
    withScreenshot(page, 'approvals-reopen', async () => {
      current = manager;
      await manager.page.goto(`${unitPage}&year=${year}`);
      const row = statusCell(manager.page);
      await row.getByTestId('sign-off-status').getByText('Đã phê duyệt').waitFor();
      await row.getByRole('button', { name: 'Mở lại' }).click();
      await row.getByLabel('Lý do (bắt buộc)').fill('Mở lại để bổ sung số liệu (bộ kiểm thử).');
      await row.getByRole('button', { name: 'Xác nhận: Mở lại' }).click();
      await row.getByTestId('approval-done').getByText('Đã mở lại', { exact: false }).waitFor();
      await row.getByTestId('sign-off-status').getByText('Đang nhập').waitFor();
      assert.equal((await apiGet(MANAGER, `/api/v1/approval-status?${key(year)}`)).status, 'DRAFT');
    }),
  );

  it(
    'downloads the funding annex of the year as XLSX under the server name',
    withScreenshot(page, 'exports-download', async () => {
      current = manager;
      const query = `program=${PROGRAM}&unit=109&asOf=${AS_OF}&yearFrom=${year}&yearTo=${year}&format=xlsx`;
      const api = await fetch(`${env.apiUrl}/api/v1/exports/funding-summary?${query}`, {
        headers: { Authorization: `Bearer ${await token(MANAGER)}` },
      });
      assert.equal(api.status, 200);
      assert.equal(
        api.headers.get('content-type'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const name = /filename="([^"]+)"/.exec(api.headers.get('content-disposition'))[1];
      const [download] = await Promise.all([
        manager.page.waitForEvent('download'),
        manager.page.getByRole('button', { name: 'Phụ lục kinh phí (XLSX)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), name);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gnbv-export-')), name);
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      assert.ok(bytes.length > 0);
      // An XLSX is a zip package: it starts with the local file header "PK\3\4".
      assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      await manager.page.getByText(`Đã tải ${name}.`).waitFor();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }),
  );
});

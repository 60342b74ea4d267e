// A file over the API's 20 MiB synchronous limit through the uploads page: it goes as an upload job whose state and
// progress the page shows, checked (dry run) and then written. The rows are Phong Thổ funding lines stated in a
// report of this test's own, so deleting that report afterwards takes every one of them away again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiDeleteReport, apiGet, apiPost } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';

const USER = 'laichau.manager';
const PROGRAM = 'GNBV-2021-2025';
const TITLE = 'Tệp lớn của bộ kiểm thử (xóa sau khi chạy)';
const SYNC_LIMIT = 20 * 1024 * 1024;
const JOB_TIMEOUT = 600_000; // generous for a shared machine; the test waits for states, it never times them

const HEADER = 'program,component,unit,year,source,capital_type,measure,amount_vnd,implementing_body,report';

/**
 * Valid rows until the file is past the limit: one key per row (its implementing body), every amount 1 tỷ đồng, near
 * the unit's own amounts (smaller ones would move its median so far that its real figures read as outliers).
 */
function largeCsv(year, report) {
  const lines = [HEADER];
  let size = HEADER.length + 1;
  for (let n = 1; size <= SYNC_LIMIT + 256 * 1024; n++) {
    const line = `${PROGRAM},DA2,109,${year},LOCAL,RECURRENT,ASSIGNED,1000000000,Tổ thực hiện thử số ${n},${report}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { content: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), rows: lines.length - 1 };
}

const deleteReport = (id) => apiDeleteReport(USER, id);

/** The first year of the phase whose funding figures no approval of Phong Thổ or Lai Châu locks. */
async function openYear() {
  for (let year = 2021; year <= 2025; year++) {
    const key = (unit) => `unit=${unit}&program=${PROGRAM}&period=${year}&dataset=FUNDING&asOf=2025-06-30`;
    const statuses = await Promise.all(
      ['109', '12'].map((u) => apiGet(USER, `/api/v1/approval-status?${key(u)}`)),
    );
    if (statuses.every((s) => s.status !== 'APPROVED')) return year;
  }
  throw new Error('every year of Phong Thổ is approved: nothing can be uploaded');
}

/** A count as the page writes it (vi-VN: 213.447), escaped for a RegExp. */
const count = (n) => new Intl.NumberFormat('vi-VN').format(n).replace(/\./g, '\\.');

const jobCounts = (n) => {
  return `Đã đọc ${count(n)}, đã kiểm tra ${count(n)}, đã ghi`;
};

describe('a large upload as a job (Lai Châu province manager)', () => {
  let browser;
  let report;
  const page = () => browser?.page;
  before(async () => {
    // A run that failed before its cleanup left its report: take it away first.
    const left = await apiGet(USER, '/api/v1/reports?unit=109&asOf=2025-06-30&limit=1000');
    for (const r of left.items.filter((x) => x.title === TITLE)) await deleteReport(r.id);
    report = await apiPost(USER, '/api/v1/reports', {
      unit: '109',
      number: `E2E-${Date.now()}/BC`,
      issuedOn: '2025-06-30',
      title: TITLE,
      kind: 'AD_HOC',
      program: PROGRAM,
    });
    browser = await launch();
    await signIn(browser.page, USER, '/uploads');
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      if (report) await deleteReport(report.id);
    }
  });

  it(
    'checks a file over 20 MiB as a job, shows its progress, writes it, and its figures are there',
    withScreenshot(page, 'upload-large', async (t) => {
      const year = await openYear();
      const { content, rows } = largeCsv(year, report.id);
      assert.ok(content.length > SYNC_LIMIT, `${content.length} bytes`);
      t.diagnostic(`${rows} rows, ${content.length} bytes, year ${year}`);

      await page().getByRole('heading', { name: 'Tải số liệu lên', level: 1 }).waitFor();
      await page().locator('#upload-file').setInputFiles({
        name: 'phong-tho-lon.csv',
        mimeType: 'text/csv',
        buffer: content,
      });
      const job = page().getByTestId('upload-job');
      const state = job.locator('#job-title');
      const seen = new Set();
      let warnings;
      const watch = setInterval(() => {
        state
          .getAttribute('data-state', { timeout: 1000 })
          .then((s) => s && seen.add(s))
          .catch(() => undefined);
      }, 250);
      try {
        // The dry run: a job; nothing written; the file may then be written.
        await page().getByRole('button', { name: 'Kiểm tra (không ghi)' }).click();
        await job
          .getByRole('heading', { name: 'Kiểm tra đạt: có thể ghi' })
          .waitFor({ timeout: JOB_TIMEOUT });
        assert.equal(await state.getAttribute('data-state'), 'SUCCEEDED');
        assert.match(await job.getByRole('status').innerText(), new RegExp(`^${jobCounts(rows)} `));
        assert.match(await job.getByTestId('upload-counts').innerText(), /mới /);
        warnings = await job.locator('tbody tr').count();
        await screenshot(page(), 'upload-large');
        assert.deepEqual(await seriousViolations(page()), []);
        const checked = await apiGet(USER, `/api/v1/reports/${report.id}`);
        assert.equal(
          checked.figures.reduce((sum, f) => sum + f.count, 0),
          0,
          'a dry run writes nothing',
        );

        // The commit: a second job, which writes every row.
        const commit = page().getByRole('button', { name: 'Ghi vào hệ thống' });
        assert.equal(await commit.isEnabled(), true);
        await commit.click();
        await job.getByRole('heading', { name: 'Đã ghi', exact: true }).waitFor({ timeout: JOB_TIMEOUT });
        assert.equal(await state.getAttribute('data-state'), 'SUCCEEDED');
        assert.match(await job.getByRole('status').innerText(), new RegExp(`^${jobCounts(rows)} `));
      } finally {
        clearInterval(watch);
      }
      // What the page showed along the way (states only reported: how many a run catches depends on the machine).
      t.diagnostic(`job states seen: ${[...seen].join(', ')}`);
      t.diagnostic(`warnings (findings) of the dry run: ${warnings}`);
      assert.match(await job.getByTestId('upload-counts').innerText(), new RegExp(`mới ${count(rows)},`));
      const stated = await apiGet(USER, `/api/v1/reports/${report.id}`);
      assert.deepEqual(
        stated.figures.filter((f) => f.count > 0),
        [{ name: 'funding lines', count: rows }],
      );
    }),
  );
});

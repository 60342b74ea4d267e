import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { apiDeleteReport, apiGet, apiPost, apiPut } from './lib/api.mjs';
import { launch, screenshot, seriousViolations, signIn, withScreenshot } from './lib/browser.mjs';

// The Phong Thổ district officer reviews the figures the product reads from the district's own seed report (002, the
// mid-term review of 2024) and commits the accepted ones. The file is attached to a report of this test's own, dated
// the day before the seed's, so the demo's figures keep counting for the browser files after this one, and deleting
// the report afterwards takes every committed figure (and the findings they raised) away again.
const USER = 'phongtho.officer';
const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/seeds/002_e78e7f344878a655.txt',
);
const FILE_NAME = 'Sơ kết Phong Thổ 2021-2024.txt';
const TITLE = 'Sơ kết giảm nghèo bền vững 2021 - 2024 Huyện Phong Thổ (bản đọc thử của bộ kiểm thử)';

describe('reading a report (Phong Thổ district officer)', () => {
  let browser;
  let report;
  const page = () => browser?.page;
  const proposals = async (query = '') =>
    (await apiGet(USER, `/api/v1/reports/${report.id}/proposals?limit=1000${query}`)).items;
  const rows = () => page().locator('[data-testid="proposals"] tbody tr');

  before(async () => {
    // A run that failed before its cleanup left its report: take it away first.
    const left = await apiGet(USER, '/api/v1/reports?unit=109&asOf=2025-06-30&limit=1000');
    for (const r of left.items.filter((x) => x.title === TITLE)) await apiDeleteReport(USER, r.id);
    report = await apiPost(USER, '/api/v1/reports', {
      unit: '109',
      number: `E2E-${Date.now()}/BC-UBND`,
      issuedOn: '2024-07-31',
      title: TITLE,
      kind: 'MID_TERM_REVIEW',
      program: 'GNBV-2021-2025',
      period: '2021/2024',
    });
    await apiPut(USER, `/api/v1/reports/${report.id}/file`, fs.readFileSync(SEED), {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`,
    });
    browser = await launch();
    await signIn(browser.page, USER, `/reports/${report.id}`);
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      if (report) await apiDeleteReport(USER, report.id);
    }
  });

  it(
    "runs the reader from the report's page and marks each proposed figure in the text",
    withScreenshot(page, 'reading-run', async () => {
      await page().getByTestId('review-figures').click();
      await page().waitForURL(new RegExp(`/reports/${report.id}/reading`));
      await page().getByText('Báo cáo chưa được đọc.').waitFor();
      await page().getByRole('button', { name: 'Đọc báo cáo', exact: true }).click();
      await page().getByTestId('reading-counts').waitFor();
      const reading = await apiGet(USER, `/api/v1/reports/${report.id}/reading`);
      assert.equal(reading.status, 'SUCCEEDED');
      assert.match(
        await page().getByTestId('reading-counts').innerText(),
        new RegExp(`: ${reading.proposed} đề xuất; `),
      );
      const all = await proposals();
      assert.ok(all.length > 10, `proposals: ${all.length}`);
      await rows().first().waitFor();
      assert.deepEqual(
        await rows().evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-proposal')))),
        all.map((p) => p.id),
      );
      // Each mark is the figure where the reader read it: a whole number printed in the proposal's quote (a mark
      // shifted by a character would cut a word or a number).
      let checked = 0;
      for (const p of all.slice(0, 8)) {
        const mark = page().locator(`[data-testid="document"] a[data-proposal="${p.id}"]`);
        if ((await mark.count()) === 0) continue; // its figure is marked for an earlier proposal
        const printed = await mark.first().innerText();
        assert.match(printed, /^\d([\d.,]*\d)?$/, `proposal ${p.id} marks "${printed}"`);
        assert.ok(p.quote.includes(printed), `"${printed}" in "${p.quote}"`);
        checked++;
      }
      assert.ok(checked >= 3, `marks checked: ${checked}`);
      assert.ok((await page().locator('[data-testid="document"] mark').count()) > 10);
    }),
  );

  it(
    'decides a proposal by keyboard: r rejects, p takes it back',
    withScreenshot(page, 'reading-keys', async () => {
      const row = rows().first();
      const id = await row.getAttribute('data-proposal');
      await row.focus();
      await page().keyboard.press('r');
      await page().locator(`tr[data-proposal="${id}"][data-status="REJECTED"]`).waitFor();
      assert.equal((await apiGet(USER, `/api/v1/proposals/${id}`)).status, 'REJECTED');
      await page().locator(`tr[data-proposal="${id}"]`).focus();
      await page().keyboard.press('p');
      await page().locator(`tr[data-proposal="${id}"][data-status="PENDING"]`).waitFor();
      assert.equal((await apiGet(USER, `/api/v1/proposals/${id}`)).status, 'PENDING');
    }),
  );

  it(
    'accepts the pending proposals from a confidence on, and filters them by the URL',
    withScreenshot(page, 'reading-bulk', async () => {
      const sure = (await proposals()).filter((p) => p.confidence >= 0.8);
      await page().getByLabel('Độ tin cậy từ').selectOption('0.8');
      await page()
        .getByRole('button', { name: 'Chấp nhận các đề xuất chờ duyệt có độ tin cậy ≥ 80 %' })
        .click();
      await page().getByTestId('bulk-result').waitFor();
      const accepted = await proposals('&status=ACCEPTED');
      assert.deepEqual(
        accepted.map((p) => p.id),
        sure.map((p) => p.id),
      );
      assert.match(
        await page().getByTestId('bulk-result').innerText(),
        new RegExp(`^Đã chấp nhận ${sure.length} đề xuất`),
      );
      await page().locator('[data-testid="proposals"] tbody tr[data-status="ACCEPTED"]').first().waitFor();
      // The review: the text with its marked figures above the proposals.
      await page()
        .getByRole('heading', { name: 'Văn bản báo cáo' })
        .evaluate((h) => h.scrollIntoView());
      await screenshot(page(), 'reading');
      assert.deepEqual(await seriousViolations(page()), []);

      await page().getByLabel('Trạng thái').selectOption('ACCEPTED');
      await page().waitForURL(/status=ACCEPTED/);
      await page().waitForFunction(
        (n) => globalThis.document.querySelectorAll('[data-testid="proposals"] tbody tr').length === n,
        accepted.length,
      );
      assert.deepEqual(
        [...new Set(await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status'))))],
        ['ACCEPTED'],
      );
      await page().getByLabel('Trạng thái').selectOption('');
      await page().waitForURL((url) => !url.searchParams.has('status'));
    }),
  );

  it(
    "edits a proposal's fields: a refused field is named in Vietnamese, a fixed row is accepted as edited",
    withScreenshot(page, 'reading-edit', async () => {
      const [target] = await proposals('&status=PENDING&dataset=funding-lines');
      assert.ok(target, 'a pending funding line');
      await page()
        .getByRole('button', { name: `Sửa đề xuất #${target.id}`, exact: true })
        .click();
      const form = page().getByRole('form', { name: `Sửa đề xuất #${target.id}`, exact: true });
      await form.getByLabel('Đơn vị', { exact: true }).fill('99999');
      await form.getByRole('button', { name: 'Lưu và chấp nhận' }).click();
      await form.getByTestId('edit-errors').waitFor();
      assert.match(
        await form.getByTestId('edit-errors').innerText(),
        /Dữ liệu không hợp lệ\.[\s\S]*Đơn vị: /,
      );
      assert.equal((await apiGet(USER, `/api/v1/proposals/${target.id}`)).status, 'PENDING');
      await form.getByLabel('Đơn vị', { exact: true }).fill(target.fields.unit);
      await form
        .getByLabel('Đơn vị thực hiện', { exact: true })
        .fill('Phòng Lao động - Thương binh và Xã hội');
      await form.getByRole('button', { name: 'Lưu và chấp nhận' }).click();
      await page().locator(`tr[data-proposal="${target.id}"][data-status="ACCEPTED"]`).waitFor();
      const saved = await apiGet(USER, `/api/v1/proposals/${target.id}`);
      assert.equal(saved.edited, true);
      assert.equal(saved.fields.implementingBody, 'Phòng Lao động - Thương binh và Xã hội');
      assert.match(await page().locator(`tr[data-proposal="${target.id}"]`).innerText(), /đã sửa/);
    }),
  );

  it(
    'checks the accepted set first, rejecting the proposals it names, then commits and shows the figures',
    withScreenshot(page, 'reading-commit', async () => {
      const title = page().getByTestId('commit-title');
      for (let round = 0; round < 3; round++) {
        await page().getByRole('button', { name: 'Kiểm tra trước' }).click();
        await title.waitFor();
        if ((await title.innerText()) === 'Kiểm tra xong: có thể ghi số liệu.') break;
        // Row errors name their proposals: the reviewer rejects those and checks again.
        const ids = await page()
          .locator('[data-testid="commit-errors"] tbody tr a')
          .evaluateAll((as) => [...new Set(as.map((a) => a.textContent.replace('#', '')))]);
        assert.ok(ids.length > 0, await title.innerText());
        for (const id of ids) {
          await page()
            .getByRole('button', { name: `Loại đề xuất #${id}`, exact: true })
            .click();
          await page().locator(`tr[data-proposal="${id}"][data-status="REJECTED"]`).waitFor();
        }
      }
      assert.equal(await title.innerText(), 'Kiểm tra xong: có thể ghi số liệu.');
      const dry = await apiPost(USER, `/api/v1/reports/${report.id}/proposals/commit?dryRun=true`, {});
      const counts = await page().getByTestId('commit-counts').locator('li').allInnerTexts();
      assert.deepEqual(
        counts,
        dry.uploads.map(
          (u) =>
            `${u.dataset === 'funding-lines' ? 'Dòng kinh phí' : 'Chỉ tiêu'}: thêm ${u.inserted}, cập nhật ${u.updated}, xóa ${u.deleted ?? 0}, không đổi ${u.unchanged}.`,
        ),
      );
      const warnings = dry.uploads.flatMap((u) => u.warnings).length;
      assert.equal(await page().locator('[data-testid="upload-warnings"] tbody tr').count(), warnings);

      await page().getByRole('button', { name: 'Ghi số liệu' }).click();
      await page().getByText('Đã ghi số liệu của báo cáo.').waitFor();
      const reading = await apiGet(USER, `/api/v1/reports/${report.id}/reading`);
      assert.ok(reading.committedAt);
      await page().getByRole('link', { name: 'Xem số liệu của báo cáo' }).click();
      await page().getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      const lines = await apiGet(
        USER,
        `/api/v1/funding-lines?report=${report.id}&alternatives=true&limit=1000`,
      );
      const acceptedLines = await proposals('&status=ACCEPTED&dataset=funding-lines');
      assert.ok(lines.items.length > 0);
      assert.equal(lines.items.length, acceptedLines.length);
      await page().locator('[data-testid="report-funding-lines"] tbody tr').first().waitFor();
      assert.equal(
        await page().locator('[data-testid="report-funding-lines"] tbody tr').count(),
        lines.items.length,
      );
    }),
  );
});

import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { AuditPage } from './AuditPage';

afterEach(() => vi.unstubAllGlobals());

const actor = { subject: 's', username: 'laichau.manager', clientId: 'gnbv-spa' };
const base = { actor, unitId: null, requestId: 'r', occurredAt: '2026-12-03T10:36:45Z', resourceKey: null };
const explained = {
  ...base,
  id: 21,
  operation: 'UPDATE',
  resourceType: 'FINDING',
  resourceId: '9',
  resourceKey: 'TOTAL_VS_PARTS 109 #9',
  requestId: 'r21',
  before: { id: 9, note: null, status: 'OPEN', version: 3 },
  after: { id: 9, note: 'đã nộp trả', status: 'EXPLAINED', version: 4 },
};
const upload = {
  ...base,
  id: 23,
  operation: 'UPLOAD',
  resourceType: 'UPLOAD_JOB',
  resourceId: 'job',
  requestId: 'r23',
  before: null,
  after: { rowsRead: 2, inserted: 1, updated: 1, unchanged: 0, deleted: 0, report: 6 },
  createdIds: '{[245,246)}',
};
const replaced = {
  ...base,
  id: 24,
  operation: 'UPDATE',
  resourceType: 'FUNDING_LINE',
  resourceId: '40',
  requestId: 'r23',
  before: { amountVnd: 1 },
  after: { amountVnd: 2 },
};

describe('AuditPage', () => {
  it('lists an upload as one event with its counts, and shows before / after of the chosen event', async () => {
    const requests = fakeApi({
      '/api/v1/audit-events': () => ({ body: { items: [replaced, upload, explained] } }),
    });
    await renderPage(<AuditPage />, {
      path: '/audit?resourceType=FINDING&from=2026-12-01&to=2026-12-03&unit=109',
      route: '/audit',
    });
    const table = await screen.findByTestId('audit-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-event'))).toEqual(['23', '21']);
    expect(rows[0]!.textContent).toContain('Đọc 2 dòng: mới 1, cập nhật 1, không đổi 0, xóa 0');
    expect(rows[0]!.textContent).toContain('1 thay đổi theo dòng của lần tải lên này');
    expect(rows[1]!.textContent).toContain('03/12/2026 17:36:45');

    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Xem thay đổi #21' }));
    const diff = await screen.findByTestId('audit-diff');
    const status = diff.querySelector('tr[data-field="status"]')!;
    expect(status.className).toBe('changed');
    expect(status.textContent).toBe('statusOPENEXPLAINED');
    // Changed fields only, for an update: the unchanged id is left out until asked for.
    expect(diff.querySelector('tr[data-field="id"]')).toBeNull();
    fireEvent.click(screen.getByLabelText('Chỉ các trường thay đổi'));
    expect(screen.getByTestId('audit-diff').querySelector('tr[data-field="id"]')).not.toBeNull();
    expect(
      within(screen.getByTestId('audit-detail')).getByRole('link', { name: '#9' }).getAttribute('href'),
    ).toBe('/findings/9');

    const asked = requests.find((u) => u.pathname === '/api/v1/audit-events')!;
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      resourceType: 'FINDING',
      unit: '109',
      asOf: '2025-06-30',
      from: '2026-12-01T00:00:00+07:00',
      to: '2026-12-04T00:00:00+07:00',
      limit: '50',
    });
  });

  it('opens an upload with its counts and its row changes', async () => {
    fakeApi({ '/api/v1/audit-events': () => ({ body: { items: [replaced, upload] } }) });
    await renderPage(<AuditPage />, { path: '/audit?event=23', route: '/audit' });
    const detail = await screen.findByTestId('audit-detail');
    expect(within(detail).getByTestId('upload-counts').textContent).toBe(
      'Đọc 2 dòng: mới 1, cập nhật 1, không đổi 0, xóa 0',
    );
    fireEvent.click(within(detail).getByRole('button', { name: 'Sửa #40' }));
    const amount = (await screen.findByTestId('audit-diff')).querySelector('tr[data-field="amountVnd"]')!;
    expect(amount.textContent).toBe('amountVnd12');
  });
});

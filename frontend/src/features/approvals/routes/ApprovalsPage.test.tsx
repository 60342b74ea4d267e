import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { ApprovalsPage } from './ApprovalsPage';

afterEach(() => vi.unstubAllGlobals());

const unit = (code: string, name: string, level = 'DISTRICT') => ({ id: Number(code), code, name, level });
const submitted = {
  id: 7,
  unit: unit('109', 'Huyện Phong Thổ'),
  program: 'GNBV-2021-2025',
  dataset: 'FUNDING',
  period: '2022',
  status: 'SUBMITTED',
  changedBy: 'phongtho.officer',
  changedAt: '2026-12-03T08:00:00Z',
  version: 3,
  allowedTransitions: ['APPROVED', 'RETURNED'],
};
const programs = {
  items: [{ code: 'GNBV-2021-2025', nameVi: 'Giai đoạn 2021-2025', startYear: 2021, endYear: 2025 }],
};
const page = { path: '/approvals?period=2022', route: '/approvals' };

describe('ApprovalsPage', () => {
  it('lists what awaits the user with the filters of the URL and approves against the version read', async () => {
    const sent: { method: string; headers: Headers; body: string; url: URL }[] = [];
    const refusal = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      code: 'APPROVAL_CHILDREN_PENDING',
      detail: 'API words',
      pendingChildren: [{ unit: unit('03490', 'Xã Huổi Luông', 'COMMUNE'), status: 'SUBMITTED' }],
    };
    fakeApi(
      {
        '/api/v1/programs': () => ({ body: programs }),
        '/api/v1/approvals': () => ({ body: { items: [submitted] } }),
        'PUT /api/v1/approval-status': () => ({ status: 409, body: refusal }),
      },
      sent,
    );
    await renderPage(<ApprovalsPage />, page);
    const row = (await screen.findByTestId('approvals-table')).querySelector(
      'tr[data-approval="7"]',
    ) as HTMLElement;
    const list = sent.find((s) => s.url.pathname === '/api/v1/approvals')!;
    expect(Object.fromEntries(list.url.searchParams)).toEqual({
      awaiting: 'me',
      period: '2022',
      limit: '50',
    });
    expect(within(row).getByTestId('approval-status').textContent).toBe('Đã trình');

    fireEvent.click(within(row).getByRole('button', { name: 'Phê duyệt' }));
    const error = await within(row).findByTestId('approval-error');
    expect(error.textContent).toContain('Chưa phê duyệt được: còn đơn vị cấp dưới chưa được phê duyệt.');
    expect(within(error).getByTestId('pending-children').textContent).toContain(
      'Xã Huổi Luông (03490): Đã trình',
    );
    const put = sent.find((s) => s.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(Object.fromEntries(put.url.searchParams)).toEqual({
      unit: '109',
      program: 'GNBV-2021-2025',
      period: '2022',
      dataset: 'FUNDING',
    });
    expect(JSON.parse(put.body)).toEqual({ status: 'APPROVED' });
  });

  it('asks a reason before returning, and links the findings that block a submission', async () => {
    const sent: { method: string; headers: Headers; body: string; url: URL }[] = [];
    const refusal = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      code: 'APPROVAL_BLOCKED_BY_FINDINGS',
      blockingFindings: [
        {
          id: 9,
          rule: 'TOTAL_VS_PARTS',
          severity: 'HIGH',
          unit: unit('109', 'Huyện Phong Thổ'),
          fiscalYear: 2023,
        },
      ],
    };
    fakeApi(
      {
        '/api/v1/programs': () => ({ body: programs }),
        '/api/v1/approvals': () => ({ body: { items: [submitted] } }),
        'PUT /api/v1/approval-status': () => ({ status: 409, body: refusal }),
      },
      sent,
    );
    await renderPage(<ApprovalsPage />, page);
    const row = (await screen.findByTestId('approvals-table')).querySelector(
      'tr[data-approval="7"]',
    ) as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Trả lại' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Xác nhận: Trả lại' }));
    expect((await within(row).findByRole('alert')).textContent).toBe('Cần ghi lý do.');
    expect(sent.filter((s) => s.method === 'PUT')).toHaveLength(0);

    fireEvent.change(within(row).getByLabelText('Lý do (bắt buộc)'), { target: { value: ' Sai số DA2 ' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Xác nhận: Trả lại' }));
    const blocking = await within(row).findByTestId('blocking-findings');
    expect(within(blocking).getByRole('link', { name: 'Phát hiện #9' }).getAttribute('href')).toBe(
      '/findings/9',
    );
    expect(JSON.parse(sent.find((s) => s.method === 'PUT')!.body)).toEqual({
      status: 'RETURNED',
      reason: 'Sai số DA2',
    });
  });
});

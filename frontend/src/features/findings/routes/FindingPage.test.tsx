import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { finding, report2 } from '@/test/findings';
import { FindingPage } from './FindingPage';

afterEach(() => vi.unstubAllGlobals());

const page = { path: '/findings/9', route: '/findings/:id' };
const problem = (status: number, code: string, errors?: unknown[]) => ({
  status,
  body: { type: 'about:blank', title: 'Refused', status, code, detail: 'API words', errors },
});

describe('FindingPage', () => {
  it('shows the numbers in Vietnamese formats, exact đồng in the tooltip, and each figure with report and locator', async () => {
    fakeApi({
      '/api/v1/findings/9': () => ({ body: finding }),
      '/api/v1/reports/2': () => ({ body: report2 }),
    });
    await renderPage(<FindingPage />, page);
    const expected = await screen.findByTestId('finding-expected');
    expect(expected.textContent).toBe('1.098 triệu đồng');
    expect(expected.getAttribute('title')).toBe('1.098.000.000 đồng');
    expect(screen.getByTestId('finding-difference').textContent).toBe('-52 triệu đồng');
    const figures = screen.getByTestId('finding-figures');
    const rows = within(figures).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-role'))).toEqual(['total', 'part', 'part']);
    expect(within(rows[0]!).getByText('§III.2.b, l.377')).toBeTruthy();
    const link = await within(rows[0]!).findByRole('link', { name: report2.title });
    expect(link.getAttribute('href')).toBe('/reports/2');
    expect(within(rows[2]!).getByText('nhập trực tiếp')).toBeTruthy();
  });

  it('requires a note, then sends the decision against the version it read', async () => {
    const sent: { method: string; headers: Headers; body: string; url: URL }[] = [];
    let stored = finding;
    fakeApi(
      {
        '/api/v1/findings/9': () => ({ body: stored }),
        'PUT /api/v1/findings/9/status': (_url, s) => {
          stored = { ...finding, ...JSON.parse(s.body), statusBy: 'laichau.manager', version: 1 };
          return { body: stored };
        },
      },
      sent,
    );
    await renderPage(<FindingPage />, page);
    const save = await screen.findByRole('button', { name: 'Lưu quyết định' });
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe('Cần ghi chú lý do.');
    expect(sent.filter((s) => s.method === 'PUT')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Ghi chú (bắt buộc)'), { target: { value: '  đã nộp trả  ' } });
    fireEvent.click(save);
    expect((await screen.findByTestId('decision-saved')).textContent).toBe('Đã lưu: Đã giải trình.');
    const put = sent.find((s) => s.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(JSON.parse(put.body)).toEqual({ status: 'EXPLAINED', note: 'đã nộp trả' });
    await waitFor(() => expect(screen.getByTestId('finding-status').textContent).toBe('Đã giải trình'));
  });

  it.each([
    [problem(409, 'FINDING_RESOLVED'), 'Phát hiện này đã tự khớp'],
    [
      problem(422, 'VALIDATION_FAILED', [{ field: 'note', code: 'MISSING', message: 'Say why' }]),
      'Ghi chú: bắt buộc',
    ],
  ])("shows the API's refusal in the user's language (%#)", async (answer, text) => {
    fakeApi({
      '/api/v1/findings/9': () => ({ body: finding }),
      'PUT /api/v1/findings/9/status': () => answer,
    });
    await renderPage(<FindingPage />, page);
    fireEvent.change(await screen.findByLabelText('Ghi chú (bắt buộc)'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu quyết định' }));
    expect((await screen.findByTestId('decision-error')).textContent).toContain(text);
  });

  it('offers no decision to a viewer', async () => {
    fakeApi({ '/api/v1/findings/9': () => ({ body: finding }) });
    await renderPage(<FindingPage />, {
      ...page,
      user: { username: 'v', name: 'V', roles: ['VIEWER'], units: ['06'] },
    });
    await screen.findByText('Vai trò của bạn chỉ được xem phát hiện.');
    expect(screen.queryByRole('button', { name: 'Lưu quyết định' })).toBeNull();
  });
});

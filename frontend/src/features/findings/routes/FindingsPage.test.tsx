import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { finding, findingSummary } from '@/test/findings';
import { FindingsPage } from './FindingsPage';

afterEach(() => vi.unstubAllGlobals());

const answers = {
  '/api/v1/findings/summary': () => ({ body: findingSummary }),
  '/api/v1/findings': () => ({ body: { items: [finding], next: 'abc' } }),
  '/api/v1/units': () => ({ body: { items: [{ id: 8, code: '12', name: 'Tỉnh Lai Châu' }] } }),
};

describe('FindingsPage', () => {
  it("opens on the user's unit: children × rules, then the list, each finding linked", async () => {
    const requests = fakeApi(answers);
    await renderPage(<FindingsPage />, { path: '/findings', route: '/findings' });
    const matrix = await screen.findByTestId('findings-summary');
    const phongTho = within(matrix).getByRole('link', { name: 'Huyện Phong Thổ' });
    expect(phongTho.getAttribute('href')).toBe('/findings?unit=109');
    const row = phongTho.closest('tr')!;
    expect(within(row).getByTestId('row-open').textContent).toBe('3');
    const cell = row.querySelector('td[data-rule="TOTAL_VS_PARTS"]')!;
    expect(cell.getAttribute('title')).toBe('Chưa xử lý 2 · Đã giải trình 1 · Xác nhận sai 0 · Đã khớp 3');
    expect(
      within(cell as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/findings?rule=TOTAL_VS_PARTS&unit=109');
    const list = await screen.findByTestId('findings-table');
    expect(within(list).getByRole('link', { name: '#9' }).getAttribute('href')).toBe('/findings/9');
    expect(within(list).getByText('1.098 triệu đồng').getAttribute('title')).toBe('1.098.000.000 đồng');
    const asked = requests.find((u) => u.pathname === '/api/v1/findings')!;
    expect(Object.fromEntries(asked.searchParams)).toEqual({ unit: '12', asOf: '2025-06-30', limit: '50' });
  });

  it('reads every filter and the page from the URL', async () => {
    const requests = fakeApi(answers);
    await renderPage(<FindingsPage />, {
      path: '/findings?unit=109&map=post&year=2023&rule=TOTAL_VS_PARTS&severity=HIGH&status=OPEN&report=2&dataset=funding-lines&cursor=xyz',
      route: '/findings',
    });
    await screen.findByTestId('findings-table');
    const list = requests.find((u) => u.pathname === '/api/v1/findings')!;
    expect(Object.fromEntries(list.searchParams)).toEqual({
      unit: '109',
      asOf: '2025-07-01',
      year: '2023',
      rule: 'TOTAL_VS_PARTS',
      severity: 'HIGH',
      status: 'OPEN',
      report: '2',
      dataset: 'funding-lines',
      cursor: 'xyz',
      limit: '50',
    });
    const summary = requests.find((u) => u.pathname === '/api/v1/findings/summary')!;
    expect(summary.searchParams.get('cursor')).toBeNull();
    expect(summary.searchParams.get('rule')).toBe('TOTAL_VS_PARTS');
    expect((screen.getByLabelText('Quy tắc') as HTMLSelectElement).value).toBe('TOTAL_VS_PARTS');
    // Drilling down keeps the filters, drops the page.
    const child = within(await screen.findByTestId('findings-summary')).getByRole('link', {
      name: 'Huyện Sìn Hồ',
    });
    expect(child.getAttribute('href')).toBe(
      '/findings?dataset=funding-lines&map=post&report=2&rule=TOTAL_VS_PARTS&severity=HIGH&status=OPEN&unit=108&year=2023',
    );
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { children, outOfScope, programs, summary } from '@/test/fixtures';
import { OverviewPage } from './OverviewPage';

afterEach(() => vi.unstubAllGlobals());

describe('OverviewPage', () => {
  it("shows the user's unit by project and year, flags a reported figure that differs from its parts", async () => {
    const requests = fakeApi({
      '/api/v1/programs': () => ({ body: programs }),
      '/api/v1/funding-summary': () => ({ body: summary }),
      '/api/v1/funding-summary/children': () => ({ body: children }),
    });
    await renderPage(<OverviewPage />, { path: '/overview', route: '/overview' });

    const table = await screen.findByTestId('summary-table');
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.getAttribute('data-year') === '2022')!;
    expect(within(row).getByText('29,52 %')).toBeTruthy();
    expect(within(row).getAllByText('6.629')[0]!.getAttribute('title')).toBe('6.629.000.000 đồng');
    const flagged = within(row).getAllByTestId('differs');
    expect(flagged[0]!.textContent).toContain('Số báo cáo 6.629 triệu đồng, tổng các phần 6.600 triệu đồng');

    const asked = requests.find((u) => u.pathname === '/api/v1/funding-summary')!;
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      program: 'GNBV-2021-2025',
      unit: '12',
      asOf: '2025-06-30',
      componentLevel: 'PROJECT',
    });

    // Behind on disbursement: only children with money to spend.
    const behind = await screen.findByTestId('behind-table');
    expect(within(behind).getAllByRole('row')).toHaveLength(2);
    expect(within(behind).getByText('Huyện Phong Thổ')).toBeTruthy();
  });

  it('reads the unit, phase, year and map from the URL', async () => {
    const requests = fakeApi({
      '/api/v1/programs': () => ({ body: programs }),
      '/api/v1/funding-summary': () => ({ body: summary }),
      '/api/v1/funding-summary/children': () => ({ body: children }),
    });
    await renderPage(<OverviewPage />, {
      path: '/overview?program=GNBV-2021-2025&unit=109&year=2022&map=post',
      route: '/overview',
    });
    await screen.findByTestId('behind-table');
    const asked = requests.find((u) => u.pathname === '/api/v1/funding-summary/children')!;
    expect(asked.searchParams.get('unit')).toBe('109');
    expect(asked.searchParams.get('year')).toBe('2022');
    expect(asked.searchParams.get('asOf')).toBe('2025-07-01');
  });

  it("shows a refusal in the user's language with the API's detail", async () => {
    fakeApi({
      '/api/v1/programs': () => ({ body: programs }),
      '/api/v1/funding-summary': () => ({ status: 403, body: outOfScope }),
    });
    await renderPage(<OverviewPage />, { path: '/overview?unit=06', route: '/overview' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Địa bàn này nằm ngoài phạm vi của bạn.');
    expect(alert.textContent).toContain('Outside your administrative scope');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});

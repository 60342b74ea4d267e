import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { finding } from '@/test/findings';
import { Disagreements } from './Disagreements';

afterEach(() => vi.unstubAllGlobals());

const disagreement = {
  ...finding,
  id: 31,
  rule: 'REPORTS_DISAGREE' as const,
  severity: 'MEDIUM' as const,
  subject: { component: 'DA1', fiscalYear: 2022, source: 'CENTRAL', measure: 'ASSIGNED', unit: '109' },
  figures: [
    {
      dataset: 'funding-lines' as const,
      id: 40,
      role: 'current',
      value: 2_085_000_000,
      reportId: 2,
      locator: 'l.235',
    },
    {
      dataset: 'funding-lines' as const,
      id: 77,
      role: 'other',
      value: 2_086_500_000,
      reportId: 5,
      locator: 'p.3',
    },
  ],
  reportIds: [2, 5],
};

describe('Disagreements', () => {
  it("puts this report's value beside the other report's, each linked", async () => {
    const requests = fakeApi({ '/api/v1/findings': () => ({ body: { items: [disagreement] } }) });
    await renderPage(<Disagreements report={5} />, { path: '/reports/5', route: '/reports/:id' });
    const row = within(await screen.findByTestId('disagreements')).getAllByRole('row')[1]!;
    expect(within(row).getByTestId('this-value').textContent).toBe('2.086,5 triệu đồng');
    const other = within(row).getByTestId('other-value');
    expect(other.textContent).toContain('2.085 triệu đồng');
    expect(within(other).getByRole('link').getAttribute('href')).toBe('/reports/2');
    expect(within(row).getByRole('link', { name: '#31' }).getAttribute('href')).toBe('/findings/31');
    // Without the code lists (not answered here) codes stand for their labels.
    expect(row.textContent).toContain('DA1 · 2022 · CENTRAL · ASSIGNED');
    const asked = requests.find((u) => u.pathname === '/api/v1/findings')!;
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      report: '5',
      rule: 'REPORTS_DISAGREE',
      limit: '200',
    });
  });

  it('says so when the report agrees with every other', async () => {
    fakeApi({ '/api/v1/findings': () => ({ body: { items: [] } }) });
    await renderPage(<Disagreements report={5} />, { path: '/reports/5', route: '/reports/:id' });
    await screen.findByText('Không có khóa nào báo cáo này nêu khác báo cáo khác.');
  });
});

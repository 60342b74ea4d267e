import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render';
import { FundingLinesTable, type FundingLine } from './FundingLinesTable';

const line = {
  id: 237,
  program: 'GNBV-2021-2025',
  component: 'DA7',
  unit: { id: 138, code: '109', name: 'Huyện Phong Thổ', level: 'DISTRICT' },
  fiscalYear: 2023,
  source: 'CENTRAL',
  capitalType: 'RECURRENT',
  measure: 'DISBURSED',
  amountVnd: 1_046_000_000,
  implementingBody: 'Phòng Lao động',
  locator: '§III.2.b, l.377',
} as unknown as FundingLine;

describe('FundingLinesTable', () => {
  it.each([
    ['locator', 'Vị trí trong báo cáo', '§III.2.b, l.377'],
    ['implementingBody', 'Đơn vị thực hiện', 'Phòng Lao động'],
  ] as const)('ends with the %s column for the page that needs it', async (last, header, cell) => {
    await renderPage(<FundingLinesTable items={[line]} testId="t" last={last} />, { path: '/', route: '/' });
    const table = screen.getByTestId('t');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.at(-1)).toBe(header);
    const cells = within(table).getAllByRole('cell');
    expect(cells.at(-1)!.textContent).toBe(cell);
    expect(within(table).getByText('1.046').getAttribute('title')).toBe('1.046.000.000 đồng');
  });
});

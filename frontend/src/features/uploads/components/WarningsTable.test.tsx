import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render';
import { WarningsTable } from './WarningsTable';

describe('WarningsTable', () => {
  it("links each warning to its finding and names the rule in the user's language", async () => {
    const warning = {
      code: 'TOTAL_VS_PARTS' as const,
      change: 'OPENED' as const,
      findingId: 42,
      severity: 'HIGH' as const,
      message: 'DA7 2023: 1.046 ≠ 1.098',
      rows: [3, 4],
    };
    await renderPage(<WarningsTable items={[warning]} caption="Cảnh báo" />, { path: '/', route: '/' });
    const row = within(screen.getByTestId('upload-warnings')).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: '#42' }).getAttribute('href')).toBe('/findings/42');
    expect(within(row).getByText('Tổng khác tổng các phần')).toBeTruthy();
    expect(within(row).getByText('3, 4')).toBeTruthy();
  });
});

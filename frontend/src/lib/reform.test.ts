import { describe, expect, it } from 'vitest';
import { asOfFor, defaultMap, latestYear } from './reform';

describe('reform views', () => {
  it('reads the old map on the last day before the reform and the new one from its first day', () => {
    expect(asOfFor('pre')).toBe('2025-06-30');
    expect(asOfFor('post')).toBe('2025-07-01');
    expect(defaultMap({ endYear: 2025 })).toBe('pre');
    expect(defaultMap({ endYear: 2030 })).toBe('post');
  });

  it('picks the latest year with a disbursement rate', () => {
    const rows = [
      { fiscalYear: 2022, disbursementRate: 0.8 },
      { fiscalYear: 2023, disbursementRate: 0.95 },
      { fiscalYear: 2024, disbursementRate: null },
      { fiscalYear: null, disbursementRate: 1.3 },
    ];
    expect(latestYear(rows)).toBe(2023);
    expect(latestYear([{ fiscalYear: 2024, disbursementRate: null }])).toBe(2024);
    expect(latestYear([])).toBeUndefined();
  });
});

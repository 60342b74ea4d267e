import { describe, expect, it } from 'vitest';
import { phasePeriods } from './periods';

describe('phasePeriods', () => {
  it('gives each year of the phase, then the whole phase', () => {
    expect(phasePeriods({ startYear: 2021, endYear: 2025 })).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2021/2025',
    ]);
  });
});

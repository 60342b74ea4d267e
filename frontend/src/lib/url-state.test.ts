import { describe, expect, it } from 'vitest';
import { oneOf, readParams, text, writeParams, year } from './url-state';

const spec = { program: text(/^[A-Z0-9-]+$/), year, map: oneOf('pre', 'post') };

describe('url state', () => {
  it('reads valid values and drops invalid ones', () => {
    const values = readParams(new URLSearchParams('program=GNBV-2021-2025&year=2022&map=post'), spec);
    expect(values).toEqual({ program: 'GNBV-2021-2025', year: 2022, map: 'post' });
    expect(readParams(new URLSearchParams('program=<x>&year=20222&map=sideways'), spec)).toEqual({});
  });

  it('writes changes, removes cleared fields and keeps the rest, in a stable order', () => {
    const next = writeParams(new URLSearchParams('year=2022&program=P-2021-2025&q=x'), spec, {
      year: 2023,
      program: undefined,
    });
    expect(next.toString()).toBe('q=x&year=2023');
  });

  it('round-trips a view', () => {
    const view = { program: 'GNBV-2021-2025', year: 2024, map: 'pre' as const };
    expect(readParams(writeParams(new URLSearchParams(), spec, view), spec)).toEqual(view);
  });
});

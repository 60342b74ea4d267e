import { describe, expect, it } from 'vitest';
import { findingSummary } from '@/test/findings';
import { openCount } from './api/get-findings-summary';
import { openOf, toMatrix } from './summary';

describe('toMatrix', () => {
  it('puts children by name, the unit itself last, and only the rules with findings in the order of the docs', () => {
    const m = toMatrix(findingSummary);
    expect(m.rows.map((r) => [r.unit.code, r.own])).toEqual([
      ['109', false],
      ['108', false],
      ['12', true],
    ]);
    expect(m.rules).toEqual(['TOTAL_VS_PARTS', 'CARRY_OVER_CHAIN', 'MAGNITUDE']);
    expect(m.rows[0]!.cells.get('TOTAL_VS_PARTS')).toEqual({
      open: 2,
      explained: 1,
      confirmed: 0,
      resolved: 3,
    });
    expect(m.rows[1]!.cells.get('MAGNITUDE')).toBeUndefined();
  });

  it('counts the open findings per row and in all', () => {
    const m = toMatrix(findingSummary);
    expect(m.rows.map(openOf)).toEqual([3, 0, 1]);
    expect(openCount(findingSummary)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { differencesOf } from './differences';

describe('differencesOf', () => {
  const cell = {
    reported: { assignedVnd: 6_629_000_000, disbursedVnd: 1_957_000_000 },
    computed: { assignedVnd: 6_600_000_000, disbursedVnd: 1_957_000_000 },
    difference: { assignedVnd: 29_000_000, disbursedVnd: 0 },
  };

  it('flags a stated figure that differs from its parts', () => {
    expect(differencesOf(cell, 'assigned')).toEqual([
      { measure: 'assignedVnd', reported: 6_629_000_000, computed: 6_600_000_000, difference: 29_000_000 },
    ]);
    expect(differencesOf(cell, 'available')).toHaveLength(1);
  });

  it('does not flag an agreeing or unstated figure', () => {
    expect(differencesOf(cell, 'disbursed')).toEqual([]);
    expect(differencesOf(cell, 'carriedOver')).toEqual([]);
    expect(differencesOf({}, 'assigned')).toEqual([]);
  });
});

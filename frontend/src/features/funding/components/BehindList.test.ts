import { describe, expect, it } from 'vitest';
import { children } from '@/test/fixtures';
import type { FundingChildFigures } from '../api/get-funding-children';
import { behindOnDisbursement } from './BehindList';

const child = (code: string, availableVnd: number, disbursementRate: number | null) =>
  ({
    ...children.children[0],
    unit: { id: Number(code), code, name: code, level: 'DISTRICT' },
    availableVnd,
    disbursementRate,
  }) as FundingChildFigures;

describe('behindOnDisbursement', () => {
  it('lists children with money to spend, lowest rate first, unreported rates last', () => {
    const sorted = behindOnDisbursement([
      child('105', 100, 0.9),
      child('106', 0, null),
      child('107', 100, null),
      child('108', 100, 0.2),
    ]);
    expect(sorted.map((c) => c.unit.code)).toEqual(['108', '105', '107']);
  });
});

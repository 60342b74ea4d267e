import type { FundingMeasures } from './api/get-funding-summary';

/** The figures a table shows, and the measures behind each (a derived figure differs when a part of it does). */
export const COLUMN_MEASURES = {
  assigned: ['assignedVnd'],
  available: ['assignedVnd', 'carriedInVnd'],
  disbursed: ['disbursedVnd'],
  carriedOver: ['carriedOutVnd'],
} as const satisfies Record<string, readonly (keyof FundingMeasures)[]>;

export type FlaggedColumn = keyof typeof COLUMN_MEASURES;

export type Difference = {
  measure: keyof FundingMeasures;
  reported: number;
  computed: number;
  difference: number;
};

type Cell = { reported?: FundingMeasures; computed?: FundingMeasures; difference?: FundingMeasures };

/** Where a cell's stated figure disagrees with what its parts add up to (a non-zero `difference`). */
export function differencesOf(cell: Cell, column: FlaggedColumn): Difference[] {
  const out: Difference[] = [];
  for (const measure of COLUMN_MEASURES[column]) {
    const difference = cell.difference?.[measure];
    if (difference === undefined || difference === 0) continue;
    out.push({
      measure,
      difference,
      reported: cell.reported?.[measure] ?? 0,
      computed: cell.computed?.[measure] ?? 0,
    });
  }
  return out;
}

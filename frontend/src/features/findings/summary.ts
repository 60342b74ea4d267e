import type { FindingSummary, FindingSummaryRow } from './api/get-findings-summary';
import type { FindingRule } from './api/list-findings';

type Counts = Pick<FindingSummaryRow, 'open' | 'explained' | 'confirmed' | 'resolved'>;
export type MatrixRow = { unit: FindingSummaryRow['unit']; own: boolean; cells: Map<FindingRule, Counts> };
export type Matrix = { rules: FindingRule[]; rows: MatrixRow[] };

const RULE_ORDER: FindingRule[] = [
  'TOTAL_VS_PARTS',
  'AVAILABLE_VS_FLOWS',
  'CARRY_OVER_CHAIN',
  'DISBURSED_OVER_AVAILABLE',
  'ALLOCATED_OVER_ASSIGNED',
  'RETURNED_OVER_CARRIED_IN',
  'MAGNITUDE',
  'REPORTS_DISAGREE',
  'RATE_VS_COUNTS',
  'SHARE_OUT_OF_RANGE',
];

/**
 * The summary's rows (one per child × rule) as a matrix: children by name, the unit's own row last, rules in the
 * order of docs/findings.md, only the rules that have findings.
 */
export function toMatrix(summary: FindingSummary): Matrix {
  const rows = new Map<number, MatrixRow>();
  const rules = new Set<FindingRule>();
  for (const item of summary.items) {
    rules.add(item.rule);
    let row = rows.get(item.unit.id);
    if (!row) {
      row = { unit: item.unit, own: item.unit.id === summary.unit.id, cells: new Map() };
      rows.set(item.unit.id, row);
    }
    const { open, explained, confirmed, resolved } = item;
    row.cells.set(item.rule, { open, explained, confirmed, resolved });
  }
  const ordered = [...rows.values()].sort(
    (a, b) => Number(a.own) - Number(b.own) || a.unit.name.localeCompare(b.unit.name, 'vi'),
  );
  return { rules: RULE_ORDER.filter((r) => rules.has(r)), rows: ordered };
}

export function openOf(row: MatrixRow): number {
  let sum = 0;
  for (const c of row.cells.values()) sum += c.open;
  return sum;
}

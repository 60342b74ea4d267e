import type { components } from '@/lib/api/schema';
import type { CodeList } from '@/lib/api/code-lists';
import { formatDecimal, formatMillions, formatVnd } from '@/lib/format';

type Fields = components['schemas']['ProposalFields'];
type Dataset = components['schemas']['ProposalDataset'];

/**
 * A key field of a proposal: its label key (under reading.fields), its value, the code list naming it if any, or the
 * messages naming it (an i18n prefix) when no published code list does.
 */
export type KeyPart = { field: string; value: string; list?: CodeList; messages?: string };

const FUNDING: [keyof Fields, CodeList?][] = [
  ['unit'],
  ['component'],
  ['year'],
  ['source', 'sources'],
  ['capitalType', 'capitalTypes'],
  ['measure', 'measures'],
  ['implementingBody'],
  ['originYear'],
];
const INDICATOR: [keyof Fields, CodeList?][] = [
  ['unit'],
  ['component'],
  ['indicator'],
  ['category'],
  ['period'],
  ['kind', 'valueKinds'],
];

// A local project: its key, status and households by group (its budget is the amount column).
const PROJECT: (keyof Fields)[] = [
  'unit',
  'component',
  'name',
  'status',
  'householdsPoor',
  'householdsNearPoor',
  'householdsNewlyEscaped',
  'householdsEthnicMinority',
  'householdsOther',
];

/** The key of a proposed figure as the table shows it: the fields its dataset has, the empty ones left out. */
export function keyParts(dataset: Dataset, fields: Fields): KeyPart[] {
  if (dataset === 'local-projects') {
    return PROJECT.flatMap((field) => {
      const value = fields[field];
      if (value === null || value === undefined || value === '') return [];
      const messages = field === 'status' ? 'reading.projectStatuses' : undefined;
      return [{ field, value: String(value), ...(messages ? { messages } : {}) }];
    });
  }
  const spec = dataset === 'funding-lines' ? FUNDING : INDICATOR;
  return spec.flatMap(([field, list]) => {
    const value = fields[field];
    if (value === null || value === undefined || value === '') return [];
    return [{ field, value: String(value), list }];
  });
}

/** The amount (funding lines: `1.957,5 triệu đồng` and the exact đồng) or the value (indicators: `29,52`). */
export function amountOf(dataset: Dataset, fields: Fields): { main: string; exact?: string } {
  if (dataset === 'local-projects') {
    // the budget by source, summed for the column: state, people's counterpart and other money
    const parts = [fields.budgetStateVnd, fields.budgetPeopleCounterpartVnd, fields.budgetOtherVnd];
    const total = parts.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    return total > 0 ? { main: formatMillions(total), exact: formatVnd(total) } : { main: '–' };
  }
  if (dataset === 'funding-lines') {
    const vnd = fields.amountVnd;
    if (vnd === null || vnd === undefined) return { main: '–' };
    return { main: formatMillions(vnd), exact: formatVnd(vnd) };
  }
  return { main: formatDecimal(fields.value) };
}

/** A confidence (0.85) as the page prints it: `85 %`. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

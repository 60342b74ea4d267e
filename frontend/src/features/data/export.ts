import { toCsv, type Cell } from '@/lib/csv';
import { fetchFundingLines, type FundingLine, type FundingLineFilters } from './api/list-funding-lines';
import {
  fetchIndicatorValues,
  type IndicatorValue,
  type IndicatorValueFilters,
} from './api/list-indicator-values';

type Page<T> = { items: T[]; next?: string | null };

/** Every row the filters match, page after page (1,000 a request). */
export async function fetchAll<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    rows.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return rows;
}

// The columns of the canonical upload CSV (README, Bulk upload), plus the row's id and unit name: an export can be
// corrected and uploaded again.
export function fundingLinesCsv(rows: FundingLine[]): string {
  const header = [
    'id',
    'program',
    'component',
    'unit',
    'unit_name',
    'year',
    'source',
    'capital_type',
    'measure',
    'amount_vnd',
    'implementing_body',
    'origin_year',
    'reference',
    'note',
    'report',
    'locator',
  ];
  const cells = rows.map((l): Cell[] => [
    l.id,
    l.program,
    l.component,
    l.unit.code,
    l.unit.name,
    l.fiscalYear,
    l.source,
    l.capitalType,
    l.measure,
    l.amountVnd,
    l.implementingBody,
    l.originYear,
    l.reference,
    l.note,
    l.reportId,
    l.locator,
  ]);
  return toCsv(header, cells);
}

export function indicatorValuesCsv(rows: IndicatorValue[]): string {
  const header = [
    'id',
    'indicator',
    'unit',
    'unit_name',
    'period',
    'kind',
    'category',
    'value',
    'comparator',
    'note',
    'report',
    'locator',
  ];
  const cells = rows.map((v): Cell[] => [
    v.id,
    v.indicator,
    v.unit.code,
    v.unit.name,
    v.period,
    v.kind,
    v.category,
    v.value,
    v.comparator,
    v.note,
    v.reportId,
    v.locator,
  ]);
  return toCsv(header, cells);
}

export const exportFundingLines = async (filters: FundingLineFilters) =>
  fundingLinesCsv(await fetchAll((cursor) => fetchFundingLines(filters, cursor, 1000)));

export const exportIndicatorValues = async (filters: IndicatorValueFilters) =>
  indicatorValuesCsv(await fetchAll((cursor) => fetchIndicatorValues(filters, cursor, 1000)));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, operations } from '@/lib/api/schema';

export type FindingSummary = components['schemas']['FindingSummary'];
export type FindingSummaryRow = FindingSummary['items'][number];
export type SummaryFilters = NonNullable<operations['summarizeFindings']['parameters']['query']>;

/** Findings counted per child unit of `unit` and rule, by status (the drill-down's matrix). */
export const findingsSummaryQuery = (filters: SummaryFilters) =>
  queryOptions({
    queryKey: ['findings', 'summary', filters],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/findings/summary', { params: { query: filters }, signal })),
  });

export const useFindingsSummary = (filters: SummaryFilters, enabled = true) =>
  useQuery({ ...findingsSummaryQuery(filters), enabled });

/** The open findings of the whole summary (the unit and everything below it). */
export function openCount(summary: FindingSummary): number {
  return summary.items.reduce((sum, row) => sum + row.open, 0);
}

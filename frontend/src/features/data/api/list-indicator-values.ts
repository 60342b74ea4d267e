import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

// The operation also answers text/csv (Accept), which these calls never ask for.
type IndicatorValuePage = components['schemas']['IndicatorValuePage'];
export type IndicatorValue = components['schemas']['IndicatorValue'];
export type IndicatorValueFilters = {
  indicator?: string;
  unit?: string;
  asOf?: string;
  period?: string;
  kind?: components['schemas']['ValueKind'];
};

/** One page of indicator values matching the filters (keyset cursor). */
export async function fetchIndicatorValues(
  filters: IndicatorValueFilters,
  cursor: string | undefined,
  limit: number,
) {
  const query = { ...filters, asOf: filters.unit ? filters.asOf : undefined, cursor, limit };
  return unwrap(await api().GET('/api/v1/indicator-values', { params: { query } })) as IndicatorValuePage;
}

export const useIndicatorValues = (filters: IndicatorValueFilters, cursor: string | undefined) =>
  useQuery({
    queryKey: ['indicator-values', filters, cursor],
    queryFn: () => fetchIndicatorValues(filters, cursor, 50),
    placeholderData: keepPreviousData,
  });

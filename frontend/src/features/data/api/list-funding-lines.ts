import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

// The operation also answers text/csv (Accept), which these calls never ask for.
type FundingLinePage = components['schemas']['FundingLinePage'];
export type FundingLine = components['schemas']['FundingLine'];
export type FundingLineFilters = {
  program?: string;
  unit?: string;
  asOf?: string;
  year?: number;
  component?: string;
  source?: components['schemas']['FundingSource'];
  capitalType?: components['schemas']['CapitalType'];
  measure?: components['schemas']['FundingMeasure'];
};

/** One page of funding lines matching the filters (keyset cursor). */
export async function fetchFundingLines(
  filters: FundingLineFilters,
  cursor: string | undefined,
  limit: number,
) {
  const query = { ...filters, asOf: filters.unit ? filters.asOf : undefined, cursor, limit };
  return unwrap(await api().GET('/api/v1/funding-lines', { params: { query } })) as FundingLinePage;
}

export const useFundingLines = (filters: FundingLineFilters, cursor: string | undefined) =>
  useQuery({
    queryKey: ['funding-lines', filters, cursor],
    queryFn: () => fetchFundingLines(filters, cursor, 50),
    placeholderData: keepPreviousData,
  });

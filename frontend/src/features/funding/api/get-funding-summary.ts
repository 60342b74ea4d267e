import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type FundingSummary = components['schemas']['FundingSummary'];
export type FundingSummaryRow = components['schemas']['FundingSummaryRow'];
export type FundingYearTotal = components['schemas']['FundingYearTotal'];
export type FundingMeasures = components['schemas']['FundingMeasures'];

export type FundingSummaryParams = { program: string; unit: string; asOf: string };

/** The unit's subtree by project × fiscal year (rowLevel PROJECT), with the program's totals per year. */
export const fundingSummaryQuery = (p: FundingSummaryParams) =>
  queryOptions({
    queryKey: ['funding', 'summary', p],
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/funding-summary', {
          params: { query: { program: p.program, unit: p.unit, asOf: p.asOf, componentLevel: 'PROJECT' } },
          signal,
        }),
      ),
  });

export const useFundingSummary = (p: FundingSummaryParams) => useQuery(fundingSummaryQuery(p));

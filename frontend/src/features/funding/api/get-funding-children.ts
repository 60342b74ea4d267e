import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type FundingChildren = components['schemas']['FundingChildren'];
export type FundingChildFigures = components['schemas']['FundingChildFigures'];

export type FundingChildrenParams = { program: string; unit: string; asOf: string; year: number };

/** One fiscal year of a unit split over its child units valid at `asOf`. */
export const fundingChildrenQuery = (p: FundingChildrenParams) =>
  queryOptions({
    queryKey: ['funding', 'children', p],
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/funding-summary/children', {
          params: { query: { program: p.program, unit: p.unit, asOf: p.asOf, year: p.year } },
          signal,
        }),
      ),
  });

export const useFundingChildren = (p: FundingChildrenParams, enabled = true) =>
  useQuery({ ...fundingChildrenQuery(p), enabled });

import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

// The operation also answers text/csv (Accept), which these calls never ask for.
type FundingLinePage = components['schemas']['FundingLinePage'];
export type FundingLine = components['schemas']['FundingLine'];

/** The funding lines stated in a report (all of them, current or not), page by page. */
export const reportFundingLinesQuery = (report: number) =>
  infiniteQueryOptions({
    queryKey: ['reports', report, 'funding-lines'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api().GET('/api/v1/funding-lines', {
          params: { query: { report, alternatives: true, limit: 100, cursor: pageParam } },
          signal,
        }),
      ) as FundingLinePage,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useReportFundingLines = (report: number) => useInfiniteQuery(reportFundingLinesQuery(report));

import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

// The operation also answers text/csv (Accept), which these calls never ask for.
type IndicatorValuePage = components['schemas']['IndicatorValuePage'];
export type IndicatorValue = components['schemas']['IndicatorValue'];

/** The indicator values stated in a report, page by page. */
export const reportIndicatorValuesQuery = (report: number) =>
  infiniteQueryOptions({
    queryKey: ['reports', report, 'indicator-values'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api().GET('/api/v1/indicator-values', {
          params: { query: { report, alternatives: true, limit: 100, cursor: pageParam } },
          signal,
        }),
      ) as IndicatorValuePage,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useReportIndicatorValues = (report: number) =>
  useInfiniteQuery(reportIndicatorValuesQuery(report));

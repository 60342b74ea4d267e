import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Report = components['schemas']['Report'];
export type ReportsParams = { unit: string; asOf: string; q?: string };

/** Reports issued in a unit's subtree, newest first, page by page (keyset cursor). */
export const reportsQuery = (p: ReportsParams) =>
  infiniteQueryOptions({
    queryKey: ['reports', 'list', p],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api().GET('/api/v1/reports', {
          params: {
            query: {
              unit: p.unit || undefined,
              asOf: p.unit ? p.asOf : undefined,
              q: p.q || undefined,
              limit: 50,
              cursor: pageParam,
            },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useReports = (p: ReportsParams) => useInfiniteQuery(reportsQuery(p));

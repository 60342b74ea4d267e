import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type LocalProject = components['schemas']['LocalProject'];

/** The local projects (production models) stated in a report, page by page. */
export const reportLocalProjectsQuery = (report: number) =>
  infiniteQueryOptions({
    queryKey: ['reports', report, 'local-projects'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api().GET('/api/v1/local-projects', {
          params: { query: { report, limit: 100, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useReportLocalProjects = (report: number) => useInfiniteQuery(reportLocalProjectsQuery(report));

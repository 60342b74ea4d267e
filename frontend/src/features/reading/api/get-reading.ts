import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Reading = components['schemas']['ReportReading'];

/** The report's latest reading with its proposals counted; null when the report was never read (404). */
export const readingQuery = (report: number) =>
  queryOptions({
    queryKey: ['reading', report, 'latest'],
    queryFn: async ({ signal }): Promise<Reading | null> => {
      try {
        return unwrap(
          await api().GET('/api/v1/reports/{id}/reading', { params: { path: { id: report } }, signal }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const useReading = (report: number) => useQuery(readingQuery(report));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** One report with how many figures cite it and its file's metadata. */
export const reportQuery = (id: number) =>
  queryOptions({
    queryKey: ['reports', id],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/reports/{id}', { params: { path: { id } }, signal })),
  });

export const useReport = (id: number) => useQuery(reportQuery(id));

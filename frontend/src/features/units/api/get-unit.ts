import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Unit = components['schemas']['Unit'];

/** One unit version with its ancestors, for breadcrumbs. */
export const unitQuery = (id: number) =>
  queryOptions({
    queryKey: ['units', id],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/units/{id}', { params: { path: { id } }, signal })),
    staleTime: 10 * 60_000,
  });

export const useUnit = (id: number | undefined) =>
  useQuery({ ...unitQuery(id ?? 0), enabled: id !== undefined });

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** One finding with every figure involved (its ETag is its `version`). */
export const findingQuery = (id: number) =>
  queryOptions({
    queryKey: ['findings', 'one', id],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/findings/{id}', { params: { path: { id } }, signal })),
  });

export const useFinding = (id: number) => useQuery(findingQuery(id));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type UnitSummary = components['schemas']['UnitSummary'];

/** The unit version a code names at a date (codes were reused by the 2025 reform). */
export const findUnitQuery = (code: string, asOf: string | 'any') =>
  queryOptions({
    queryKey: ['units', 'by-code', code, asOf],
    queryFn: async ({ signal }) => {
      // 'any': the code's first version whatever its dates (to name a scope unit the reform has abolished).
      const query = asOf === 'any' ? { code, includeHistory: true, limit: 1 } : { code, asOf, limit: 1 };
      const page = unwrap(await api().GET('/api/v1/units', { params: { query }, signal }));
      const unit = page.items[0];
      if (!unit)
        throw new ApiError(404, { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' });
      return unit;
    },
    staleTime: 10 * 60_000,
  });

export const useFindUnit = (code: string, asOf: string | 'any', enabled = true) =>
  useQuery({ ...findUnitQuery(code, asOf), enabled });

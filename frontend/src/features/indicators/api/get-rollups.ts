import { queryOptions, useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { IndicatorRollup } from './get-rollup-children';

export type RollupParams = { indicator: string; unit: string; period: string; asOf: string };

/** An indicator's ACTUAL figure rolled up to a unit for one period, with the unit's own target beside it. */
export const rollupQuery = (p: RollupParams) =>
  queryOptions({
    queryKey: ['indicators', 'rollup', p],
    queryFn: async ({ signal }): Promise<IndicatorRollup> =>
      unwrap(await api().GET('/api/v1/indicator-rollups', { params: { query: p }, signal })),
  });

/** One roll-up per period, fetched side by side. */
export const useRollups = (base: Omit<RollupParams, 'period'>, periods: string[]) =>
  useQueries({ queries: periods.map((period) => rollupQuery({ ...base, period })) });

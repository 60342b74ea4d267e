import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type IndicatorRollup = components['schemas']['IndicatorRollup'];
export type IndicatorRollupChildren = components['schemas']['IndicatorRollupChildren'];

/** The poor-household rate: poor households over all households, × 100 (a RATIO indicator). */
export const POVERTY_RATE = 'POOR_RATE';

export type RollupChildrenParams = { indicator: string; unit: string; period: string; asOf: string };

/** An indicator rolled up to a unit and to each of its children. */
export const rollupChildrenQuery = (p: RollupChildrenParams) =>
  queryOptions({
    queryKey: ['indicators', 'rollup-children', p],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/indicator-rollups/children', { params: { query: p }, signal })),
  });

export const useRollupChildren = (p: RollupChildrenParams, enabled = true) =>
  useQuery({ ...rollupChildrenQuery(p), enabled });

/** The figure to show: the roll-up, else what the unit itself reported. */
export function rollupFigure(rollup: IndicatorRollup | undefined): string | null {
  if (!rollup) return null;
  return rollup.value ?? rollup.reportedValue ?? null;
}

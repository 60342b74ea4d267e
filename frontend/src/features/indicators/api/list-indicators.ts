import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Indicator = components['schemas']['Indicator'];
export type IndicatorDimension = components['schemas']['IndicatorDimension'];

/** Indicator definitions of one dimension (INCOME: poor and near-poor households, their rates). */
export const indicatorsQuery = (dimension: IndicatorDimension) =>
  queryOptions({
    queryKey: ['indicators', 'list', dimension],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/indicators', { params: { query: { dimension, limit: 200 } }, signal }))
        .items,
    staleTime: 10 * 60_000,
  });

export const useIndicators = (dimension: IndicatorDimension) => useQuery(indicatorsQuery(dimension));

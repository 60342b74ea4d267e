import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, operations } from '@/lib/api/schema';

export type Finding = components['schemas']['Finding'];
export type FindingFigure = components['schemas']['FindingFigure'];
export type FindingRule = components['schemas']['FindingRuleCode'];
export type FindingSeverity = components['schemas']['FindingSeverity'];
export type FindingStatus = components['schemas']['FindingStatus'];
export type FindingFilters = NonNullable<operations['listFindings']['parameters']['query']>;

/** One page of findings matching the filters (newest first, keyset cursor). */
export const findingsQuery = (filters: FindingFilters) => ({
  queryKey: ['findings', 'list', filters],
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    unwrap(await api().GET('/api/v1/findings', { params: { query: filters }, signal })),
});

export const useFindings = (filters: FindingFilters, enabled = true) =>
  useQuery({ ...findingsQuery(filters), placeholderData: keepPreviousData, enabled });

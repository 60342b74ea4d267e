import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Proposal = components['schemas']['Proposal'];
export type ProposalDataset = components['schemas']['ProposalDataset'];
export type ProposalStatus = components['schemas']['ProposalStatus'];
export type ProposalFilters = { dataset?: ProposalDataset; status?: ProposalStatus; minConfidence?: number };

/** The report's proposals in document order, filtered as the URL says, page by page (JSON; never the CSV). */
export const proposalsQuery = (report: number, filters: ProposalFilters) =>
  infiniteQueryOptions({
    queryKey: ['reading', report, 'proposals', filters],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api().GET('/api/v1/reports/{id}/proposals', {
          params: { path: { id: report }, query: { ...filters, limit: 500, cursor: pageParam } },
          signal,
        }),
      ) as components['schemas']['ProposalPage'],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useProposals = (report: number, filters: ProposalFilters) =>
  useInfiniteQuery(proposalsQuery(report, filters));

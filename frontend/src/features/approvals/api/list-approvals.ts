import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, operations } from '@/lib/api/schema';

export type Approval = components['schemas']['Approval'];
export type ApprovalStatus = components['schemas']['ApprovalStatus'];
export type ApprovalDataset = components['schemas']['ApprovalDataset'];
export type ApprovalQuery = NonNullable<operations['listApprovals']['parameters']['query']>;

/** Stored sign-offs in the caller's scope, newest first (`awaiting: 'me'`: what waits for the caller's decision). */
export const approvalsQuery = (query: ApprovalQuery) => ({
  queryKey: ['approvals', 'list', query] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    unwrap(await api().GET('/api/v1/approvals', { params: { query }, signal })),
});

export const useApprovals = (query: ApprovalQuery, enabled = true) =>
  useQuery({ ...approvalsQuery(query), enabled });

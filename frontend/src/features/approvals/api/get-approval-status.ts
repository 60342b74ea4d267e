import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ApprovalDataset } from './list-approvals';

export type ApprovalKey = {
  unit: string;
  program: string;
  period: string;
  dataset: ApprovalDataset;
  asOf?: string;
};

/** One sign-off by its key (DRAFT at version 0 when never moved), with what holds it up. */
export const approvalStatusQuery = (key: ApprovalKey) => ({
  queryKey: ['approvals', 'status', key] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    unwrap(await api().GET('/api/v1/approval-status', { params: { query: key }, signal })),
});

export const useApprovalStatus = (key: ApprovalKey, enabled = true) =>
  useQuery({ ...approvalStatusQuery(key), enabled });

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { Approval } from './list-approvals';

export type ApprovalStatusInput = components['schemas']['ApprovalStatusInput'];

/** Moves a sign-off (by its key) against the version the user saw (`If-Match`; "0" for a key never moved). */
export async function setApprovalStatus(approval: Approval, input: ApprovalStatusInput, asOf?: string) {
  return unwrap(
    await api().PUT('/api/v1/approval-status', {
      params: {
        query: {
          unit: approval.unit.code,
          program: approval.program,
          period: approval.period,
          dataset: approval.dataset,
          ...(asOf ? { asOf } : {}),
        },
        header: { 'If-Match': `"${approval.version}"` },
      },
      body: input,
    }),
  );
}

export function useSetApprovalStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { approval: Approval; input: ApprovalStatusInput; asOf?: string }) =>
      setApprovalStatus(v.approval, v.input, v.asOf),
    onSettled: () => {
      // Lists, statuses, the children's column and the audit trail may all have moved (also after a 409/412).
      void queryClient.invalidateQueries({ queryKey: ['approvals'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

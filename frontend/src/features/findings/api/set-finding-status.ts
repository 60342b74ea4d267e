import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { Finding } from './list-findings';

export type StatusInput = components['schemas']['FindingStatusInput'];

/** A manager's decision (EXPLAINED / CONFIRMED with a note, OPEN to take it back), against the version they saw. */
export async function setFindingStatus(finding: Pick<Finding, 'id' | 'version'>, input: StatusInput) {
  return unwrap(
    await api().PUT('/api/v1/findings/{id}/status', {
      params: { path: { id: finding.id }, header: { 'If-Match': `"${finding.version}"` } },
      body: input,
    }),
  );
}

export function useSetFindingStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ finding, input }: { finding: Pick<Finding, 'id' | 'version'>; input: StatusInput }) =>
      setFindingStatus(finding, input),
    onSuccess: (updated) => {
      queryClient.setQueryData(['findings', 'one', updated.id], updated);
      // Lists, counts and the audit trail now differ.
      void queryClient.invalidateQueries({ queryKey: ['findings'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

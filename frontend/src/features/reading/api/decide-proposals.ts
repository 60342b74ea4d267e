import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type BulkDecision = components['schemas']['ProposalBulkDecision'];

/** One decision for many proposals (by ids or a confidence range); decided ones stay unless `overrule`. */
export async function decideProposals(report: number, decision: BulkDecision) {
  return unwrap(
    await api().POST('/api/v1/reports/{id}/proposals/decisions', {
      params: { path: { id: report } },
      body: decision,
    }),
  );
}

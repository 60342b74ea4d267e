import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ProposalCommit = components['schemas']['ProposalCommit'];
export type ProposalCommitProblem = components['schemas']['ProposalCommitProblem'];

/** The accepted proposals checked (dryRun) or written as the report's figures, all datasets in one transaction. */
export async function commitProposals(report: number, dryRun: boolean): Promise<ProposalCommit> {
  return unwrap(
    await api().POST('/api/v1/reports/{id}/proposals/commit', {
      params: { path: { id: report }, query: { dryRun } },
    }),
  );
}

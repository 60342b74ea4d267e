import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { Proposal, ProposalStatus } from './list-proposals';

export type ProposalFields = components['schemas']['ProposalFields'];

/** Accepts (optionally with edited fields), rejects or reopens one proposal, at the version the page shows. */
export async function decideProposal(
  proposal: Pick<Proposal, 'id' | 'version'>,
  status: ProposalStatus,
  fields?: ProposalFields,
): Promise<Proposal> {
  return unwrap(
    await api().PUT('/api/v1/proposals/{id}', {
      params: { path: { id: proposal.id }, header: { 'If-Match': `"${proposal.version}"` } },
      body: fields ? { status, fields } : { status },
    }),
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { decideProposal } from '../api/decide-proposal';
import type { Proposal, ProposalStatus } from '../api/list-proposals';
import { ProposalRow } from './ProposalRow';

/** The proposals in document order, each decided by its buttons or by a/r/p on its focused row. */
export function ProposalsTable({
  report,
  items,
  quotes,
}: {
  report: number;
  items: Proposal[];
  /** Whether to show each quote (not when the report's text is shown beside the table). */
  quotes: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decision = useMutation({
    mutationFn: ({ p, status }: { p: Proposal; status: ProposalStatus }) => decideProposal(p, status),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reading', report] }),
  });
  return (
    <div>
      <p className="muted">{t('reading.keyboard')}</p>
      {decision.error && <ErrorState error={decision.error} lead={t('reading.decisionFailed')} />}
      <div className="table-wrap scroll proposals" tabIndex={-1}>
        <table className="figures" data-testid="proposals">
          <caption>{t('reading.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reading.col.id')}</th>
              <th scope="col">{t('reading.col.dataset')}</th>
              <th scope="col">{t('reading.col.key')}</th>
              <th scope="col">{t('reading.col.amount')}</th>
              <th scope="col">{t('reading.col.confidence')}</th>
              <th scope="col">{t('reading.col.reasons')}</th>
              {quotes && <th scope="col">{t('reading.col.quote')}</th>}
              <th scope="col">{t('reading.col.status')}</th>
              <th scope="col">{t('reading.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <ProposalRow
                key={p.id}
                proposal={p}
                quote={quotes}
                busy={decision.isPending}
                onDecide={(proposal, status) => decision.mutate({ p: proposal, status })}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

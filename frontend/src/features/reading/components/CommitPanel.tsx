import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { ApiError } from '@/lib/api/problem';
import { commitProposals, type ProposalCommit, type ProposalCommitProblem } from '../api/commit-proposals';
import { CommitOutcome } from './CommitOutcome';

type Outcome = { commit?: ProposalCommit; error?: unknown };

/**
 * Dry run first (counts, row errors by proposal, the findings the accepted set would raise), then the commit —
 * allowed only while the decisions are those the dry run checked (`decisions` changes with every decision).
 */
export function CommitPanel({
  report,
  accepted,
  decisions,
}: {
  report: number;
  accepted: number;
  decisions: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<'check' | 'write'>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [checked, setChecked] = useState<string>();
  const send = async (dryRun: boolean) => {
    setBusy(dryRun ? 'check' : 'write');
    setOutcome(undefined);
    try {
      const commit = await commitProposals(report, dryRun);
      setOutcome({ commit });
      setChecked(dryRun && !commit.rejected ? decisions : undefined);
      // Written figures: every cached read of them (and the reading's committedAt) may be stale.
      if (!dryRun) await queryClient.invalidateQueries();
    } catch (error) {
      setOutcome({ error });
      setChecked(undefined);
    } finally {
      setBusy(undefined);
    }
  };
  const problem =
    outcome?.error instanceof ApiError
      ? (outcome.error.problem as ProposalCommitProblem | undefined)
      : undefined;
  const commit = outcome?.commit ?? problem?.commit;
  const stale = checked !== undefined && checked !== decisions;
  return (
    <section aria-labelledby="commit-title" data-testid="commit-panel">
      <h2 id="commit-title">{t('reading.commit')}</h2>
      {accepted === 0 && <p>{t('reading.noAccepted')}</p>}
      <div className="filters">
        <button type="button" onClick={() => void send(true)} disabled={busy !== undefined || accepted === 0}>
          {t('reading.dryRun')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void send(false)}
          disabled={busy !== undefined || checked === undefined || stale}
        >
          {t('reading.write')}
        </button>
      </div>
      {busy && <p role="status">{busy === 'check' ? t('reading.checking') : t('reading.writing')}</p>}
      {stale && <p role="status">{t('reading.staleCheck')}</p>}
      {outcome && (
        <h3 data-testid="commit-title">
          {outcome.error !== undefined
            ? t('reading.refused')
            : commit?.dryRun
              ? commit.rejected
                ? t('reading.dryRunRejected')
                : t('reading.dryRunOk')
              : t('reading.written')}
        </h3>
      )}
      {outcome?.error !== undefined && <ErrorState error={outcome.error} lead={t('reading.refused')} />}
      {commit && <CommitOutcome commit={commit} />}
      {commit && !commit.dryRun && !commit.rejected && (
        <p>
          <Link to={`/reports/${report}#funding-lines`}>{t('reading.seeFigures')}</Link>
        </p>
      )}
    </section>
  );
}

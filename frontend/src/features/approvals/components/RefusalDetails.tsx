import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, type Problem } from '@/lib/api/problem';

type LockedCell = NonNullable<Problem['lockedCells']>[number];

/** The approved sign-offs a refused write touched (409 PERIOD_LOCKED), one readable line each. */
export function LockedCells({ cells }: { cells: LockedCell[] }) {
  const { t } = useTranslation();
  if (cells.length === 0) return null;
  return (
    <div data-testid="locked-cells">
      <p>{t('approvals.lockedCells')}</p>
      <ul>
        {cells.map((c) => (
          <li key={c.signOffId} data-sign-off={c.signOffId}>
            {t('approvals.lockedCell', {
              unit: c.unitName,
              code: c.unitCode,
              dataset: t(`approvals.datasets.${c.dataset}`),
              program: c.program,
              period: c.period,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What a refused sign-off or write names beyond its message: the children still to approve, the open HIGH findings
 * (each linked to its page) or the locked cells.
 */
export function RefusalDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || !error.problem) return null;
  const { pendingChildren = [], blockingFindings = [], lockedCells = [] } = error.problem;
  return (
    <>
      {pendingChildren.length > 0 && (
        <div data-testid="pending-children">
          <p>{t('approvals.pendingChildren')}</p>
          <ul>
            {pendingChildren.map((c) => (
              <li key={c.unit.id}>
                {c.unit.name} ({c.unit.code}): {t(`approvals.statuses.${c.status}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {blockingFindings.length > 0 && (
        <div data-testid="blocking-findings">
          <p>{t('approvals.blockingFindings')}</p>
          <ul>
            {blockingFindings.map((f) => (
              <li key={f.id}>
                <Link to={`/findings/${f.id}`}>{t('approvals.finding', { id: f.id })}</Link> ·{' '}
                {t(`findings.rules.${f.rule}`, { defaultValue: f.rule })} · {f.unit.name} ·{' '}
                {f.fiscalYear ?? f.period ?? '–'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <LockedCells cells={lockedCells} />
    </>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '@/components/ui/States';
import { formatDateTime } from '@/lib/format';
import { useApprovalStatus, type ApprovalKey } from '../api/get-approval-status';
import { DATASETS } from './ApprovalFilters';
import { ApprovalActions } from './ApprovalActions';

type Props = { unit: string; unitName: string; program: string; period: string; asOf: string };

/**
 * A unit's sign-off of one year, funding and indicators: the status, its last move, what holds it up (children not
 * approved, open HIGH findings) and the moves the API allows the user (submit for the unit's own officers; approve,
 * return or reopen for the level above).
 */
export function SignOffPanel({ unit, unitName, program, period, asOf }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="sign-off">
        <caption>{t('approvals.signOffCaption', { unit: unitName, period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('approvals.dataset')}</th>
            <th scope="col">{t('approvals.status')}</th>
            <th scope="col">{t('approvals.who')}</th>
            <th scope="col">{t('approvals.reason')}</th>
            <th scope="col">{t('approvals.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {DATASETS.map((dataset) => (
            <SignOffRow key={dataset} signOffKey={{ unit, program, period, dataset, asOf }} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SignOffRow({ signOffKey }: { signOffKey: ApprovalKey }) {
  const { t } = useTranslation();
  const status = useApprovalStatus(signOffKey);
  const label = <th scope="row">{t(`approvals.datasets.${signOffKey.dataset}`)}</th>;
  if (status.error || !status.data)
    return (
      <tr>
        {label}
        <td colSpan={4}>{status.error ? <ErrorState error={status.error} /> : <Loading />}</td>
      </tr>
    );
  const a = status.data;
  const pending = a.pendingChildren ?? [];
  const blocking = a.blockingFindings ?? [];
  return (
    <tr data-dataset={a.dataset} data-status={a.status}>
      {label}
      <td data-testid="sign-off-status">
        <strong>{t(`approvals.statuses.${a.status}`)}</strong>
        {pending.length > 0 && (
          <p className="muted">
            {t('approvals.pendingChildren')} {pending.map((c) => c.unit.name).join(', ')}
          </p>
        )}
        {blocking.length > 0 && (
          <p className="muted">
            {t('approvals.blockingFindings')}{' '}
            {blocking.map((f, i) => (
              <span key={f.id}>
                {i > 0 && ', '}
                <Link to={`/findings/${f.id}`}>{t('approvals.finding', { id: f.id })}</Link>
              </span>
            ))}
          </p>
        )}
      </td>
      <td>
        {a.changedBy
          ? t('approvals.lastChange', { who: a.changedBy, when: formatDateTime(a.changedAt) })
          : '–'}
      </td>
      <td>{a.reason ?? '–'}</td>
      <td>
        <ApprovalActions approval={a} asOf={signOffKey.asOf} />
      </td>
    </tr>
  );
}

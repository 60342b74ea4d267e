import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { Approval } from '../api/list-approvals';
import { ApprovalActions } from './ApprovalActions';

/** Sign-offs one per row: whose, which figures, where they stand, who moved them last, and what the user may do. */
export function ApprovalsTable({ items }: { items: Approval[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="approvals-table">
        <caption>{t('approvals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('approvals.unit')}</th>
            <th scope="col">{t('approvals.program')}</th>
            <th scope="col">{t('approvals.period')}</th>
            <th scope="col">{t('approvals.dataset')}</th>
            <th scope="col">{t('approvals.status')}</th>
            <th scope="col">{t('approvals.who')}</th>
            <th scope="col">{t('approvals.reason')}</th>
            <th scope="col">{t('approvals.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr
              key={a.id ?? `${a.unit.code}-${a.period}-${a.dataset}`}
              data-approval={a.id}
              data-unit={a.unit.code}
              data-period={a.period}
              data-dataset={a.dataset}
            >
              <th scope="row">
                {a.unit.name} ({a.unit.code})
              </th>
              <td>{a.program}</td>
              <td>{a.period}</td>
              <td>{t(`approvals.datasets.${a.dataset}`)}</td>
              <td data-testid="approval-status">{t(`approvals.statuses.${a.status}`)}</td>
              <td>
                {a.changedBy
                  ? t('approvals.lastChange', { who: a.changedBy, when: formatDateTime(a.changedAt) })
                  : '–'}
              </td>
              <td>{a.reason ?? '–'}</td>
              <td>
                <ApprovalActions approval={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

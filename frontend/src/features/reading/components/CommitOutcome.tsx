import { useTranslation } from 'react-i18next';
import { WarningsTable } from '@/features/uploads/components/WarningsTable';
import type { ProposalCommit } from '../api/commit-proposals';

/** What a dry run or a commit did: counts per dataset, row errors named by proposal, the findings raised. */
export function CommitOutcome({ commit }: { commit: ProposalCommit }) {
  const { t } = useTranslation();
  const warnings = commit.uploads.flatMap((u) => u.warnings);
  return (
    <div data-testid="commit-outcome">
      <ul data-testid="commit-counts">
        {commit.uploads.map((u) => (
          <li key={u.dataset}>
            {t('reading.uploadCounts', {
              dataset: t(`reading.datasets.${u.dataset}`),
              inserted: u.inserted,
              updated: u.updated,
              deleted: u.deleted ?? 0,
              unchanged: u.unchanged,
            })}
          </li>
        ))}
      </ul>
      {commit.errors.length > 0 && (
        <div
          className="table-wrap scroll"
          tabIndex={0}
          role="region"
          aria-label={t('reading.errors', { count: commit.errors.length })}
        >
          <table className="figures" data-testid="commit-errors">
            <caption>{t('reading.errors', { count: commit.errors.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reading.proposal')}</th>
                <th scope="col">{t('reading.field')}</th>
                <th scope="col">{t('reading.message')}</th>
              </tr>
            </thead>
            <tbody>
              {commit.errors.map((e, i) => (
                <tr key={`${e.proposalId}-${e.field ?? ''}-${i}`}>
                  <td>
                    <a href={`#proposal-${e.proposalId}`}>#{e.proposalId}</a>
                  </td>
                  <td>{e.field ?? '–'}</td>
                  <td className="wrap">{t(`violations.${e.code}`, { defaultValue: e.message })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {warnings.length > 0 && (
        <WarningsTable items={warnings} caption={t('reading.warnings', { count: warnings.length })} />
      )}
    </div>
  );
}

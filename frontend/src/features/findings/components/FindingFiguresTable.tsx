import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/api/code-lists';
import { reportQuery } from '@/features/reports/api/get-report';
import type { Finding } from '../api/list-findings';
import { roleLabel } from '../labels';
import { Figure } from './FindingsTable';

/** Every figure of a finding: its part in the relation, its value, the report stating it (linked) and where. */
export function FindingFiguresTable({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const ids = [...new Set(finding.figures.flatMap((f) => (f.reportId == null ? [] : [f.reportId])))];
  const reports = useQueries({ queries: ids.map((id) => ({ ...reportQuery(id), staleTime: 60_000 })) });
  const title = new Map(ids.map((id, i) => [id, reports[i]?.data?.title]));
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="finding-figures">
        <caption>{t('findings.figuresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.role')}</th>
            <th scope="col">{t('findings.value')}</th>
            <th scope="col">{t('reports.title')}</th>
            <th scope="col">{t('findings.locator')}</th>
          </tr>
        </thead>
        <tbody>
          {finding.figures.map((f) => (
            <tr key={`${f.dataset}-${f.id}`} data-figure={f.id} data-role={f.role}>
              <td>{roleLabel(f.role, t, (code) => label('measures', code))}</td>
              <Figure dataset={f.dataset} value={f.value} />
              <td className="wrap">
                {f.reportId == null ? (
                  <span className="muted">{t('findings.noReport')}</span>
                ) : (
                  <Link to={`/reports/${f.reportId}`} data-report={f.reportId}>
                    {title.get(f.reportId) ?? t('findings.reportLink', { id: f.reportId })}
                  </Link>
                )}
              </td>
              <td className="wrap" data-testid="figure-locator">
                {f.locator ?? '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

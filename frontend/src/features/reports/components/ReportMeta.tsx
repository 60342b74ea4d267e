import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/api/code-lists';
import { formatDate } from '@/lib/format';
import type { Report } from '../api/list-reports';

/** What the report says about itself: number, date, issuer, period, kind, program, note, and figure counts. */
export function ReportMeta({ report }: { report: Report }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const figureName: Record<string, string> = {
    'funding lines': t('reports.fundingLines'),
    'indicator values': t('reports.indicatorValues'),
    'local projects': t('reports.localProjects'),
  };
  return (
    <dl className="meta" data-testid="report-meta">
      <dt>{t('reports.number')}</dt>
      <dd>{report.number}</dd>
      <dt>{t('reports.issuedOn')}</dt>
      <dd>{formatDate(report.issuedOn)}</dd>
      <dt>{t('reports.issuer')}</dt>
      <dd>
        {report.unit.name} ({report.unit.code})
      </dd>
      <dt>{t('reports.period')}</dt>
      <dd>
        {report.period ?? '–'}
        {report.periodStart && ` (${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)})`}
      </dd>
      <dt>{t('reports.kind')}</dt>
      <dd>{label('reportKinds', report.kind)}</dd>
      <dt>{t('reports.program')}</dt>
      <dd>{report.program ?? '–'}</dd>
      {report.note && (
        <>
          <dt>{t('reports.note')}</dt>
          <dd>{report.note}</dd>
        </>
      )}
      <dt>{t('reports.figures')}</dt>
      <dd>
        {(report.figures ?? []).map((f) => `${figureName[f.name] ?? f.name}: ${f.count}`).join(' · ') || '–'}
      </dd>
    </dl>
  );
}

import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';
import { useReport } from '../api/get-report';
import { useReportFundingLines } from '../api/list-report-funding-lines';
import { useReportIndicatorValues } from '../api/list-report-indicator-values';
import { useReportLocalProjects } from '../api/list-report-local-projects';
import { FiguresSection } from '../components/FiguresSection';
import { FundingLinesTable } from '@/components/tables/FundingLinesTable';
import { IndicatorValuesTable } from '@/components/tables/IndicatorValuesTable';
import { LocalProjectsTable } from '../components/LocalProjectsTable';
import { ReportFile } from '../components/ReportFile';
import { ReportMeta } from '../components/ReportMeta';
import { useUser } from '@/lib/auth/AuthContext';
import { Disagreements } from '@/features/findings/components/Disagreements';

export function ReportPage() {
  const raw = useParams().id ?? '';
  if (!/^[1-9]\d{0,17}$/.test(raw)) return <Empty />;
  return <ReportView id={Number(raw)} />;
}

function ReportView({ id }: { id: number }) {
  const { t } = useTranslation();
  const report = useReport(id);
  const lines = useReportFundingLines(id);
  const values = useReportIndicatorValues(id);
  const projects = useReportLocalProjects(id);
  // Reviewing proposed figures is for those who may upload (viewers only read); the API checks the unit's scope.
  const canUpload = useUser().roles.some((r) => r !== 'VIEWER');
  return (
    <section aria-labelledby="report-title">
      <p>
        <Link to="/reports">← {t('reports.back')}</Link>
      </p>
      <QueryView query={report}>
        {(r) => (
          <>
            <h1 id="report-title">{r.title}</h1>
            <ReportMeta report={r} />
            <h2>{t('reports.file')}</h2>
            <ReportFile report={r} />
            {canUpload && r.file && (
              <p>
                <Link className="button" to={`/reports/${id}/reading`} data-testid="review-figures">
                  {t('reading.action')}
                </Link>
              </p>
            )}
          </>
        )}
      </QueryView>
      <Disagreements report={id} />
      <FiguresSection id="funding-lines" title={t('reports.fundingLines')} query={lines}>
        {(items) => <FundingLinesTable items={items} testId="report-funding-lines" last="locator" />}
      </FiguresSection>
      <FiguresSection id="indicator-values" title={t('reports.indicatorValues')} query={values}>
        {(items) => <IndicatorValuesTable items={items} testId="report-indicator-values" locator />}
      </FiguresSection>
      <FiguresSection id="local-projects" title={t('reports.localProjects')} query={projects}>
        {(items) => <LocalProjectsTable items={items} />}
      </FiguresSection>
    </section>
  );
}

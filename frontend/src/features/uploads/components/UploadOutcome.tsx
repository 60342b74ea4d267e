import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { ApiError } from '@/lib/api/problem';
import { formatCount } from '@/lib/format';
import { LockedCells } from '@/features/approvals/components/RefusalDetails';
import type { UploadProblem, UploadReport } from '../api/upload-batch';
import { ViolationsTable } from './ViolationsTable';
import { WarningsTable } from './WarningsTable';

export type Outcome = { report?: UploadReport; error?: unknown };

/** The report of a dry run or a commit; for a refused batch, its row errors in a table. */
export function UploadOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const labels = {
    row: t('uploads.row'),
    field: t('uploads.field'),
    code: t('uploads.code'),
    message: t('uploads.message'),
  };
  const problem =
    outcome.error instanceof ApiError ? (outcome.error.problem as UploadProblem | undefined) : undefined;
  const report = outcome.report ?? problem?.report;
  const errors = problem?.errors ?? report?.errors ?? [];
  return (
    <section aria-labelledby="outcome-title" data-testid="upload-outcome">
      <h2 id="outcome-title">
        {outcome.error || report?.rejected
          ? t('uploads.rejected')
          : report?.dryRun
            ? t('uploads.dryRunOk')
            : t('uploads.written')}
      </h2>
      {outcome.error !== undefined && <ErrorState error={outcome.error} lead={t('uploads.refusal')} />}
      <LockedCells cells={problem?.lockedCells ?? report?.lockedCells ?? []} />
      {report && (
        <p data-testid="upload-counts">
          {t('uploads.counts', {
            read: formatCount(report.rowsRead),
            valid: formatCount(report.rowsValid),
            inserted: formatCount(report.inserted),
            updated: formatCount(report.updated),
            unchanged: formatCount(report.unchanged),
            deleted: formatCount(report.deleted ?? 0),
          })}
        </p>
      )}
      {report?.findingsPending && (
        <p className="state" data-testid="upload-findings-pending">
          {t('uploads.findingsPending')}
        </p>
      )}
      {errors.length > 0 && (
        <ViolationsTable
          items={errors}
          caption={t('uploads.errors', {
            total: formatCount(problem?.errorCount ?? report?.errorCount ?? errors.length),
          })}
          testId="upload-errors"
          labels={labels}
        />
      )}
      {report && report.warnings.length > 0 && (
        <WarningsTable items={report.warnings} caption={warningsCaption(t, report)} />
      )}
    </section>
  );
}

/** All the findings the upload changed, and how many are listed when not all are (the report lists 1,000). */
function warningsCaption(t: TFunction, report: UploadReport): string {
  const listed = report.warnings.length;
  const total = report.warningCount ?? listed;
  return total > listed
    ? t('uploads.warnings', { total: formatCount(total), listed: formatCount(listed) })
    : t('uploads.warningsAll', { total: formatCount(total) });
}

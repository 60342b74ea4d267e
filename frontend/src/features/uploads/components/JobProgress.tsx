import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { formatBytes } from '@/lib/format';
import { useUploadJob } from '../api/get-upload-job';
import { UploadOutcome } from './UploadOutcome';

/** A large file's job: its state and rows read, validated and written, until it ends; then its report. */
export function JobProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const job = useUploadJob(jobId);
  if (job.error) return <ErrorState error={job.error} />;
  if (!job.data) return null;
  const { state, progress, bytes, report, failure } = job.data;
  return (
    <section aria-labelledby="job-title" data-testid="upload-job">
      <h2 id="job-title">{t('uploads.job', { state })}</h2>
      <p role="status" aria-live="polite">
        {t('uploads.progress', {
          read: progress.rowsRead,
          validated: progress.rowsValidated,
          written: progress.rowsWritten,
          size: formatBytes(bytes),
        })}
      </p>
      {failure && <p className="state state-error">{failure.message}</p>}
      {report && <UploadOutcome outcome={{ report }} />}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { formatBytes, formatCount } from '@/lib/format';
import type { UploadJob } from '../api/create-upload-job';
import { running, useUploadJob } from '../api/get-upload-job';
import { UploadOutcome } from './UploadOutcome';

/**
 * A large file's job: its state and rows read, validated and written, until it ends; then its report. `onEnd` hears
 * the ended job once (the page then allows the commit of a checked file, or refreshes what it wrote).
 */
export function JobProgress({ jobId, onEnd }: { jobId: string; onEnd?: (job: UploadJob) => void }) {
  const { t } = useTranslation();
  const job = useUploadJob(jobId);
  const ended = job.data && !running(job.data) ? job.data : undefined;
  const told = useRef<string>(undefined);
  useEffect(() => {
    if (ended && told.current !== ended.id) {
      told.current = ended.id;
      onEnd?.(ended);
    }
  }, [ended, onEnd]);
  if (job.error) return <ErrorState error={job.error} />;
  if (!job.data) return null;
  const { state, progress, bytes, report, failure } = job.data;
  return (
    <section aria-labelledby="job-title" data-testid="upload-job">
      <h2 id="job-title" data-state={state}>
        {t('uploads.job', { state: t(`uploads.jobStates.${state}`) })}
      </h2>
      <p role="status" aria-live="polite">
        {t('uploads.progress', {
          read: formatCount(progress.rowsRead),
          validated: formatCount(progress.rowsValidated),
          written: formatCount(progress.rowsWritten),
          size: formatBytes(bytes),
        })}
      </p>
      {failure && <p className="state state-error">{failure.message}</p>}
      {/* An upload's figures may commit before its findings: the report is final once the job has ended. */}
      {report && running(job.data) && (
        <p className="state" data-testid="upload-findings-running">
          {t('uploads.findingsRunning')}
        </p>
      )}
      {report && !running(job.data) && <UploadOutcome outcome={{ report }} />}
    </section>
  );
}

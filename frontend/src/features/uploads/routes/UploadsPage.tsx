import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createUploadJob, type UploadJob } from '../api/create-upload-job';
import { DATASETS, SYNC_LIMIT_BYTES, uploadBatch, type Dataset } from '../api/upload-batch';
import { JobProgress } from '../components/JobProgress';
import { UploadOutcome, type Outcome } from '../components/UploadOutcome';
import { idempotencyKeyOf } from '../idempotency';

/**
 * Choose a CSV file, check it (dry run: nothing written, every row error listed), then commit it (one transaction,
 * sent with an idempotency key). Files over 20 MiB go as a job whose progress is shown.
 */
export function UploadsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dataset, setDataset] = useState<Dataset>('funding-lines');
  const [file, setFile] = useState<File>();
  const [checked, setChecked] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [jobId, setJobId] = useState<string>();
  /** The file the current job was sent for (the choice may change while it runs). */
  const sent = useRef<File>(undefined);

  // A large file's job ended: a clean dry run allows the commit, as a clean synchronous check does; a commit wrote
  // new figures, so every cached read may be stale.
  const jobEnded = useCallback(
    (job: UploadJob) => {
      if (job.state !== 'SUCCEEDED') return;
      if (job.dryRun) setChecked(sent.current);
      else void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    setJobId(undefined);
    try {
      const idempotencyKey = dryRun ? undefined : await idempotencyKeyOf(dataset, file);
      const request = { dataset, file, dryRun, idempotencyKey };
      if (file.size > SYNC_LIMIT_BYTES) {
        sent.current = file;
        setJobId((await createUploadJob(request)).id);
      } else {
        const report = await uploadBatch(request);
        setOutcome({ report });
        if (dryRun && !report.rejected) setChecked(file);
        // New figures: every cached read may be stale.
        if (!dryRun) await queryClient.invalidateQueries();
      }
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="uploads-title">
      <h1 id="uploads-title">{t('uploads.title')}</h1>
      <p className="lead">{t('uploads.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="upload-dataset">{t('uploads.dataset')}</label>
        <select
          id="upload-dataset"
          value={dataset}
          onChange={(e) => {
            setDataset(e.target.value as Dataset);
            setChecked(undefined);
          }}
        >
          {DATASETS.map((d) => (
            <option key={d} value={d}>
              {t(`uploads.datasets.${d}`)}
            </option>
          ))}
        </select>
        <label htmlFor="upload-file">{t('uploads.file')}</label>
        <input
          id="upload-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setChecked(undefined);
            setOutcome(undefined);
            setJobId(undefined);
          }}
        />
        <button type="button" onClick={() => void send(true)} disabled={!file || busy}>
          {t('uploads.check')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void send(false)}
          disabled={!file || busy || checked !== file}
        >
          {t('uploads.commit')}
        </button>
      </form>
      {busy && <p role="status">{t('uploads.sending')}</p>}
      {outcome && <UploadOutcome outcome={outcome} />}
      {jobId && <JobProgress jobId={jobId} onEnd={jobEnded} />}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { formatBytes, formatDate } from '@/lib/format';
import type { Report } from '../api/list-reports';
import { downloadReportFile } from '../api/download-report-file';

export function ReportFile({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const file = report.file;
  if (!file) return <p>{t('reports.noFile')}</p>;
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadReportFile(report.id, file.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" onClick={() => void download()} disabled={busy} data-testid="download">
        {busy
          ? t('reports.downloading')
          : t('reports.download', { name: file.fileName, size: formatBytes(file.sizeBytes) })}
      </button>{' '}
      <span className="muted">{formatDate(file.uploadedAt)}</span>
      {error !== undefined && <ErrorState error={error} />}
    </div>
  );
}

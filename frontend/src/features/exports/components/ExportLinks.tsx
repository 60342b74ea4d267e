import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import {
  downloadExport,
  type ExportFormat,
  type ExportKind,
  type ExportParams,
} from '../api/download-export';

const FILES: { kind: ExportKind; format: ExportFormat }[] = [
  { kind: 'funding', format: 'xlsx' },
  { kind: 'funding', format: 'csv' },
  { kind: 'indicators', format: 'xlsx' },
  { kind: 'indicators', format: 'csv' },
  { kind: 'draft', format: 'docx' },
];

/**
 * Downloads for the unit, program and years the page shows: the funding and indicator annexes (XLSX, CSV) and the
 * drafted report. Buttons, not links: the files need the bearer token, so they are fetched and then saved.
 */
export function ExportLinks({
  params,
  from,
  to,
  picker,
}: {
  params: ExportParams;
  from: number;
  to: number;
  /** Where a page lets the user choose the years (the unit page's YearRange). */
  picker?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const run = async (kind: ExportKind, format: ExportFormat) => {
    setBusy(`${kind}-${format}`);
    setSaved(undefined);
    setError(undefined);
    try {
      setSaved(await downloadExport(kind, format, params));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section aria-labelledby="exports-title" className="exports" data-testid="exports">
      <h2 id="exports-title">
        {t('exports.title')} · {t('exports.range', { from, to })}
      </h2>
      {picker}
      <p className="filters">
        {FILES.map(({ kind, format }) => (
          <button
            key={`${kind}-${format}`}
            type="button"
            data-export={`${kind}-${format}`}
            disabled={busy !== undefined}
            onClick={() => void run(kind, format)}
          >
            {kind === 'draft' ? t('exports.draft') : `${t(`exports.${kind}`)} (${format.toUpperCase()})`}
          </button>
        ))}
      </p>
      <p role="status" aria-live="polite">
        {busy ? t('exports.downloading') : saved ? t('exports.saved', { file: saved }) : ''}
      </p>
      {error !== undefined && <ErrorState error={error} lead={t('exports.failed')} />}
    </section>
  );
}

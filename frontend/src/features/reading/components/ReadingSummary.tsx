import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, QueryView } from '@/components/ui/States';
import { formatDateTime } from '@/lib/format';
import { useReading } from '../api/get-reading';
import { runReading } from '../api/run-reading';

/** The latest reading (status and counts) and the button that runs the reader, first or again. */
export function ReadingSummary({ report }: { report: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reading = useReading(report);
  const run = useMutation({
    mutationFn: () => runReading(report),
    // A failed reading is stored too: both outcomes change what the page shows.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reading', report] }),
  });
  return (
    <section aria-label={t('reading.latest')} data-testid="reading-summary">
      <QueryView query={reading}>
        {(r) => (
          <>
            {r === null ? (
              <p>{t('reading.never')}</p>
            ) : (
              <>
                <p data-testid="reading-counts">
                  {t('reading.summary', {
                    status: t(`reading.status.${r.status}`),
                    at: formatDateTime(r.finishedAt),
                    by: r.readBy,
                    version: r.readerVersion,
                    proposed: r.proposed,
                    pending: r.proposals.pending,
                    accepted: r.proposals.accepted,
                    rejected: r.proposals.rejected,
                  })}{' '}
                  {r.committedAt
                    ? t('reading.committedAt', { at: formatDateTime(r.committedAt) })
                    : t('reading.notCommitted')}
                </p>
                {r.failure && <p className="detail">{r.failure}</p>}
              </>
            )}
            <button
              type="button"
              className={r === null ? 'primary' : undefined}
              onClick={() => run.mutate()}
              disabled={run.isPending}
            >
              {r === null ? t('reading.run') : t('reading.rerun')}
            </button>
          </>
        )}
      </QueryView>
      {run.isPending && <p role="status">{t('reading.running')}</p>}
      {run.error && <ErrorState error={run.error} />}
    </section>
  );
}

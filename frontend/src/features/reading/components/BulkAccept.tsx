import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { decideProposals } from '../api/decide-proposals';

const THRESHOLDS = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5];

/** Accepts every PENDING proposal at or above a confidence (decided ones are never overturned by it). */
export function BulkAccept({ report }: { report: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [threshold, setThreshold] = useState(0.8);
  const bulk = useMutation({
    mutationFn: () =>
      decideProposals(report, { status: 'ACCEPTED', minConfidence: threshold, overrule: false }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reading', report] }),
  });
  const percent = `${Math.round(threshold * 100)} %`;
  return (
    <form className="filters" aria-label={t('reading.bulk')} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="bulk-threshold">{t('reading.threshold')}</label>
      <select
        id="bulk-threshold"
        value={threshold}
        onChange={(e) => {
          setThreshold(Number(e.target.value));
          bulk.reset();
        }}
      >
        {THRESHOLDS.map((v) => (
          <option key={v} value={v}>
            {Math.round(v * 100)} %
          </option>
        ))}
      </select>
      <button type="button" onClick={() => bulk.mutate()} disabled={bulk.isPending}>
        {t('reading.bulkAccept', { value: percent })}
      </button>
      {bulk.data && (
        <span role="status" data-testid="bulk-result">
          {t('reading.bulkDone', { changed: bulk.data.changed, skipped: bulk.data.skipped })}
        </span>
      )}
      {bulk.error && <ErrorState error={bulk.error} />}
    </form>
  );
}

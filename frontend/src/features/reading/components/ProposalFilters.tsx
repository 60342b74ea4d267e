import { useTranslation } from 'react-i18next';
import type { Values } from '@/lib/url-state';
import type { readingSpec } from '../filters';

type Filters = Values<typeof readingSpec>;
const CONFIDENCES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/** Dataset, status and minimum confidence; each change goes to the URL (a link reproduces the view). */
export function ProposalFilters({ values, onChange }: { values: Filters; onChange: (v: Filters) => void }) {
  const { t } = useTranslation();
  return (
    <form className="filters" aria-label={t('reading.filters')} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="filter-dataset">{t('reading.dataset')}</label>
      <select
        id="filter-dataset"
        value={values.dataset ?? ''}
        onChange={(e) => onChange({ dataset: (e.target.value || undefined) as Filters['dataset'] })}
      >
        <option value="">{t('reading.all')}</option>
        <option value="funding-lines">{t('reading.datasets.funding-lines')}</option>
        <option value="indicator-values">{t('reading.datasets.indicator-values')}</option>
        <option value="local-projects">{t('reading.datasets.local-projects')}</option>
      </select>
      <label htmlFor="filter-status">{t('reading.statusLabel')}</label>
      <select
        id="filter-status"
        value={values.status ?? ''}
        onChange={(e) => onChange({ status: (e.target.value || undefined) as Filters['status'] })}
      >
        <option value="">{t('reading.all')}</option>
        {(['PENDING', 'ACCEPTED', 'REJECTED'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`reading.statuses.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor="filter-confidence">{t('reading.minConfidence')}</label>
      <select
        id="filter-confidence"
        value={values.minConfidence === undefined ? '' : String(values.minConfidence)}
        onChange={(e) =>
          onChange({ minConfidence: e.target.value === '' ? undefined : Number(e.target.value) })
        }
      >
        <option value="">{t('reading.all')}</option>
        {CONFIDENCES.map((c) => (
          <option key={c} value={String(c)}>
            ≥ {Math.round(c * 100)} %
          </option>
        ))}
      </select>
    </form>
  );
}

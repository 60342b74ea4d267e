import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_VIEWS, type MapView } from '@/lib/reform';

export const RULES = [
  'TOTAL_VS_PARTS',
  'AVAILABLE_VS_FLOWS',
  'CARRY_OVER_CHAIN',
  'DISBURSED_OVER_AVAILABLE',
  'ALLOCATED_OVER_ASSIGNED',
  'RETURNED_OVER_CARRIED_IN',
  'MAGNITUDE',
  'REPORTS_DISAGREE',
  'RATE_VS_COUNTS',
  'SHARE_OUT_OF_RANGE',
] as const;
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const STATUSES = ['OPEN', 'EXPLAINED', 'CONFIRMED', 'RESOLVED'] as const;
export const DATASETS = ['funding-lines', 'indicator-values'] as const;

export type FilterValues = Partial<
  Record<
    'program' | 'year' | 'period' | 'indicator' | 'rule' | 'severity' | 'status' | 'report' | 'dataset',
    string
  >
>;
type Props = {
  values: FilterValues;
  map: MapView;
  onApply: (values: FilterValues & { map?: MapView }) => void;
};

const TEXT = [
  { name: 'program', label: 'filters.program', pattern: '[A-Z0-9\\-]+', size: 14 },
  { name: 'year', label: 'filters.year', pattern: '\\d{4}', size: 5 },
  { name: 'indicator', label: 'reports.indicator', pattern: '[A-Z0-9_]+', size: 12 },
  { name: 'period', label: 'reports.period', pattern: '[0-9QH/\\-]+', size: 8 },
  { name: 'report', label: 'findings.report', pattern: '[1-9]\\d*', size: 5 },
] as const;

/** The list's filters (rule, severity, status, dataset, program, year, period, indicator, report), applied on submit. */
export function FindingFilters({ values, map, onApply }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<FilterValues>(values);
  const [draftMap, setDraftMap] = useState<MapView>(map);
  const set = (name: keyof FilterValues, value: string) => setDraft({ ...draft, [name]: value || undefined });
  const select = (name: keyof FilterValues, options: readonly string[], label: (o: string) => string) => (
    <span>
      <label htmlFor={`${id}-${name}`}>{t(`findings.${name}`)}</label>{' '}
      <select id={`${id}-${name}`} value={draft[name] ?? ''} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t('findings.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <form
      className="filters"
      aria-label={t('filters.search')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...draft, map: draftMap });
      }}
    >
      {select('rule', RULES, (o) => t(`findings.rules.${o}`))}
      {select('severity', SEVERITIES, (o) => t(`uploads.severities.${o}`))}
      {select('status', STATUSES, (o) => t(`findings.statuses.${o}`))}
      {select('dataset', DATASETS, (o) => t(`uploads.datasets.${o}`))}
      {TEXT.map((f) => (
        <span key={f.name}>
          <label htmlFor={`${id}-${f.name}`}>{t(f.label)}</label>{' '}
          <input
            id={`${id}-${f.name}`}
            size={f.size}
            pattern={f.pattern}
            value={draft[f.name] ?? ''}
            onChange={(e) => set(f.name, e.target.value.trim())}
          />
        </span>
      ))}
      <fieldset className="map-switch">
        <legend>{t('filters.map')}</legend>
        {MAP_VIEWS.map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-map`} checked={draftMap === m} onChange={() => setDraftMap(m)} />
            {t(m === 'pre' ? 'filters.preReform' : 'filters.postReform')}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('filters.apply')}</button>
    </form>
  );
}

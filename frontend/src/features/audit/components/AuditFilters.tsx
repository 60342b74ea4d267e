import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const OPERATIONS = ['CREATE', 'UPDATE', 'DELETE', 'UPLOAD', 'APPROVE'] as const;
export const RESOURCE_TYPES = [
  'FUNDING_LINE',
  'INDICATOR_VALUE',
  'LOCAL_PROJECT',
  'REPORT',
  'REPORT_FILE',
  'UPLOAD_JOB',
  'FINDING',
  'FINDING_RULE',
  'ADMIN_UNIT',
  'UNIT_SUCCESSION',
  'PROGRAM',
  'PROGRAM_COMPONENT',
  'INDICATOR',
  'INDICATOR_CATEGORY',
] as const;

export type AuditFilterValues = Partial<
  Record<'resourceType' | 'operation' | 'actor' | 'resourceId' | 'unit' | 'map' | 'from' | 'to', string>
>;

const TEXT = [
  { name: 'actor', size: 14, pattern: undefined },
  { name: 'resourceId', size: 8, pattern: undefined },
  { name: 'unit', size: 6, pattern: '\\d{2,5}' },
] as const;

/** What, who, which object, where and when; applied (to the URL) on submit. */
export function AuditFilters({
  values,
  onApply,
}: {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(values);
  const set = (name: keyof AuditFilterValues, value: string) =>
    setDraft({ ...draft, [name]: value.trim() || undefined });
  const select = (name: 'resourceType' | 'operation', options: readonly string[], prefix: string) => (
    <span>
      <label htmlFor={`${id}-${name}`}>{t(`audit.${name}`)}</label>{' '}
      <select id={`${id}-${name}`} value={draft[name] ?? ''} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t('findings.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}.${o}`)}
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
        onApply(draft);
      }}
    >
      {select('resourceType', RESOURCE_TYPES, 'audit.resourceTypes')}
      {select('operation', OPERATIONS, 'audit.operations')}
      {TEXT.map((f) => (
        <span key={f.name}>
          <label htmlFor={`${id}-${f.name}`}>{t(`audit.${f.name}`)}</label>{' '}
          <input
            id={`${id}-${f.name}`}
            size={f.size}
            pattern={f.pattern}
            value={draft[f.name] ?? ''}
            onChange={(e) => set(f.name, e.target.value)}
          />
        </span>
      ))}
      <span>
        <label htmlFor={`${id}-map`}>{t('filters.map')}</label>{' '}
        <select id={`${id}-map`} value={draft.map ?? 'pre'} onChange={(e) => set('map', e.target.value)}>
          <option value="pre">{t('filters.preReform')}</option>
          <option value="post">{t('filters.postReform')}</option>
        </select>
      </span>
      {(['from', 'to'] as const).map((name) => (
        <span key={name}>
          <label htmlFor={`${id}-${name}`}>{t(`audit.${name}`)}</label>{' '}
          <input
            id={`${id}-${name}`}
            type="date"
            value={draft[name] ?? ''}
            onChange={(e) => set(name, e.target.value)}
          />
        </span>
      ))}
      <button type="submit">{t('filters.apply')}</button>
    </form>
  );
}

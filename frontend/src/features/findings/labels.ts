import type { TFunction } from 'i18next';
import { formatDecimal, formatMillions } from '@/lib/format';
import type { Finding } from './api/list-findings';

/** A finding's number: money in triệu đồng for funding findings, a plain decimal for indicator values. */
export function findingNumber(dataset: Finding['dataset'], value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return dataset === 'funding-lines' ? formatMillions(value) : formatDecimal(String(value));
}

/** The year of a funding finding or the period of an indicator finding. */
export function yearOrPeriod(f: Pick<Finding, 'fiscalYear' | 'period'>): string {
  return f.fiscalYear != null ? String(f.fiscalYear) : (f.period ?? '–');
}

/** A figure's part in its relation: a known role in the user's language, a measure by its code-list label. */
export function roleLabel(role: string, t: TFunction, measure: (code: string) => string): string {
  const known = t(`findings.roles.${role}`, { defaultValue: '' });
  return known || measure(role);
}

/** The key a finding is about, one short line: `DA7 · 2023 · Giải ngân`. */
export function subjectLine(
  subject: Record<string, unknown>,
  label: (list: 'sources' | 'measures', code: string) => string,
): string {
  const parts: string[] = [];
  for (const key of ['component', 'indicator', 'fiscalYear', 'period', 'category', 'source', 'measure']) {
    const value = subject[key];
    if (value === null || value === undefined || value === '') continue;
    const text = String(value);
    parts.push(
      key === 'measure' ? label('measures', text) : key === 'source' ? label('sources', text) : text,
    );
  }
  return parts.join(' · ');
}

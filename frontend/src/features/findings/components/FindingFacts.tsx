import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/api/code-lists';
import { formatDate, formatVnd } from '@/lib/format';
import type { Finding } from '../api/list-findings';
import { findingNumber, yearOrPeriod } from '../labels';
import { relationText } from '../relation';
import { SeverityBadge, StatusBadge } from './Badges';

const CODED: Record<string, 'sources' | 'capitalTypes' | 'measures' | 'valueKinds'> = {
  source: 'sources',
  capitalType: 'capitalTypes',
  measure: 'measures',
  kind: 'valueKinds',
};

const ORDER = [
  'program',
  'indicator',
  'unit',
  'component',
  'fiscalYear',
  'period',
  'kind',
  'category',
  'source',
  'capitalType',
  'measure',
  'implementingBody',
  'originYear',
  'axis',
  'complete',
];
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

/** What a finding says: rule, relation, the numbers (exact đồng in the tooltip), its key and its decision. */
export function FindingFacts({ finding: f }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const label = useCodeLabel();
  const money = (v: number | null | undefined) =>
    f.dataset === 'funding-lines' && v != null ? formatVnd(v) : undefined;
  const number = (v: number | null | undefined, testId: string) => (
    <dd className="num" title={money(v)} data-testid={testId}>
      {findingNumber(f.dataset, v)}
    </dd>
  );
  const subject = Object.entries(f.subject)
    .filter(([k, v]) => v !== null && v !== undefined && v !== '' && k !== 'dataset')
    .sort(([a], [b]) => rank(a) - rank(b));
  const value = (k: string, v: unknown) => {
    if (k === 'axis') return t(`findings.axes.${String(v)}`, { defaultValue: String(v) });
    if (typeof v === 'boolean') return t(v ? 'findings.yes' : 'findings.no');
    if (CODED[k]) return label(CODED[k], String(v));
    return String(v);
  };
  return (
    <div className="facts">
      <dl className="meta" data-testid="finding-facts">
        <dt>{t('findings.rule')}</dt>
        <dd>
          {t(`findings.rules.${f.rule}`)} <code>{f.rule}</code>
        </dd>
        <dt>{t('findings.severity')}</dt>
        <dd>
          <SeverityBadge severity={f.severity} />
        </dd>
        <dt>{t('findings.status')}</dt>
        <dd data-testid="finding-status">
          <StatusBadge status={f.status} />
        </dd>
        <dt>{t('findings.unit')}</dt>
        <dd>
          {f.unit.name} ({f.unit.code})
        </dd>
        <dt>{t('findings.yearOrPeriod')}</dt>
        <dd>{yearOrPeriod(f)}</dd>
        <dt>{t('findings.relation')}</dt>
        <dd>{relationText(f.relation, i18n.language)}</dd>
        <dt>{t('findings.expected')}</dt>
        {number(f.expected, 'finding-expected')}
        <dt>{t('findings.actual')}</dt>
        {number(f.actual, 'finding-actual')}
        <dt>{t('findings.difference')}</dt>
        {number(f.difference, 'finding-difference')}
        <dt>{t('findings.detected')}</dt>
        <dd>{formatDate(f.detectedAt)}</dd>
        {f.statusBy && (
          <>
            <dt>{t('findings.decided')}</dt>
            <dd data-testid="finding-decision">
              {t('findings.decidedBy', {
                status: t(`findings.statuses.${f.status}`),
                user: f.statusBy,
                date: formatDate(f.statusAt),
              })}
              {f.note && <q className="note">{f.note}</q>}
            </dd>
          </>
        )}
      </dl>
      <dl className="meta key" aria-label={t('findings.key')}>
        {subject.map(([k, v]) => (
          <div key={k} className="pair">
            <dt>{t(`findings.subjectKeys.${k}`, { defaultValue: k })}</dt>
            <dd>{value(k, v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

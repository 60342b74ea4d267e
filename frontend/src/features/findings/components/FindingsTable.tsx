import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/api/code-lists';
import { formatVnd } from '@/lib/format';
import type { Finding } from '../api/list-findings';
import { findingNumber, subjectLine, yearOrPeriod } from '../labels';
import { SeverityBadge, StatusBadge } from './Badges';

/** A page of findings: each links to its own page; expected, stated and the difference in Vietnamese formats. */
export function FindingsTable({ items, caption }: { items: Finding[]; caption: string }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="findings-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.id')}</th>
            <th scope="col">{t('findings.rule')}</th>
            <th scope="col">
              {t('findings.severity')} · {t('findings.status')}
            </th>
            <th scope="col">{t('findings.unit')}</th>
            <th scope="col">{t('findings.yearOrPeriod')}</th>
            <th scope="col">{t('findings.subject')}</th>
            <th scope="col">{t('findings.expected')}</th>
            <th scope="col">{t('findings.actual')}</th>
            <th scope="col">{t('findings.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-finding={f.id}>
              <td>
                <Link to={`/findings/${f.id}`}>#{f.id}</Link>
              </td>
              <td className="wrap narrow">{t(`findings.rules.${f.rule}`)}</td>
              <td>
                <SeverityBadge severity={f.severity} /> <StatusBadge status={f.status} />
              </td>
              <td>{f.unit.name}</td>
              <td>{yearOrPeriod(f)}</td>
              <td className="wrap narrow">{subjectLine(f.subject, label)}</td>
              <Figure dataset={f.dataset} value={f.expected} />
              <Figure dataset={f.dataset} value={f.actual} />
              <Figure dataset={f.dataset} value={f.difference} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A number cell; money keeps its exact đồng in the tooltip. */
export function Figure({
  dataset,
  value,
}: {
  dataset: Finding['dataset'];
  value: number | null | undefined;
}) {
  const exact = dataset === 'funding-lines' && value != null ? formatVnd(value) : undefined;
  return (
    <td className="num" title={exact}>
      {findingNumber(dataset, value)}
    </td>
  );
}

import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { useCodeLabel } from '@/lib/api/code-lists';
import { formatDecimal } from '@/lib/format';
import type { FundingLine } from '../api/list-report-funding-lines';
import type { IndicatorValue } from '../api/list-report-indicator-values';
import type { LocalProject } from '../api/list-report-local-projects';

export function FundingLinesTable({ items }: { items: FundingLine[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <table className="figures" data-testid="report-funding-lines">
      <thead>
        <tr>
          <th scope="col">{t('reports.component')}</th>
          <th scope="col">{t('funding.unitCol')}</th>
          <th scope="col">{t('funding.year')}</th>
          <th scope="col">{t('reports.source')}</th>
          <th scope="col">{t('reports.capitalType')}</th>
          <th scope="col">{t('reports.measure')}</th>
          <th scope="col">{t('reports.amount')}</th>
          <th scope="col">{t('reports.locator')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((l) => (
          <tr key={l.id}>
            <td>{l.component ?? t('funding.wholeProgram')}</td>
            <td>{l.unit.name}</td>
            <td>{l.fiscalYear ?? t('funding.wholeRange')}</td>
            <td>{label('sources', l.source)}</td>
            <td>{label('capitalTypes', l.capitalType)}</td>
            <td>{label('measures', l.measure)}</td>
            <td>
              <Money vnd={l.amountVnd} bare />
            </td>
            <td className="wrap">{l.locator ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndicatorValuesTable({ items }: { items: IndicatorValue[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <table className="figures" data-testid="report-indicator-values">
      <thead>
        <tr>
          <th scope="col">{t('reports.indicator')}</th>
          <th scope="col">{t('funding.unitCol')}</th>
          <th scope="col">{t('reports.period')}</th>
          <th scope="col">{t('reports.valueKind')}</th>
          <th scope="col">{t('reports.value')}</th>
          <th scope="col">{t('reports.locator')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((v) => (
          <tr key={v.id}>
            <td>
              {v.indicator}
              {v.category ? ` · ${v.category}` : ''}
            </td>
            <td>{v.unit.name}</td>
            <td>{v.period}</td>
            <td>
              {label('valueKinds', v.kind)}
              {v.comparator ? ` (${label('comparators', v.comparator)})` : ''}
            </td>
            <td className="num" title={v.value}>
              {formatDecimal(v.value)}
            </td>
            <td className="wrap">{v.locator ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LocalProjectsTable({ items }: { items: LocalProject[] }) {
  const { t } = useTranslation();
  return (
    <table className="figures" data-testid="report-local-projects">
      <thead>
        <tr>
          <th scope="col">{t('reports.name')}</th>
          <th scope="col">{t('reports.component')}</th>
          <th scope="col">{t('funding.unitCol')}</th>
          <th scope="col">{t('reports.status')}</th>
          <th scope="col">{t('reports.budget')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id}>
            <td className="wrap">{p.name}</td>
            <td>{p.componentCode}</td>
            <td>{p.unit.name}</td>
            <td>{p.status}</td>
            <td>
              <Money vnd={p.budget.stateVnd} bare />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { useCodeLabel } from '@/lib/api/code-lists';
import { formatDecimal } from '@/lib/format';
import type { FundingLine } from '../api/list-funding-lines';
import type { IndicatorValue } from '../api/list-indicator-values';

export function FundingLineRows({ items }: { items: FundingLine[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <table className="figures" data-testid="data-funding-lines">
      <thead>
        <tr>
          {[
            'reports.component',
            'funding.unitCol',
            'funding.year',
            'reports.source',
            'reports.capitalType',
            'reports.measure',
            'reports.amount',
            'data.implementingBody',
          ].map((k) => (
            <th key={k} scope="col">
              {t(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((l) => (
          <tr key={l.id} data-id={l.id}>
            <td>{l.component ?? t('funding.wholeProgram')}</td>
            <td>{l.unit.name}</td>
            <td>{l.fiscalYear ?? t('funding.wholeRange')}</td>
            <td>{label('sources', l.source)}</td>
            <td>{label('capitalTypes', l.capitalType)}</td>
            <td>{label('measures', l.measure)}</td>
            <td>
              <Money vnd={l.amountVnd} bare />
            </td>
            <td className="wrap">{l.implementingBody ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndicatorValueRows({ items }: { items: IndicatorValue[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <table className="figures" data-testid="data-indicator-values">
      <thead>
        <tr>
          {[
            'reports.indicator',
            'funding.unitCol',
            'reports.period',
            'reports.valueKind',
            'reports.value',
          ].map((k) => (
            <th key={k} scope="col">
              {t(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((v) => (
          <tr key={v.id} data-id={v.id}>
            <td>
              {v.indicator}
              {v.category ? ` · ${v.category}` : ''}
            </td>
            <td>{v.unit.name}</td>
            <td>{v.period}</td>
            <td>{label('valueKinds', v.kind)}</td>
            <td className="num" title={v.value}>
              {formatDecimal(v.value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

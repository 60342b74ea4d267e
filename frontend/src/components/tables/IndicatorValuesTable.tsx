import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/api/code-lists';
import type { components } from '@/lib/api/schema';
import { formatDecimal } from '@/lib/format';

export type IndicatorValue = components['schemas']['IndicatorValue'];

/**
 * Indicator values, one per row: indicator (and category), unit, period, kind (with a target's bound), the value as
 * stored (exact in the tooltip) and, on a report's page, where the report states it.
 */
export function IndicatorValuesTable({
  items,
  testId,
  locator = false,
}: {
  items: IndicatorValue[];
  testId: string;
  locator?: boolean;
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const headers = [
    'reports.indicator',
    'funding.unitCol',
    'reports.period',
    'reports.valueKind',
    'reports.value',
  ];
  if (locator) headers.push('reports.locator');
  return (
    <table className="figures" data-testid={testId}>
      <thead>
        <tr>
          {headers.map((k) => (
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
            <td>
              {label('valueKinds', v.kind)}
              {v.comparator ? ` (${label('comparators', v.comparator)})` : ''}
            </td>
            <td className="num" title={v.value}>
              {formatDecimal(v.value)}
            </td>
            {locator && <td className="wrap">{v.locator ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { useCodeLabel } from '@/lib/api/code-lists';
import type { components } from '@/lib/api/schema';

export type FundingLine = components['schemas']['FundingLine'];

/**
 * Funding lines, one per row: component, unit, year, source, capital type, measure, amount (triệu đồng, exact đồng
 * in the tooltip), then the implementing body (the data browser) or where the report states it (a report's page).
 */
export function FundingLinesTable({
  items,
  testId,
  last,
}: {
  items: FundingLine[];
  testId: string;
  last: 'implementingBody' | 'locator';
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const headers = [
    'reports.component',
    'funding.unitCol',
    'funding.year',
    'reports.source',
    'reports.capitalType',
    'reports.measure',
    'reports.amount',
    last === 'locator' ? 'reports.locator' : 'data.implementingBody',
  ];
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
            <td className="wrap">{(last === 'locator' ? l.locator : l.implementingBody) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

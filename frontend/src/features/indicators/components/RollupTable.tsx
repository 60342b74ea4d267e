import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/States';
import { useCodeLabel } from '@/lib/api/code-lists';
import { formatDecimal, formatPercentValue } from '@/lib/format';
import type { IndicatorRollup } from '../api/get-rollup-children';
import type { Indicator } from '../api/list-indicators';

type Row = { period: string; data: IndicatorRollup | undefined; error: unknown; isPending: boolean };

/** Per period: the roll-up, what the unit reported, what its children add up to, counts behind a rate, the target. */
export function RollupTable({ indicator, rows }: { indicator: Indicator; rows: Row[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const show = indicator.unitOfMeasure === 'PERCENT' ? formatPercentValue : formatDecimal;
  const ratio = indicator.aggregation === 'RATIO';
  const met = (value: boolean | null | undefined) =>
    value === true ? t('indicators.met') : value === false ? t('indicators.notMet') : '–';
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="rollup-table">
        <caption>{t('indicators.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.period')}</th>
            <th scope="col">{t('indicators.value')}</th>
            <th scope="col">{t('indicators.reported')}</th>
            <th scope="col">{t('indicators.childrenValue')}</th>
            {ratio && <th scope="col">{indicator.numerator}</th>}
            {ratio && <th scope="col">{indicator.denominator}</th>}
            <th scope="col">{t('indicators.target')}</th>
            <th scope="col">{t('indicators.met')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ period, data, error, isPending }) => (
            <tr key={period} data-period={period}>
              <th scope="row">{period}</th>
              {error ? (
                <td colSpan={ratio ? 7 : 5}>
                  <ErrorState error={error} />
                </td>
              ) : isPending || !data ? (
                <td colSpan={ratio ? 7 : 5}>{t('state.loading')}</td>
              ) : (
                <>
                  <td className="num">{show(data.value)}</td>
                  <td className="num">{show(data.reportedValue)}</td>
                  <td className="num">{show(data.childrenValue)}</td>
                  {ratio && <td className="num">{formatDecimal(data.numerator)}</td>}
                  {ratio && <td className="num">{formatDecimal(data.denominator)}</td>}
                  <td className="num">
                    {data.target
                      ? `${data.target.comparator ? `${label('comparators', data.target.comparator)} ` : ''}${show(data.target.value)}`
                      : '–'}
                  </td>
                  <td>{met(data.target?.met)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

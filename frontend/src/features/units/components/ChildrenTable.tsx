import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { formatPercentValue, formatRate } from '@/lib/format';
import type { FundingChildren } from '@/features/funding/api/get-funding-children';
import type { ChildSignOffs } from '@/features/approvals/transitions';
import { DATASETS } from '@/features/approvals/components/ApprovalFilters';
import { rollupFigure, type IndicatorRollupChildren } from '@/features/indicators/api/get-rollup-children';

type Props = {
  funding: FundingChildren;
  poverty: IndicatorRollupChildren | undefined;
  linkTo: (code: string) => string;
  /** Each child's sign-off of the year, funding and indicators, when the API gave it. */
  signOffs?: Map<string, ChildSignOffs>;
};

/** The unit's children side by side: money to spend, disbursed, disbursement rate, poor-household rate. */
export function ChildrenTable({ funding, poverty, linkTo, signOffs }: Props) {
  const { t } = useTranslation();
  const poorRate = new Map((poverty?.children ?? []).map((r) => [r.unit.code, rollupFigure(r)]));
  const figures = (f: { availableVnd: number; disbursedVnd: number; disbursementRate: number | null }) => (
    <>
      <td>
        <Money vnd={f.availableVnd} bare />
      </td>
      <td>
        <Money vnd={f.disbursedVnd} bare />
      </td>
      <td className="num">{formatRate(f.disbursementRate)}</td>
    </>
  );
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="children-table">
        <caption>{t('units.childrenCaption', { year: funding.fiscalYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funding.unitCol')}</th>
            <th scope="col">{t('funding.available')} (tr.đ)</th>
            <th scope="col">{t('funding.disbursed')} (tr.đ)</th>
            <th scope="col">{t('funding.rate')}</th>
            <th scope="col">{t('units.poorRate')}</th>
            {signOffs &&
              DATASETS.map((d) => (
                <th scope="col" key={d}>
                  {t(`approvals.childCol.${d}`)}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {funding.children.map((c) => (
            <tr key={c.unit.id} data-unit={c.unit.code}>
              <th scope="row">
                <Link to={linkTo(c.unit.code)}>{c.unit.name}</Link>
              </th>
              {figures(c)}
              <td className="num">{formatPercentValue(poorRate.get(c.unit.code))}</td>
              {signOffs &&
                DATASETS.map((d) => (
                  <td key={d} data-testid="child-sign-off" data-dataset={d}>
                    {t(`approvals.statuses.${signOffs.get(c.unit.code)?.[d] ?? 'DRAFT'}`)}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
        <tbody className="totals">
          <tr data-unit="own">
            <th scope="row">{t('units.own')}</th>
            {figures(funding.own)}
            <td className="num">{formatPercentValue(poverty?.target.reportedValue)}</td>
            {signOffs && <td colSpan={DATASETS.length} />}
          </tr>
          <tr data-unit="total">
            <th scope="row">{t('units.total')}</th>
            {figures(funding.total)}
            <td className="num">{formatPercentValue(rollupFigure(poverty?.target))}</td>
            {signOffs && <td colSpan={DATASETS.length} />}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

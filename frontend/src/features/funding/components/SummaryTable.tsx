import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { formatRate } from '@/lib/format';
import type { FundingSummary, FundingSummaryRow, FundingYearTotal } from '../api/get-funding-summary';
import { FigureCell } from './FigureCell';

type Row = FundingSummaryRow | FundingYearTotal;

function Figures({ row }: { row: Row }) {
  return (
    <>
      <FigureCell vnd={row.assignedVnd} cell={row} column="assigned" />
      <FigureCell vnd={row.availableVnd} cell={row} column="available" />
      <FigureCell vnd={row.disbursedVnd} cell={row} column="disbursed" />
      <td className="num">{formatRate(row.disbursementRate)}</td>
      <FigureCell vnd={row.carriedOutVnd} cell={row} column="carriedOver" />
      <td>
        <Money vnd={row.undisbursedVnd} bare />
      </td>
    </>
  );
}

/** Projects × fiscal years (the whole phase last), then the program's totals. */
export function SummaryTable({ summary }: { summary: FundingSummary }) {
  const { t } = useTranslation();
  const yearLabel = (year: number | null | undefined) =>
    year == null ? t('funding.wholeRange') : String(year);
  const groups = new Map<string, FundingSummaryRow[]>();
  for (const row of summary.rows) {
    const key = row.component?.code ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="summary-table">
        <caption>{t('funding.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funding.project')}</th>
            <th scope="col">{t('funding.year')}</th>
            <th scope="col">{t('funding.assigned')}</th>
            <th scope="col">{t('funding.available')}</th>
            <th scope="col">{t('funding.disbursed')}</th>
            <th scope="col">{t('funding.rate')}</th>
            <th scope="col">{t('funding.carriedOver')}</th>
            <th scope="col">{t('funding.undisbursed')}</th>
          </tr>
        </thead>
        {[...groups.entries()].map(([code, rows]) => (
          <tbody key={code} data-component={code}>
            {rows.map((row, i) => (
              <tr key={`${code}-${row.fiscalYear ?? 'all'}`} data-year={row.fiscalYear ?? 'all'}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={rows.length} title={row.component?.nameVi}>
                    {row.component?.code ?? t('funding.wholeProgram')}
                  </th>
                )}
                <td>{yearLabel(row.fiscalYear)}</td>
                <Figures row={row} />
              </tr>
            ))}
          </tbody>
        ))}
        <tbody className="totals" data-component="total">
          {summary.totals.map((row, i) => (
            <tr key={`total-${row.fiscalYear ?? 'all'}`} data-year={row.fiscalYear ?? 'all'}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={summary.totals.length}>
                  {t('funding.totals')}
                </th>
              )}
              <td>{yearLabel(row.fiscalYear)}</td>
              <Figures row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FindingSummary } from '../api/get-findings-summary';
import { openOf, toMatrix } from '../summary';

type Props = {
  summary: FindingSummary;
  /** The list filtered to a unit (and a rule); a child's name drills down into it. */
  linkTo: (unit: string, rule?: string) => string;
};

/** Children × rules: the open findings of each, every status in the cell's title; a unit links to its own matrix. */
export function SummaryMatrix({ summary, linkTo }: Props) {
  const { t } = useTranslation();
  const matrix = toMatrix(summary);
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="findings-summary">
        <caption>{t('findings.summaryCaption', { unit: summary.unit.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.unit')}</th>
            {matrix.rules.map((rule) => (
              <th key={rule} scope="col" className="wrap-head">
                {t(`findings.rules.${rule}`)}
              </th>
            ))}
            <th scope="col">{t('findings.totalOpen')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.unit.id} data-unit={row.unit.code}>
              <th scope="row">
                {row.own ? (
                  t('findings.unitOwn', { unit: row.unit.name })
                ) : (
                  <Link to={linkTo(row.unit.code)}>{row.unit.name}</Link>
                )}
              </th>
              {matrix.rules.map((rule) => {
                const c = row.cells.get(rule);
                if (!c) return <td key={rule} className="num" />;
                return (
                  <td key={rule} className="num" title={t('findings.cellTitle', c)} data-rule={rule}>
                    <Link
                      to={linkTo(row.unit.code, rule)}
                      aria-label={`${row.unit.name}, ${t(`findings.rules.${rule}`)}: ${t('findings.cellTitle', c)}`}
                    >
                      {c.open}
                    </Link>
                  </td>
                );
              })}
              <td className="num" data-testid="row-open">
                {openOf(row)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('findings.summaryHint')}</p>
    </div>
  );
}

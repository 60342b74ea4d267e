import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';
import { useCodeLabel } from '@/lib/api/code-lists';
import { useReportDisagreements } from '../api/list-report-disagreements';
import type { Finding, FindingFigure } from '../api/list-findings';
import { findingNumber, subjectLine } from '../labels';
import { StatusBadge } from './Badges';

/** This report's figure of a disagreement, and the other reports' figures of the same key. */
export function split(finding: Finding, report: number): { mine: FindingFigure[]; others: FindingFigure[] } {
  const mine = finding.figures.filter((f) => f.reportId === report);
  const others = finding.figures.filter((f) => f.reportId !== report);
  return { mine, others };
}

/** "Where two reports disagree": each key this report states differently from another, side by side, linked. */
export function Disagreements({ report }: { report: number }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const query = useReportDisagreements(report);
  const value = (f: Finding, figures: FindingFigure[]) =>
    figures.map((x) => (
      <span key={x.id} className="num" title={x.locator ?? undefined}>
        {findingNumber(f.dataset, x.value)}
      </span>
    ));
  return (
    <section aria-labelledby="disagree-title" className="figures-section">
      <h2 id="disagree-title">{t('findings.disagree.title')}</h2>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('findings.disagree.none')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="figures" data-testid="disagreements">
                <caption>{t('findings.disagree.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('findings.key')}</th>
                    <th scope="col">{t('findings.unit')}</th>
                    <th scope="col">{t('findings.disagree.thisValue')}</th>
                    <th scope="col">{t('findings.disagree.otherValue')}</th>
                    <th scope="col">{t('findings.disagree.finding')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((f) => {
                    const { mine, others } = split(f, report);
                    return (
                      <tr key={f.id} data-finding={f.id}>
                        <td className="wrap narrow">{subjectLine(f.subject, label)}</td>
                        <td>{f.unit.name}</td>
                        <td data-testid="this-value">{value(f, mine)}</td>
                        <td data-testid="other-value">
                          {others.map((o) => (
                            <span key={o.id} className="other">
                              {value(f, [o])}{' '}
                              {o.reportId == null ? (
                                <span className="muted">({t('findings.noReport')})</span>
                              ) : (
                                <Link to={`/reports/${o.reportId}`}>
                                  {t('findings.reportLink', { id: o.reportId })}
                                </Link>
                              )}
                            </span>
                          ))}
                        </td>
                        <td>
                          <Link to={`/findings/${f.id}`}>#{f.id}</Link> <StatusBadge status={f.status} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </section>
  );
}

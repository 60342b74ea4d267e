import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { Empty } from '@/components/ui/States';
import { formatRate } from '@/lib/format';
import type { FundingChildFigures } from '../api/get-funding-children';

/** Children with money to spend, the lowest disbursement rate first; a rate not yet reported comes last. */
export function behindOnDisbursement(children: FundingChildFigures[]): FundingChildFigures[] {
  return children
    .filter((c) => c.availableVnd > 0)
    .sort((a, b) => {
      if (a.disbursementRate == null || b.disbursementRate == null)
        return (a.disbursementRate == null ? 1 : 0) - (b.disbursementRate == null ? 1 : 0);
      return a.disbursementRate - b.disbursementRate;
    });
}

export function BehindList({
  items,
  linkTo,
}: {
  items: FundingChildFigures[];
  linkTo: (code: string) => string;
}) {
  const { t } = useTranslation();
  const behind = behindOnDisbursement(items);
  if (behind.length === 0) return <Empty />;
  return (
    <table className="figures" data-testid="behind-table">
      <caption>{t('funding.behindCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('funding.unitCol')}</th>
          <th scope="col">{t('funding.available')}</th>
          <th scope="col">{t('funding.disbursed')}</th>
          <th scope="col">{t('funding.rate')}</th>
        </tr>
      </thead>
      <tbody>
        {behind.map((c) => (
          <tr key={c.unit.id} data-unit={c.unit.code}>
            <th scope="row">
              <Link to={linkTo(c.unit.code)}>{c.unit.name}</Link>
            </th>
            <td>
              <Money vnd={c.availableVnd} bare />
            </td>
            <td>
              <Money vnd={c.disbursedVnd} bare />
            </td>
            <td className="num">
              {c.disbursementRate == null ? t('funding.noRate') : formatRate(c.disbursementRate)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

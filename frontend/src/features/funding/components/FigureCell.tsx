import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import { formatMillions } from '@/lib/format';
import { differencesOf, type FlaggedColumn } from '../differences';
import type { FundingMeasures } from '../api/get-funding-summary';

type Cell = { reported?: FundingMeasures; computed?: FundingMeasures; difference?: FundingMeasures };

/** A money cell; where the report's own figure differs from what its parts add up to, both are shown. */
export function FigureCell({
  vnd,
  cell,
  column,
}: {
  vnd: number | null | undefined;
  cell: Cell;
  column: FlaggedColumn;
}) {
  const { t } = useTranslation();
  const differences = differencesOf(cell, column);
  if (differences.length === 0)
    return (
      <td>
        <Money vnd={vnd} bare />
      </td>
    );
  const detail = differences
    .map((d) =>
      t('funding.differsDetail', {
        reported: formatMillions(d.reported),
        computed: formatMillions(d.computed),
      }),
    )
    .join('; ');
  return (
    <td className="differs" data-testid="differs">
      <Money vnd={vnd} bare />{' '}
      <span className="flag" title={detail}>
        ⚠
        <span className="sr-only">
          {t('funding.differs')}: {detail}
        </span>
      </span>
    </td>
  );
}

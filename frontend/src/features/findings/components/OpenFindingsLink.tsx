import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MapView } from '@/lib/reform';
import { asOfFor } from '@/lib/reform';
import { openCount, useFindingsSummary } from '../api/get-findings-summary';

/** "3 phát hiện chưa xử lý": the open findings of a unit and everything below it, linked to their list. */
export function OpenFindingsLink({ unit, map }: { unit: string; map: MapView }) {
  const { t } = useTranslation();
  const summary = useFindingsSummary({ unit, asOf: asOfFor(map), status: 'OPEN' });
  // A count that cannot be read (out of scope, offline) is simply not shown: the page's own figures say why.
  if (!summary.data) return null;
  const count = openCount(summary.data);
  const to = `/findings?${new URLSearchParams({ map, status: 'OPEN', unit }).toString()}`;
  return (
    <Link to={to} className={count > 0 ? 'findings-link open' : 'findings-link'} data-testid="open-findings">
      {count > 0 ? t('findings.openLink', { count }) : t('findings.openLinkNone')}
    </Link>
  );
}

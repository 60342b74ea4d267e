import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';

type UnitRef = components['schemas']['UnitRef'];

/** Up the unit's path: the country (for national users), the province, the district, the unit itself. */
export function Breadcrumbs({
  trail,
  current,
  national,
  linkTo,
}: {
  trail: UnitRef[];
  current: string;
  national: boolean;
  linkTo: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('units.breadcrumbs')} className="breadcrumbs">
      <ol>
        {national && (
          <li>
            <Link to={linkTo('VN')}>{t('units.nation')}</Link>
          </li>
        )}
        {trail.map((u) => (
          <li key={u.id}>
            <Link to={linkTo(u.code)}>{u.name}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

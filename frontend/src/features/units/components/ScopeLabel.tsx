import { useTranslation } from 'react-i18next';
import { useFindUnit } from '../api/find-unit';

function UnitName({ code }: { code: string }) {
  const unit = useFindUnit(code, 'any');
  return <span data-unit={code}>{unit.data ? `${unit.data.name} (${code})` : code}</span>;
}

/** The user's administrative scope by name, or the whole country. */
export function ScopeLabel({ units }: { units: string[] }) {
  const { t } = useTranslation();
  if (units.length === 0) return <span>{t('user.national')}</span>;
  return (
    <>
      {units.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          <UnitName code={code} />
        </span>
      ))}
    </>
  );
}

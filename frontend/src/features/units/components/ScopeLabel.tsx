import { useTranslation } from 'react-i18next';
import { useFindUnit } from '../api/find-unit';

const today = () => new Date().toISOString().slice(0, 10);

function UnitName({ code }: { code: string }) {
  const unit = useFindUnit(code, today());
  return <span data-unit={code}>{unit.data ? `${unit.data.name} (${code})` : code}</span>;
}

/** The user's administrative scope by name (as of today), or the whole country. */
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

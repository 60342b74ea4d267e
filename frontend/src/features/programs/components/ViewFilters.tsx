import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_VIEWS, type MapView } from '@/lib/reform';
import type { Program } from '../api/list-programs';

type Props = {
  programs: Program[];
  program: string;
  map: MapView;
  years?: number[];
  year?: number;
  onChange: (changes: { program?: string; map?: MapView; year?: number }) => void;
};

/** Phase, map of units (before/after the 2025 reform) and, where a page has one, the fiscal year. */
export function ViewFilters({ programs, program, map, years, year, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-program`}>{t('filters.program')}</label>
      <select
        id={`${id}-program`}
        value={program}
        onChange={(e) => onChange({ program: e.target.value, year: undefined })}
      >
        {programs.map((p) => (
          <option key={p.code} value={p.code}>
            {i18n.language === 'en' && p.nameEn ? p.nameEn : p.nameVi}
          </option>
        ))}
      </select>
      {years && years.length > 0 && (
        <>
          <label htmlFor={`${id}-year`}>{t('filters.year')}</label>
          <select
            id={`${id}-year`}
            value={year ?? ''}
            onChange={(e) => onChange({ year: Number(e.target.value) })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </>
      )}
      <fieldset className="map-switch">
        <legend>{t('filters.map')}</legend>
        {MAP_VIEWS.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-map`}
              value={m}
              checked={map === m}
              onChange={() => onChange({ map: m })}
            />
            {t(m === 'pre' ? 'filters.preReform' : 'filters.postReform')}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

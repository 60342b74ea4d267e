import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  years: number[];
  from: number;
  to: number;
  onChange: (change: { from?: number; to?: number }) => void;
};

/**
 * "Từ năm / Đến năm" for the exports. A select says only which end it moved; the page moves the other end along (if
 * needed) from the URL as it is now, not from these props, which may not show a pick made just before.
 */
export function YearRange({ years, from, to, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const options = [...new Set([...years, from, to])].sort((a, b) => a - b);
  const select = (end: 'from' | 'to', value: number) => (
    <>
      <label htmlFor={`${id}-${end}`}>{t(`exports.${end}`)}</label>
      <select id={`${id}-${end}`} value={value} onChange={(e) => onChange({ [end]: Number(e.target.value) })}>
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} data-testid="export-range">
      {select('from', from)}
      {select('to', to)}
    </form>
  );
}

/** The range a page exports: the URL's ends in order, each defaulting to the page's year. */
export function exportRange(year: number, from?: number, to?: number) {
  const a = from ?? year;
  const b = to ?? year;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The range after one end moved: the other end follows when it would be passed (from 2024 over to 2022: 2024–2024). */
export function moveEnd(range: { from: number; to: number }, end: { from?: number; to?: number }) {
  if (end.from !== undefined) return { from: end.from, to: Math.max(end.from, range.to) };
  if (end.to !== undefined) return { from: Math.min(range.from, end.to), to: end.to };
  return range;
}

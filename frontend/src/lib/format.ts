// Vietnamese formats everywhere (the product's users read vi-VN), whatever the interface language.
const LOCALE = 'vi-VN';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const millions = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const twoDecimals = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upToTwo = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** Exact VND as the API gives it (an integer), written in đồng: `1.957.500.000 đồng`. */
export function formatVnd(vnd: number): string {
  return `${integer.format(vnd)} đồng`;
}

/**
 * Millions of đồng with up to 3 decimals, trailing zeros trimmed: 1957500000 → `1.957,5 triệu đồng`.
 * The exact amount stays in the data (formatVnd gives it for a tooltip); only the display is shortened.
 */
export function formatMillions(vnd: number): string {
  return `${millions.format(vnd / 1_000_000)} triệu đồng`;
}

/** Millions without the unit, for table cells whose header names it. */
export function formatMillionsBare(vnd: number): string {
  return millions.format(vnd / 1_000_000);
}

/** A ratio (0.2952179816) as a percentage with two decimals: `29,52 %`. */
export function formatRate(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '–';
  return `${twoDecimals.format(ratio * 100)} %`;
}

/** A percentage already scaled to 100 as an exact decimal string ('25.000000'): `25 %`. */
export function formatPercentValue(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return `${upToTwo.format(Number(value))} %`;
}

/** An exact decimal string ('1027', '53.5') for display: `1.027`, `53,5`. */
export function formatDecimal(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return upToTwo.format(Number(value));
}

/** An ISO date (2024-12-31, or a date-time) as `31/12/2024`, without time-zone arithmetic. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** File sizes for a download link: `47,1 KB`. */
/** A count of rows, records…: `190.000`. */
export function formatCount(n: number): string {
  return integer.format(n);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${integer.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${upToTwo.format(bytes / 1024)} KB`;
  return `${upToTwo.format(bytes / 1024 / 1024)} MB`;
}

const vnTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Vietnam's clock shows it: `03/12/2026 17:40:11`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(vnTime.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

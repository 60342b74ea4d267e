// The 1 July 2025 reform abolished districts and merged provinces and communes: a page reads the map of units on
// one side of it. Before: units as of 30 June 2025 (the last pre-reform day); after: as of 1 July 2025.
export type MapView = 'pre' | 'post';
export const MAP_VIEWS: MapView[] = ['pre', 'post'];

export function asOfFor(map: MapView): string {
  return map === 'pre' ? '2025-06-30' : '2025-07-01';
}

/** A phase that ended before the reform is read on the old map, later ones on the new. */
export function defaultMap(program: { endYear: number } | undefined): MapView {
  return program && program.endYear <= 2025 ? 'pre' : 'post';
}

/** The latest fiscal year that has a disbursement rate, else the latest year, else undefined. */
export function latestYear(
  rows: { fiscalYear?: number | null; disbursementRate: number | null }[],
): number | undefined {
  const years = rows.filter((r) => r.fiscalYear != null);
  const rated = years.filter((r) => r.disbursementRate != null);
  const pick = (rated.length > 0 ? rated : years).map((r) => r.fiscalYear as number);
  return pick.length > 0 ? Math.max(...pick) : undefined;
}

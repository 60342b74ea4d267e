import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Program = components['schemas']['Program'];

export const programsQuery = () =>
  queryOptions({
    queryKey: ['programs'],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/programs', { params: { query: { limit: 100 } }, signal })).items,
    staleTime: 10 * 60_000,
  });

export const usePrograms = () => useQuery(programsQuery());

/**
 * The phase a page opens on: the one holding the last closed fiscal year, which this year's reports are about
 * (in 2026 the 2021–2025 phase), else the latest that has started.
 */
export function currentProgram(programs: Program[], today = new Date()): Program | undefined {
  const lastClosedYear = today.getFullYear() - 1;
  const holding = programs.filter((p) => p.startYear <= lastClosedYear && lastClosedYear <= p.endYear);
  if (holding.length > 0) return holding[holding.length - 1];
  const started = programs.filter((p) => p.startYear <= today.getFullYear());
  return started[started.length - 1] ?? programs[0];
}

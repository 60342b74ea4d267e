import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { childStatuses } from '../transitions';
import type { Approval } from './list-approvals';

type Key = { unit: string; program: string; period: string; asOf: string };

/** Every stored sign-off of the unit's children for one program and period, both datasets (all pages). */
export const childSignOffsQuery = ({ unit, program, period, asOf }: Key) => ({
  queryKey: ['approvals', 'children', unit, program, period, asOf] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }) => {
    const items: Approval[] = [];
    let cursor: string | undefined;
    do {
      const query = { parent: unit, program, period, asOf, limit: 1000, cursor };
      const page = unwrap(await api().GET('/api/v1/approvals', { params: { query }, signal }));
      items.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return items;
  },
});

/**
 * The children's sign-off status for one program and period, funding and indicators (`GET /approvals?parent=`; a
 * child without a stored sign-off is DRAFT). Undefined until it answers or when it fails: the columns are a
 * convenience, the page works without them.
 */
export function useChildStatuses(key: Key, childCodes: string[], enabled: boolean) {
  const list = useQuery({ ...childSignOffsQuery(key), enabled });
  return list.data ? childStatuses(childCodes, list.data) : undefined;
}

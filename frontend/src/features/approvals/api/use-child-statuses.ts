import type { ApprovalDataset } from './list-approvals';
import { useApprovals } from './list-approvals';
import { childStatuses } from '../transitions';

/**
 * The children's sign-off status for one program, period and dataset, from one list request over the parent's
 * subtree (stored sign-offs only; a child without one is DRAFT). Undefined until it answers or when it fails: the
 * column is a convenience, the page works without it.
 */
export function useChildStatuses(
  key: { unit: string; program: string; period: string; dataset: ApprovalDataset; asOf: string },
  childCodes: string[],
  enabled: boolean,
) {
  const list = useApprovals({ ...key, limit: 1000 }, enabled);
  return list.data ? childStatuses(childCodes, list.data.items) : undefined;
}

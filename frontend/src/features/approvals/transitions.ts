import type { Approval, ApprovalDataset, ApprovalStatus } from './api/list-approvals';

/** What a move to each status is called on a button (the API names statuses, people name actions). */
export type Action = 'submit' | 'approve' | 'return' | 'reopen';

const ACTION_OF: Record<ApprovalStatus, Action> = {
  SUBMITTED: 'submit',
  APPROVED: 'approve',
  RETURNED: 'return',
  DRAFT: 'reopen',
};

const ORDER: Action[] = ['submit', 'approve', 'return', 'reopen'];

export const TARGET_OF: Record<Action, ApprovalStatus> = {
  submit: 'SUBMITTED',
  approve: 'APPROVED',
  return: 'RETURNED',
  reopen: 'DRAFT',
};

/** The actions the API allows the caller now (`allowedTransitions`), in a stable order for the buttons. */
export function allowedActions(approval: Pick<Approval, 'allowedTransitions'>): Action[] {
  const allowed = new Set(approval.allowedTransitions.map((s) => ACTION_OF[s]));
  return ORDER.filter((a) => allowed.has(a));
}

/** Returning and reopening need a reason (the API answers 422 without one); submitting and approving do not. */
export const needsReason = (action: Action) => action === 'return' || action === 'reopen';

/** A child's sign-off per dataset. */
export type ChildSignOffs = Record<ApprovalDataset, ApprovalStatus>;

/**
 * Each child's sign-off status per dataset from the stored sign-offs of its parent's children: a child or dataset
 * without a row was never moved, so it is DRAFT (as `/approval-status` says of such a key). Other units are ignored.
 */
export function childStatuses(
  childCodes: string[],
  stored: Pick<Approval, 'unit' | 'dataset' | 'status'>[],
): Map<string, ChildSignOffs> {
  const byKey = new Map(stored.map((a) => [`${a.unit.code} ${a.dataset}`, a.status]));
  const of = (code: string, dataset: ApprovalDataset) => byKey.get(`${code} ${dataset}`) ?? 'DRAFT';
  return new Map(childCodes.map((c) => [c, { FUNDING: of(c, 'FUNDING'), INDICATORS: of(c, 'INDICATORS') }]));
}

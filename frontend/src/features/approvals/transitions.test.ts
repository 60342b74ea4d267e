import { describe, expect, it } from 'vitest';
import { allowedActions, childStatuses, needsReason, TARGET_OF } from './transitions';

describe('allowedActions', () => {
  it('maps the allowed statuses to actions in button order', () => {
    expect(allowedActions({ allowedTransitions: ['RETURNED', 'APPROVED'] })).toEqual(['approve', 'return']);
    expect(allowedActions({ allowedTransitions: ['DRAFT'] })).toEqual(['reopen']);
    expect(allowedActions({ allowedTransitions: [] })).toEqual([]);
  });

  it('round-trips each action to the status the API moves to', () => {
    for (const action of allowedActions({
      allowedTransitions: ['SUBMITTED', 'APPROVED', 'RETURNED', 'DRAFT'],
    })) {
      expect(allowedActions({ allowedTransitions: [TARGET_OF[action]] })).toEqual([action]);
    }
  });
});

describe('needsReason', () => {
  it('asks a reason to return or reopen only', () => {
    expect(['submit', 'approve', 'return', 'reopen'].filter((a) => needsReason(a as never))).toEqual([
      'return',
      'reopen',
    ]);
  });
});

describe('childStatuses', () => {
  it('gives each child its stored status per dataset, DRAFT where it has none, and ignores other units', () => {
    const unit = (code: string) => ({ id: 1, code, name: code, level: 'COMMUNE' as const });
    const statuses = childStatuses(
      ['03430', '03433'],
      [
        { unit: unit('03430'), dataset: 'FUNDING', status: 'SUBMITTED' },
        { unit: unit('03430'), dataset: 'INDICATORS', status: 'APPROVED' },
        { unit: unit('03433'), dataset: 'INDICATORS', status: 'RETURNED' },
        { unit: unit('99999'), dataset: 'FUNDING', status: 'APPROVED' },
      ],
    );
    expect([...statuses]).toEqual([
      ['03430', { FUNDING: 'SUBMITTED', INDICATORS: 'APPROVED' }],
      ['03433', { FUNDING: 'DRAFT', INDICATORS: 'RETURNED' }],
    ]);
  });
});

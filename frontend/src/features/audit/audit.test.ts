import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './api/list-audit-events';
import { diffFields, foldUploads, instantRange, showValue, uploadCounts } from './audit';

const actor = { subject: 's', username: 'laichau.manager', clientId: 'gnbv-spa' };
const event = (
  id: number,
  operation: AuditEvent['operation'],
  requestId: string,
  extra = {},
): AuditEvent => ({
  id,
  occurredAt: '2026-12-03T10:40:11Z',
  actor,
  operation,
  resourceType: 'FUNDING_LINE',
  resourceId: String(id),
  resourceKey: null,
  unitId: 138,
  before: null,
  after: null,
  requestId,
  ...extra,
});

describe('diffFields', () => {
  it('lists every field of either side, id first, and marks those that changed', () => {
    const changes = diffFields({
      before: { status: 'OPEN', note: null, id: 9, version: 3 },
      after: { status: 'EXPLAINED', note: 'đã nộp trả', id: 9, version: 4 },
    });
    expect(changes.map((c) => [c.field, c.changed])).toEqual([
      ['id', false],
      ['note', true],
      ['status', true],
      ['version', true],
    ]);
    expect(changes[2]).toEqual({ field: 'status', before: 'OPEN', after: 'EXPLAINED', changed: true });
  });

  it('has no before for a creation', () => {
    const [only] = diffFields({ before: null, after: { amountVnd: 1_046_000_000 } });
    expect(only).toEqual({ field: 'amountVnd', before: undefined, after: 1_046_000_000, changed: true });
    expect(showValue(only!.before)).toBe('–');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue('2026-12-03T10:48:41.820345Z')).toBe('03/12/2026 17:48:41');
    expect(showValue('2023-01-20')).toBe('2023-01-20');
  });
});

describe('foldUploads', () => {
  it("folds an upload's row events into its one event, leaves other events alone", () => {
    const upload = event(30, 'UPLOAD', 'r1', {
      resourceType: 'UPLOAD_JOB',
      after: { rowsRead: 12, inserted: 10, updated: 1, unchanged: 0, deleted: 1 },
    });
    const listed = foldUploads([
      event(33, 'UPDATE', 'r2'),
      event(32, 'DELETE', 'r1'),
      event(31, 'UPDATE', 'r1'),
      upload,
      event(29, 'CREATE', 'r0'),
    ]);
    expect(listed.map((l) => [l.event.id, l.rows.map((r) => r.id)])).toEqual([
      [33, []],
      [30, [32, 31]],
      [29, []],
    ]);
    expect(uploadCounts(upload)).toEqual({ read: 12, inserted: 10, updated: 1, unchanged: 0, deleted: 1 });
    expect(uploadCounts(event(1, 'UPDATE', 'x'))).toBeUndefined();
  });
});

describe('instantRange', () => {
  it('reads the days in Vietnam time, the last day included', () => {
    expect(instantRange('2026-12-01', '2026-12-31')).toEqual({
      from: '2026-12-01T00:00:00+07:00',
      to: '2027-01-01T00:00:00+07:00',
    });
    expect(instantRange()).toEqual({ from: undefined, to: undefined });
  });
});

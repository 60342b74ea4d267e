import { formatDateTime } from '@/lib/format';
import type { AuditEvent } from './api/list-audit-events';

export type FieldChange = { field: string; before: unknown; after: unknown; changed: boolean };

/**
 * Before and after of an event, field by field: every field either side has, `id` first, then by name; `changed`
 * where the two differ (a created or deleted resource has every field changed).
 */
export function diffFields(event: Pick<AuditEvent, 'before' | 'after'>): FieldChange[] {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) =>
    a === 'id' ? -1 : b === 'id' ? 1 : a.localeCompare(b),
  );
  return fields.map((field) => {
    const b = event.before ? (before[field] ?? null) : undefined;
    const a = event.after ? (after[field] ?? null) : undefined;
    return { field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}

/** A value of an audited state for people: `–` for none, instants on Vietnam's clock, objects as JSON. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export type Listed = { event: AuditEvent; rows: AuditEvent[] };

/**
 * A bulk upload is one UPLOAD event, its counts in `after`; the row events it recorded beside it (UPDATE / DELETE of
 * replaced or deleted rows, same request id) are folded into it rather than listed one by one.
 */
export function foldUploads(events: AuditEvent[]): Listed[] {
  const uploads = new Map<string, Listed>();
  for (const e of events) if (e.operation === 'UPLOAD') uploads.set(e.requestId, { event: e, rows: [] });
  const listed: Listed[] = [];
  for (const e of events) {
    const upload = uploads.get(e.requestId);
    if (e.operation === 'UPLOAD') listed.push(upload!);
    else if (upload) upload.rows.push(e);
    else listed.push({ event: e, rows: [] });
  }
  return listed;
}

export type UploadCounts = {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
};

/** An UPLOAD event's counts (its `after`), or undefined for any other event. */
export function uploadCounts(event: AuditEvent): UploadCounts | undefined {
  if (event.operation !== 'UPLOAD' || !event.after) return undefined;
  const a = event.after as Record<string, unknown>;
  const n = (k: string) => (typeof a[k] === 'number' ? (a[k] as number) : 0);
  return {
    read: n('rowsRead'),
    inserted: n('inserted'),
    updated: n('updated'),
    unchanged: n('unchanged'),
    deleted: n('deleted'),
  };
}

/**
 * The API's half-open instant range from the page's dates (days in Vietnam, UTC+7): from the first day's start
 * to the start of the day after the last.
 */
export function instantRange(from?: string, to?: string): { from?: string; to?: string } {
  const next = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return {
    from: from ? `${from}T00:00:00+07:00` : undefined,
    to: to ? `${next(to)}T00:00:00+07:00` : undefined,
  };
}

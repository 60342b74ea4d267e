import { api, unwrap } from '@/lib/api/client';
import type { Reading } from './get-reading';

/** Runs the reader on the report's file: its PENDING proposals are replaced, decided ones kept. */
export async function runReading(report: number): Promise<Reading> {
  return unwrap(await api().POST('/api/v1/reports/{id}/reading', { params: { path: { id: report } } }));
}

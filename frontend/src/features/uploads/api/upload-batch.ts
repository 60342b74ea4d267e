import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Dataset = 'funding-lines' | 'indicator-values' | 'local-projects';
export const DATASETS: Dataset[] = ['funding-lines', 'indicator-values', 'local-projects'];
export type UploadReport = components['schemas']['UploadReport'];
export type UploadProblem = components['schemas']['UploadProblem'];

/** Files up to this size go in one synchronous request; larger ones become a job (the API's 20 MiB limit). */
export const SYNC_LIMIT_BYTES = 20 * 1024 * 1024;

export type UploadRequest = { dataset: Dataset; file: Blob; dryRun: boolean; idempotencyKey?: string };

/** A CSV file checked (dryRun) or written in one transaction; a refusal throws an ApiError with the rows' errors. */
export async function uploadBatch({
  dataset,
  file,
  dryRun,
  idempotencyKey,
}: UploadRequest): Promise<UploadReport> {
  return unwrap(
    await api().POST('/api/v1/uploads/{dataset}', {
      params: {
        path: { dataset },
        query: { dryRun },
        header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
      },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

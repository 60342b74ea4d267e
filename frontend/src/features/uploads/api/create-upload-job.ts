import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { UploadRequest } from './upload-batch';

export type UploadJob = components['schemas']['UploadJob'];

/** A large file as a job: the API answers at once (202) and works in the background; poll the job. */
export async function createUploadJob({
  dataset,
  file,
  dryRun,
  idempotencyKey,
}: UploadRequest): Promise<UploadJob> {
  return unwrap(
    await api().POST('/api/v1/upload-jobs', {
      params: {
        query: { dataset, dryRun },
        header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
      },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UploadJob } from './create-upload-job';

/** Still queued or running: read again; else ended (SUCCEEDED, REJECTED, FAILED). */
export const running = (job: UploadJob | undefined) => job?.state === 'QUEUED' || job?.state === 'RUNNING';

/** A job's state and progress, read again every second while it is queued or running. */
export const useUploadJob = (jobId: string | undefined) =>
  useQuery({
    queryKey: ['upload-jobs', jobId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/upload-jobs/{jobId}', { params: { path: { jobId: jobId ?? '' } }, signal }),
      ),
    enabled: jobId !== undefined,
    refetchInterval: (query) => (running(query.state.data) ? 1000 : false),
  });

import { api, unwrap } from '@/lib/api/client';
import { saveBlob } from '@/lib/download';

/**
 * The report's original file, fetched with the bearer token (a plain link would carry none), then saved under its
 * own name through a temporary blob link.
 */
export async function downloadReportFile(id: number, fileName: string): Promise<void> {
  const blob = unwrap(
    await api().GET('/api/v1/reports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Blob;
  saveBlob(blob, fileName);
}

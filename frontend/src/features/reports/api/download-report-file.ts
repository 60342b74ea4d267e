import { api, unwrap } from '@/lib/api/client';

/**
 * The report's original file, fetched with the bearer token (a plain link would carry none), then saved under its
 * own name through a temporary blob link.
 */
export async function downloadReportFile(id: number, fileName: string): Promise<void> {
  const blob = unwrap(
    await api().GET('/api/v1/reports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Blob;
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the browser's download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

import { api, unwrap } from '@/lib/api/client';
import { dispositionFileName, saveBlob } from '@/lib/download';

export type ExportKind = 'funding' | 'indicators' | 'draft';
export type ExportFormat = 'xlsx' | 'csv' | 'docx';
export type ExportParams = {
  program: string;
  unit: string;
  asOf?: string;
  yearFrom?: number;
  yearTo?: number;
};

/** What the API answers for one export, with the file name its Content-Disposition gives. */
async function fetchExport(kind: ExportKind, format: ExportFormat, query: ExportParams) {
  if (kind === 'draft') {
    return api().GET('/api/v1/report-draft', { params: { query }, parseAs: 'blob' });
  }
  const path = kind === 'funding' ? '/api/v1/exports/funding-summary' : '/api/v1/exports/indicators';
  return api().GET(path, {
    params: { query: { ...query, format: format === 'csv' ? 'csv' : 'xlsx' } },
    parseAs: 'blob',
  });
}

/**
 * An annex or the drafted report, fetched with the bearer token (a plain link would carry none) and saved under the
 * server's name (`Content-Disposition`, exposed by the API's CORS); returns that name.
 */
export async function downloadExport(kind: ExportKind, format: ExportFormat, query: ExportParams) {
  const result = await fetchExport(kind, format, query);
  const blob = unwrap(result) as Blob;
  const name = dispositionFileName(
    result.response.headers.get('Content-Disposition'),
    `${kind}_${query.program}_${query.unit}.${format}`,
  );
  saveBlob(blob, name);
  return name;
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { documentText } from '../highlight';

/**
 * The text the reader cited offsets into, rebuilt from the original file. Only a plain-text file can be rebuilt
 * here (the API serves no extracted text); for Word and PDF files the page shows the quotes by place instead.
 */
export const documentTextQuery = (report: number, mediaType: string | undefined) =>
  queryOptions({
    queryKey: ['reports', report, 'file-text', mediaType],
    enabled: mediaType?.startsWith('text/plain') ?? false,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const raw = unwrap(
        await api().GET('/api/v1/reports/{id}/file', {
          params: { path: { id: report } },
          parseAs: 'text',
          signal,
        }),
      ) as string;
      return documentText(raw);
    },
  });

export const useDocumentText = (report: number, mediaType: string | undefined) =>
  useQuery(documentTextQuery(report, mediaType));

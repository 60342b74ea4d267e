import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** The REPORTS_DISAGREE findings involving a figure of this report (at most 200: a report rarely has more). */
export const reportDisagreementsQuery = (report: number) =>
  queryOptions({
    queryKey: ['findings', 'disagreements', report],
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/findings', {
          params: { query: { report, rule: 'REPORTS_DISAGREE', limit: 200 } },
          signal,
        }),
      ),
  });

export const useReportDisagreements = (report: number) => useQuery(reportDisagreementsQuery(report));

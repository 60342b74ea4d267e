import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components, operations } from '@/lib/api/schema';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditOperation = components['schemas']['AuditOperation'];
export type AuditResourceType = components['schemas']['AuditResourceType'];
export type AuditFilters = NonNullable<operations['listAuditEvents']['parameters']['query']>;

/** One page of the audit trail, newest first (keyset cursor). */
export const useAuditEvents = (filters: AuditFilters) =>
  useQuery({
    queryKey: ['audit', filters],
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/audit-events', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });

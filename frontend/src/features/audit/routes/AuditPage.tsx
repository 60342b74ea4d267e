import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';
import { Pager } from '@/components/ui/Pager';
import { asOfFor } from '@/lib/reform';
import { oneOf, text, useUrlState } from '@/lib/url-state';
import { useAuditEvents } from '../api/list-audit-events';
import { foldUploads, instantRange } from '../audit';
import { AuditFilters, OPERATIONS, RESOURCE_TYPES } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { EventDetail } from '../components/EventDetail';

const day = /^\d{4}-\d{2}-\d{2}$/;
const spec = {
  resourceType: oneOf(...RESOURCE_TYPES),
  operation: oneOf(...OPERATIONS),
  actor: text(/^[\w.@-]{1,100}$/),
  resourceId: text(/^[\w-]{1,100}$/),
  unit: text(/^\d{2,5}$/),
  map: oneOf('pre', 'post'),
  from: text(day),
  to: text(day),
  cursor: text(),
  event: text(/^\d{1,18}$/),
};

/** /audit (managers): the audit trail with its filters in the URL, and before / after of the chosen event. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlState(spec);
  const { cursor, event, from, to, map, ...rest } = params;
  // A unit code is read on the chosen map of units (codes were reused by the 2025 reform).
  const asOf = rest.unit ? asOfFor(map ?? 'pre') : undefined;
  const events = useAuditEvents({ ...rest, asOf, ...instantRange(from, to), cursor, limit: 50 });
  const selected = event ? Number(event) : undefined;
  const select = (id: number) => setParams({ event: String(id) });
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilters
        key={JSON.stringify(params)}
        values={{ ...rest, map, from, to }}
        onApply={(v) =>
          setParams({
            ...v,
            resourceType: v.resourceType as (typeof RESOURCE_TYPES)[number] | undefined,
            operation: v.operation as (typeof OPERATIONS)[number] | undefined,
            map: v.map === 'post' ? 'post' : undefined,
            cursor: undefined,
            event: undefined,
          })
        }
      />
      <QueryView query={events}>
        {(data) => {
          if (data.items.length === 0) return <Empty />;
          const listed = foldUploads(data.items);
          const chosen = data.items.find((e) => e.id === selected);
          const rows = listed.find((l) => l.event.id === selected)?.rows ?? [];
          return (
            <div className="audit-layout">
              <div>
                <AuditTable items={listed} selected={selected} onSelect={select} />
                <Pager
                  next={data.next}
                  atFirst={!cursor}
                  onPage={(c) => setParams({ cursor: c, event: undefined })}
                />
              </div>
              {chosen ? (
                <EventDetail key={chosen.id} event={chosen} rows={rows} onSelect={select} />
              ) : (
                <p className="muted">{t('audit.pick')}</p>
              )}
            </div>
          );
        }}
      </QueryView>
    </section>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useUnit } from '@/features/units/api/get-unit';
import type { AuditEvent } from '../api/list-audit-events';
import { diffFields, showValue, uploadCounts } from '../audit';

// Resources that have a page of their own in the dashboard.
const PAGES: Partial<Record<AuditEvent['resourceType'], string>> = {
  FINDING: '/findings/',
  REPORT: '/reports/',
};

/** One event: who, when, through which client, and its before / after field by field, changes marked. */
export function EventDetail({
  event: e,
  rows,
  onSelect,
}: {
  event: AuditEvent;
  rows: AuditEvent[];
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  const unit = useUnit(e.unitId ?? undefined);
  const [changedOnly, setChangedOnly] = useState(e.operation === 'UPDATE');
  const counts = uploadCounts(e);
  const fields = diffFields(e).filter((f) => !changedOnly || f.changed);
  const page = PAGES[e.resourceType];
  return (
    <section aria-labelledby="event-title" className="event-detail" data-testid="audit-detail">
      <h2 id="event-title">{t('audit.detail', { id: e.id })}</h2>
      <dl className="meta">
        <dt>{t('audit.when')}</dt>
        <dd>{formatDateTime(e.occurredAt)}</dd>
        <dt>{t('audit.who')}</dt>
        <dd>
          {e.actor.username}{' '}
          {e.actor.clientId && (
            <span className="muted">{t('audit.client', { client: e.actor.clientId })}</span>
          )}
        </dd>
        <dt>{t('audit.operation')}</dt>
        <dd>
          {t(`audit.operations.${e.operation}`)} · {t(`audit.resourceTypes.${e.resourceType}`)}{' '}
          {page && e.resourceId ? <Link to={`${page}${e.resourceId}`}>#{e.resourceId}</Link> : e.resourceId}
        </dd>
        {e.resourceKey && (
          <>
            <dt>{t('audit.key')}</dt>
            <dd>{e.resourceKey}</dd>
          </>
        )}
        {unit.data && (
          <>
            <dt>{t('findings.unit')}</dt>
            <dd>{unit.data.name}</dd>
          </>
        )}
        {counts && (
          <>
            <dt>{t('uploads.title')}</dt>
            <dd data-testid="upload-counts">{t('audit.counts', counts)}</dd>
          </>
        )}
        {e.createdIds && (
          <>
            <dt>{t('audit.created')}</dt>
            <dd className="num">{e.createdIds}</dd>
          </>
        )}
        <dt>{t('audit.request')}</dt>
        <dd className="num">{e.requestId}</dd>
      </dl>
      {rows.length > 0 && (
        <p className="filters">
          {t('audit.rowEvents', { count: rows.length })}:
          {rows.map((r) => (
            <button key={r.id} type="button" onClick={() => onSelect(r.id)}>
              {t(`audit.operations.${r.operation}`)} #{r.resourceId}
            </button>
          ))}
        </p>
      )}
      {!e.before && !e.after ? (
        <p className="muted">{t('audit.nothing')}</p>
      ) : (
        <>
          <label className="check">
            <input type="checkbox" checked={changedOnly} onChange={(x) => setChangedOnly(x.target.checked)} />{' '}
            {t('audit.changedOnly')}
          </label>
          <table className="figures diff" data-testid="audit-diff">
            <thead>
              <tr>
                <th scope="col">{t('audit.field')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.field} data-field={f.field} className={f.changed ? 'changed' : undefined}>
                  <th scope="row">{f.field}</th>
                  <td className="wrap">{e.before ? showValue(f.before) : ''}</td>
                  <td className="wrap">{e.after ? showValue(f.after) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

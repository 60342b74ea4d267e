import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { uploadCounts, type Listed } from '../audit';

/** Who changed what and when; an upload is one row with its counts. Each row's changes open beside the table. */
export function AuditTable({
  items,
  selected,
  onSelect,
}: {
  items: Listed[];
  selected?: number;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="figures" data-testid="audit-table">
        <caption>{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.operation')}</th>
            <th scope="col">{t('audit.resourceType')}</th>
            <th scope="col">{t('audit.key')}</th>
            <th scope="col">
              <span className="sr-only">{t('audit.show')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ event: e, rows }) => {
            const counts = uploadCounts(e);
            const current = e.id === selected;
            return (
              <tr key={e.id} data-event={e.id} className={current ? 'selected' : undefined}>
                <td className="num">{formatDateTime(e.occurredAt)}</td>
                <td>{e.actor.username}</td>
                <td>{t(`audit.operations.${e.operation}`)}</td>
                <td>{t(`audit.resourceTypes.${e.resourceType}`)}</td>
                <td className="wrap narrow">
                  {counts ? t('audit.counts', counts) : (e.resourceKey ?? e.resourceId ?? '–')}
                  {rows.length > 0 && (
                    <span className="muted"> · {t('audit.rowEvents', { count: rows.length })}</span>
                  )}
                </td>
                <td>
                  <button type="button" aria-pressed={current} onClick={() => onSelect(e.id)}>
                    {current ? t('audit.shown') : t('audit.show')} <span className="sr-only">#{e.id}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

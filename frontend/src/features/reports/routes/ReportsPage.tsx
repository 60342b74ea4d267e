import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';
import { useCodeLabel } from '@/lib/api/code-lists';
import { useUser } from '@/lib/auth/AuthContext';
import { homeUnit } from '@/lib/auth/claims';
import { formatDate } from '@/lib/format';
import { asOfFor, MAP_VIEWS } from '@/lib/reform';
import { oneOf, text, useUrlState } from '@/lib/url-state';
import { useFindUnit } from '@/features/units/api/find-unit';
import { useReports } from '../api/list-reports';

const spec = { unit: text(/^\d{2,5}$/), q: text(), map: oneOf('pre', 'post') };

/** Reports of a unit's subtree, newest first, searchable; the search and unit live in the URL. */
export function ReportsPage() {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const user = useUser();
  const [params, setParams] = useUrlState(spec);
  const unit = params.unit ?? (homeUnit(user) === 'VN' ? undefined : homeUnit(user));
  const map = params.map ?? 'pre';
  const asOf = asOfFor(map);
  const [q, setQ] = useState(params.q ?? '');
  const found = useFindUnit(unit ?? '', asOf, unit !== undefined);
  const reports = useReports({ unit: unit ?? '', asOf, q: params.q });
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ q: q.trim() || undefined });
        }}
      >
        <label htmlFor="reports-q">{t('reports.searchLabel')}</label>
        <input id="reports-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">{t('filters.search')}</button>
        <fieldset className="map-switch">
          <legend>{t('filters.map')}</legend>
          {MAP_VIEWS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="reports-map"
                checked={map === m}
                onChange={() => setParams({ map: m })}
              />
              {t(m === 'pre' ? 'filters.preReform' : 'filters.postReform')}
            </label>
          ))}
        </fieldset>
      </form>
      <QueryView query={reports}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0) return <Empty />;
          return (
            <div className="table-wrap">
              <table className="figures" data-testid="reports-table">
                <caption>{t('reports.listCaption', { unit: found.data?.name ?? unit ?? '' })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.issuedOn')}</th>
                    <th scope="col">{t('reports.number')}</th>
                    <th scope="col">{t('reports.titleCol')}</th>
                    <th scope="col">{t('reports.issuer')}</th>
                    <th scope="col">{t('reports.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id} data-report={r.id}>
                      <td>{formatDate(r.issuedOn)}</td>
                      <td>{r.number}</td>
                      <td className="wrap">
                        <Link to={`/reports/${r.id}`}>{r.title}</Link>
                      </td>
                      <td>{r.unit.name}</td>
                      <td>{label('reportKinds', r.kind)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {reports.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void reports.fetchNextPage()}
                  disabled={reports.isFetchingNextPage}
                >
                  {t('reports.more')}
                </button>
              )}
            </div>
          );
        }}
      </QueryView>
    </section>
  );
}

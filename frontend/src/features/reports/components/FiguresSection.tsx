import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';

type Paged<T> = {
  data: { pages: { items: T[] }[] } | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

/** One kind of figure stated in a report: a table of its rows, page by page. */
export function FiguresSection<T>({
  id,
  title,
  query,
  children,
}: {
  id: string;
  title: string;
  query: Paged<T>;
  children: (items: T[]) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-title`} className="figures-section">
      <h2 id={`${id}-title`}>{title}</h2>
      <QueryView query={query}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0) return <Empty />;
          return (
            <>
              <p className="muted">{t('reports.count', { count: items.length })}</p>
              {/* A scrolling box is reachable by keyboard (tab to it, then arrow keys). */}
              <div className="table-wrap scroll" tabIndex={0} role="region" aria-label={title}>
                {children(items)}
              </div>
              {query.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void query.fetchNextPage()}
                  disabled={query.isFetchingNextPage}
                >
                  {t('reports.more')}
                </button>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { describeError } from '@/lib/api/messages';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}

export function ErrorState({
  error,
  onRetry,
  lead,
}: {
  error: unknown;
  onRetry?: () => void;
  lead?: string;
}) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{lead ?? t('state.error')}:</strong> {title}
      </p>
      {detail && <p className="detail">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

type QueryLike<T> = { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };

/** Loading, error (with retry) or the content, for one query. */
export function QueryView<T>({
  query,
  children,
}: {
  query: QueryLike<T>;
  children: (data: T) => React.ReactNode;
}) {
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

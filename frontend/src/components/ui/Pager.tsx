import { useTranslation } from 'react-i18next';

/** Keyset paging: the next page, or back to the first (the browser's back button returns page by page). */
export function Pager({
  next,
  onPage,
  atFirst,
}: {
  next?: string | null;
  onPage: (cursor?: string) => void;
  atFirst: boolean;
}) {
  const { t } = useTranslation();
  return (
    <p className="filters">
      <button type="button" disabled={atFirst} onClick={() => onPage(undefined)}>
        {t('data.first')}
      </button>
      <button type="button" disabled={!next} onClick={() => onPage(next ?? undefined)}>
        {t('data.next')}
      </button>
    </p>
  );
}

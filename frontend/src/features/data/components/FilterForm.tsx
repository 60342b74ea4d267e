import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLabel, type CodeList } from '@/lib/api/code-lists';
import { useCodeLists } from '@/lib/api/code-lists';

export type FilterField = { name: string; label: string; list?: CodeList; pattern?: string };

/** Text or code-list filters; applied (to the URL) on submit, so the view is a link. */
export function FilterForm({
  fields,
  values,
  onApply,
}: {
  fields: FilterField[];
  values: Record<string, string | undefined>;
  onApply: (values: Record<string, string | undefined>) => void;
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const lists = useCodeLists();
  const [draft, setDraft] = useState(values);
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(Object.fromEntries(fields.map((f) => [f.name, draft[f.name]?.trim() || undefined])));
      }}
    >
      {fields.map((f) => (
        <span key={f.name}>
          <label htmlFor={`filter-${f.name}`}>{f.label}</label>{' '}
          {f.list ? (
            <select
              id={`filter-${f.name}`}
              value={draft[f.name] ?? ''}
              onChange={(e) => setDraft({ ...draft, [f.name]: e.target.value })}
            >
              <option value="">–</option>
              {(lists.data?.[f.list] ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {label(f.list!, c.code)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`filter-${f.name}`}
              size={10}
              pattern={f.pattern}
              value={draft[f.name] ?? ''}
              onChange={(e) => setDraft({ ...draft, [f.name]: e.target.value })}
            />
          )}
        </span>
      ))}
      <button type="submit">{t('filters.apply')}</button>
    </form>
  );
}

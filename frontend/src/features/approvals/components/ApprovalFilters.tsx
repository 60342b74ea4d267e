import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@/features/programs/api/list-programs';

export const DATASETS = ['FUNDING', 'INDICATORS'] as const;
export const STATUSES = ['SUBMITTED', 'APPROVED', 'RETURNED', 'DRAFT'] as const;

export type ApprovalFilterValues = {
  program?: string;
  period?: string;
  dataset?: (typeof DATASETS)[number];
  status?: (typeof STATUSES)[number];
  awaiting?: 'me' | 'all';
};

type Props = {
  values: ApprovalFilterValues;
  programs: Program[];
  onApply: (v: ApprovalFilterValues) => void;
};

/** Program, period, dataset, status and "only what awaits me", applied on submit (then kept in the URL). */
export function ApprovalFilters({ values, programs, onApply }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ApprovalFilterValues>(values);
  const set = (changes: ApprovalFilterValues) => setDraft({ ...draft, ...changes });
  return (
    <form
      className="filters"
      aria-label={t('filters.search')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <label htmlFor={`${id}-program`}>{t('approvals.program')}</label>
      <select
        id={`${id}-program`}
        value={draft.program ?? ''}
        onChange={(e) => set({ program: e.target.value || undefined })}
      >
        <option value="">{t('approvals.any')}</option>
        {programs.map((p) => (
          <option key={p.code} value={p.code}>
            {i18n.language === 'en' && p.nameEn ? p.nameEn : p.nameVi}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-period`}>{t('approvals.period')}</label>
      <input
        id={`${id}-period`}
        size={9}
        pattern="[0-9QH/\-]+"
        value={draft.period ?? ''}
        onChange={(e) => set({ period: e.target.value.trim() || undefined })}
      />
      <label htmlFor={`${id}-dataset`}>{t('approvals.dataset')}</label>
      <select
        id={`${id}-dataset`}
        value={draft.dataset ?? ''}
        onChange={(e) => set({ dataset: (e.target.value || undefined) as ApprovalFilterValues['dataset'] })}
      >
        <option value="">{t('approvals.any')}</option>
        {DATASETS.map((d) => (
          <option key={d} value={d}>
            {t(`approvals.datasets.${d}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>{t('approvals.status')}</label>
      <select
        id={`${id}-status`}
        value={draft.status ?? ''}
        onChange={(e) => set({ status: (e.target.value || undefined) as ApprovalFilterValues['status'] })}
      >
        <option value="">{t('approvals.any')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`approvals.statuses.${s}`)}
          </option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          checked={draft.awaiting !== 'all'}
          onChange={(e) => set({ awaiting: e.target.checked ? 'me' : 'all' })}
        />{' '}
        {t('approvals.awaitingOnly')}
      </label>
      <button type="submit">{t('approvals.apply')}</button>
    </form>
  );
}

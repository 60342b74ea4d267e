import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from './client';
import type { components } from './schema';

export type CodeLists = components['schemas']['CodeLists'];
export type CodeList = keyof CodeLists;

/** The published code lists (sources, measures, report kinds, …) with Vietnamese and English labels. */
export const useCodeLists = () =>
  useQuery({
    queryKey: ['code-lists'],
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/code-lists', { signal })),
    staleTime: Infinity,
  });

/** A code's label in the user's language; the code itself until the lists have loaded, or when unknown. */
export function useCodeLabel(): (list: CodeList, code: string | null | undefined) => string {
  const { data } = useCodeLists();
  const { i18n } = useTranslation();
  return useCallback(
    (list, code) => {
      if (!code) return '–';
      const entry = data?.[list].find((e) => e.code === code);
      if (!entry) return code;
      return i18n.language === 'en' ? entry.nameEn : entry.nameVi;
    },
    [data, i18n.language],
  );
}

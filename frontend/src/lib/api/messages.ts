import type { TFunction } from 'i18next';
import { ApiError } from './problem';

/** What to tell the user about a failed request: the code's message in their language, else the API's words. */
export function describeError(error: unknown, t: TFunction): { title: string; detail?: string } {
  if (error instanceof ApiError) {
    if (error.status === 0) return { title: t('errors.network') };
    const code = error.code;
    const known = code ? t(`errors.${code}`, { defaultValue: '' }) : '';
    const detail = error.problem?.detail;
    if (known) return { title: known, detail };
    return { title: error.problem?.title ?? `HTTP ${error.status}`, detail };
  }
  if (error instanceof TypeError) return { title: t('errors.network') };
  return { title: error instanceof Error ? error.message : String(error) };
}

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

/**
 * Each field the API refused (`errors[]`), in the user's language where the violation code is known:
 * `Ghi chú: bắt buộc`. `fieldLabel` names the page's own fields; unknown fields keep the API's name.
 */
export function describeViolations(
  error: unknown,
  t: TFunction,
  fieldLabel: (field: string) => string | undefined = () => undefined,
): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).map((v) => {
    const what = v.field ? (fieldLabel(v.field) ?? v.field) : v.row ? `#${v.row}` : '';
    const known = t(`violations.${v.code}`, { defaultValue: '' });
    const text = known || v.message;
    return what ? `${what}: ${text}` : text;
  });
}

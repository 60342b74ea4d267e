import { oneOf, type Field } from '@/lib/url-state';

/** A confidence in [0, 1] with at most two decimals in the URL (`0.8`); anything else is ignored. */
export const confidence: Field<number> = {
  parse: (raw) => {
    if (!/^(0(\.\d{1,2})?|1(\.0{1,2})?)$/.test(raw)) return undefined;
    return Number(raw);
  },
  format: (v) => String(v),
};

/** The review page's filters, kept in the URL so a link reproduces the view. */
export const readingSpec = {
  dataset: oneOf('funding-lines', 'indicator-values', 'local-projects'),
  status: oneOf('PENDING', 'ACCEPTED', 'REJECTED'),
  minConfidence: confidence,
};

/** The keyboard's decisions on a focused proposal row: a accept, r reject, p back to pending. */
export function keyDecision(key: string): 'ACCEPTED' | 'REJECTED' | 'PENDING' | undefined {
  switch (key.toLowerCase()) {
    case 'a':
      return 'ACCEPTED';
    case 'r':
      return 'REJECTED';
    case 'p':
      return 'PENDING';
    default:
      return undefined;
  }
}

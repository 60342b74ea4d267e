import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

// Filters live in the URL, so a link reproduces a view. Each page declares its fields; values are validated as they
// are read (a hand-edited URL falls back to the default instead of breaking the page).
// Method syntax on purpose: it lets a Field<string> stand where a Field<unknown> is expected in a Spec.
export type Field<T> = { parse(raw: string): T | undefined; format(value: T): string };

export const text = (pattern?: RegExp): Field<string> => ({
  parse: (raw) => (raw !== '' && (!pattern || pattern.test(raw)) ? raw : undefined),
  format: (v) => v,
});

export const year: Field<number> = {
  parse: (raw) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined),
  format: (v) => String(v),
};

export function oneOf<T extends string>(...values: T[]): Field<T> {
  return { parse: (raw) => ((values as string[]).includes(raw) ? (raw as T) : undefined), format: (v) => v };
}

export type Spec = Record<string, Field<unknown>>;
export type Values<S extends Spec> = { [K in keyof S]?: S[K] extends Field<infer T> ? T : never };

export function readParams<S extends Spec>(params: URLSearchParams, spec: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) {
    const raw = params.get(key);
    const value = raw === null ? undefined : field.parse(raw);
    if (value !== undefined) out[key] = value;
  }
  return out as Values<S>;
}

/** The next URL parameters: changed fields set, fields set to undefined removed, others kept as they were. */
export function writeParams<S extends Spec>(
  params: URLSearchParams,
  spec: S,
  changes: Values<S>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    const field = spec[key];
    if (!field) continue;
    if (value === undefined || value === null) next.delete(key);
    else next.set(key, field.format(value));
  }
  next.sort();
  return next;
}

export function useUrlState<S extends Spec>(spec: S): [Values<S>, (changes: Values<S>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => readParams(params, spec), [params, spec]);
  const update = useCallback(
    (changes: Values<S>) => setParams((current) => writeParams(current, spec, changes)),
    [setParams, spec],
  );
  return [values, update];
}

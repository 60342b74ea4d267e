import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

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

/**
 * The last parameters written through useUrlState, until a render shows another location. The router's
 * `setSearchParams(prev => …)` hands `prev` as last rendered, and a data router's navigation completes after an await
 * and renders in a transition: two writes in a row (one select, then another, before the page re-rendered) would
 * both start from the same rendered copy and the second would undo the first. Building on the write not yet rendered
 * keeps both.
 */
let unrendered: { key: string; params: string } | undefined;

/** Changes to the URL's fields, or a function of the fields as they are now (the latest write included). */
export type Update<S extends Spec> = Values<S> | ((current: Values<S>) => Values<S>);

export function useUrlState<S extends Spec>(spec: S): [Values<S>, (update: Update<S>) => void] {
  const [params, setParams] = useSearchParams();
  const { key } = useLocation();
  const values = useMemo(() => readParams(params, spec), [params, spec]);
  useEffect(() => {
    // A render of another location (ours, or the user's: a link, the back button): it is the URL's state now.
    if (unrendered && unrendered.key !== key) unrendered = undefined;
  }, [key]);
  const update = useCallback(
    (u: Update<S>) =>
      setParams((rendered) => {
        const base = unrendered?.key === key ? new URLSearchParams(unrendered.params) : rendered;
        const next = writeParams(base, spec, typeof u === 'function' ? u(readParams(base, spec)) : u);
        unrendered = { key, params: next.toString() };
        return next;
      }),
    [setParams, spec, key],
  );
  return [values, update];
}

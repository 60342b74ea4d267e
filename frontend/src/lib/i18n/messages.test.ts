import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('has no empty message', () => {
    for (const messages of [vi, en]) {
      expect(
        keys(messages).filter(
          (k) => k.split('.').reduce<unknown>((o, p) => (o as never)[p], messages) === '',
        ),
      ).toEqual([]);
    }
  });
});

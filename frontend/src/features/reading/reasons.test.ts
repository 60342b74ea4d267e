import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import { reasonText } from './reasons';

// The contract's codes (openapi.yaml's ProposalReasonCode, which ErrorCatalogueTest holds equal to the Java enum);
// vitest runs in frontend/.
function contractCodes(): string[] {
  const yaml = readFileSync(resolve(process.cwd(), '../openapi.yaml'), 'utf8');
  const block = /\n {4}ProposalReasonCode:\n[\s\S]*?\n {6}enum: \[([^\]]*)\]/.exec(yaml);
  const list = block?.[1];
  if (!list) throw new Error('ProposalReasonCode not found in openapi.yaml');
  return list.split(',').map((c) => c.trim());
}

const placeholders = (label: string) => [...label.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('reasons for doubt', () => {
  it('has a label for every code the reader can emit, in Vietnamese and English', () => {
    const codes = contractCodes();
    expect(codes.length).toBeGreaterThan(10);
    expect(Object.keys(vi.reading.reasons).sort()).toEqual([...codes].sort());
    expect(Object.keys(en.reading.reasons).sort()).toEqual([...codes].sort());
  });

  it('names the same params in both languages', () => {
    for (const code of contractCodes() as (keyof typeof vi.reading.reasons)[]) {
      expect(placeholders(en.reading.reasons[code]), code).toEqual(placeholders(vi.reading.reasons[code]));
    }
  });

  it('shows a reason from its code and params, amounts formatted', async () => {
    const t = i18next.createInstance();
    await t.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: 'vi',
      interpolation: { escapeValue: false },
    });
    const twice = {
      code: 'STATED_TWICE_DIFFERENT' as const,
      message: 'the same key was also read as 650000000 đồng at l.3 («giao 650 triệu»): check which is meant',
      params: { value: '650000000', locator: 'l.3', quote: 'giao 650 triệu' },
    };
    expect(reasonText(t.t, twice, 'funding-lines')).toBe(
      'Cùng khóa số liệu còn được đọc là 650.000.000 đồng tại l.3 («giao 650 triệu»): kiểm tra số nào đúng.',
    );
    await t.changeLanguage('en');
    const words = {
      code: 'AMOUNT_WORDS_DISAGREE' as const,
      message: 'the figure says 13000000 đồng but the words in brackets say 22000000 đồng',
      params: { figure: '13000000', words: '22000000' },
    };
    expect(reasonText(t.t, words, 'funding-lines')).toBe(
      'The figure says 13.000.000 đồng but the words in brackets say 22.000.000 đồng.',
    );
    expect(reasonText(t.t, { code: 'UNCODED', message: 'rounded' }, 'indicator-values')).toBe(
      'Reason from an earlier reading: rounded',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { relationText } from './relation';

describe('relationText', () => {
  it('says a known relation in Vietnamese and leaves English as the API wrote it', () => {
    expect(relationText('disbursed ≤ carried in + assigned', 'vi')).toBe(
      'vốn giải ngân ≤ vốn năm trước chuyển sang + vốn được giao',
    );
    expect(relationText('disbursed ≤ carried in + assigned', 'en')).toBe('disbursed ≤ carried in + assigned');
  });

  it('keeps the threshold of a magnitude relation', () => {
    expect(relationText("an amount below 500 times the median of its unit's other amounts", 'vi')).toBe(
      'số tiền nhỏ hơn 500 lần trung vị các số tiền khác của đơn vị',
    );
  });

  it('shows an unknown relation as it came rather than nothing', () => {
    expect(relationText('a new rule', 'vi')).toBe('a new rule');
  });
});

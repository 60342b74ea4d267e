import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMillions,
  formatPercentValue,
  formatRate,
  formatVnd,
} from './format';

describe('format', () => {
  it('writes millions of đồng with up to three decimals, trimmed', () => {
    expect(formatMillions(1_957_500_000)).toBe('1.957,5 triệu đồng');
    expect(formatMillions(6_629_000_000)).toBe('6.629 triệu đồng');
    expect(formatMillions(253_690_000)).toBe('253,69 triệu đồng');
    expect(formatMillions(1_250_000)).toBe('1,25 triệu đồng');
    expect(formatMillions(0)).toBe('0 triệu đồng');
  });

  it('keeps the exact amount in đồng for tooltips', () => {
    expect(formatVnd(1_957_500_001)).toBe('1.957.500.001 đồng');
  });

  it('writes a ratio as a percentage with two decimals', () => {
    expect(formatRate(0.2952179816)).toBe('29,52 %');
    expect(formatRate(1.5)).toBe('150,00 %');
    expect(formatRate(null)).toBe('–');
  });

  it('writes exact decimals the API sends as strings', () => {
    expect(formatPercentValue('25.000000')).toBe('25 %');
    expect(formatPercentValue('64.917127')).toBe('64,92 %');
    expect(formatDecimal('1027')).toBe('1.027');
    expect(formatDecimal(null)).toBe('–');
  });

  it('writes dates day first without shifting them across time zones', () => {
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
    expect(formatDate('2024-01-01T00:30:00Z')).toBe('01/01/2024');
    expect(formatDate(undefined)).toBe('–');
  });

  it("writes an instant as Vietnam's clock shows it", () => {
    expect(formatDateTime('2026-12-03T10:40:11.467672Z')).toBe('03/12/2026 17:40:11');
    expect(formatDateTime('2024-12-31T20:00:00Z')).toBe('01/01/2025 03:00:00');
    expect(formatDateTime(null)).toBe('–');
  });

  it('writes file sizes', () => {
    expect(formatCount(190_000)).toBe('190.000');
    expect(formatCount(7)).toBe('7');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(48_213)).toBe('47,08 KB');
  });
});

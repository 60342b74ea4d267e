import { describe, expect, it } from 'vitest';
import { dispositionFileName } from './download';

describe('dispositionFileName', () => {
  it('reads a quoted file name', () => {
    expect(
      dispositionFileName('attachment; filename="phu-luc-von_GNBV-2021-2025_109_2023-2023.xlsx"', 'x'),
    ).toBe('phu-luc-von_GNBV-2021-2025_109_2023-2023.xlsx');
  });

  it('prefers the UTF-8 name and decodes it', () => {
    expect(
      dispositionFileName(
        `attachment; filename="bao-cao.docx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.docx`,
        'x',
      ),
    ).toBe('báo-cáo.docx');
  });

  it('reads an unquoted name and drops path separators', () => {
    expect(dispositionFileName('attachment; filename=../a/b.csv', 'x')).toBe('.._a_b.csv');
  });

  it('falls back without a header or a name', () => {
    expect(dispositionFileName(null, 'export.xlsx')).toBe('export.xlsx');
    expect(dispositionFileName('attachment', 'export.xlsx')).toBe('export.xlsx');
    expect(dispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A`, 'export.xlsx')).toBe('export.xlsx');
  });
});

import { describe, expect, it } from 'vitest';
import { byLocator, documentText, marksOf, segmentsOf } from './highlight';

describe('document text', () => {
  it("rebuilds the reader's text: BOM dropped, CRLF lines joined by a newline, NFC", () => {
    const decomposed = 'Phong Tho\u0302\u0309'; // ổ written as o + circumflex + hook above
    const doc = documentText(`\uFEFFDòng 1\r\n${decomposed}\nba`);
    expect(doc.text).toBe('Dòng 1\nPhong Thổ\nba');
    expect(doc.lines).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 16 },
      { start: 17, end: 19 },
    ]);
  });
});

describe('leading empty lines', () => {
  it("are kept, as in the reader: the text is the file's and offsets count them", () => {
    const doc = documentText('\n\nSố: /BC-UBND\n\nPhong Thổ');
    expect(doc.text).toBe('\n\nSố: /BC-UBND\n\nPhong Thổ');
    expect(doc.text.indexOf('Phong')).toBe(16);
    expect(doc.lines.map((l) => doc.text.slice(l.start, l.end))).toEqual([
      '',
      '',
      'Số: /BC-UBND',
      '',
      'Phong Thổ',
    ]);
  });
});

describe('marks', () => {
  const text = 'giải ngân 1.957 triệu đồng, đạt 29,52 %';
  it('keeps citations inside the text in order, the first of two overlapping ones', () => {
    const marks = marksOf(
      [
        { id: 2, status: 'PENDING', citations: [{ start: 32, end: 37 }] },
        {
          id: 1,
          status: 'ACCEPTED',
          citations: [
            { start: 10, end: 26 },
            { start: 12, end: 20 },
            { start: 30, end: 99 },
          ],
        },
        { id: 3, status: 'PENDING', citations: [{ start: 15, end: 20 }] },
      ],
      text.length,
    );
    expect(marks.map((m) => [m.proposalId, m.start, m.end])).toEqual([
      [1, 10, 26],
      [2, 32, 37],
    ]);
  });

  it('cuts a line into plain and marked pieces', () => {
    const marks = marksOf([{ id: 7, status: 'PENDING', citations: [{ start: 10, end: 15 }] }], text.length);
    const pieces = segmentsOf(text, { start: 0, end: text.length }, marks);
    expect(pieces.map((p) => [p.text, p.mark?.proposalId])).toEqual([
      ['giải ngân ', undefined],
      ['1.957', 7],
      [' triệu đồng, đạt 29,52 %', undefined],
    ]);
    expect(segmentsOf('', { start: 0, end: 0 }, [])).toEqual([{ text: '' }]);
  });

  it('clips a mark to the line it crosses', () => {
    const doc = documentText('ab\ncd');
    const marks = marksOf([{ id: 1, status: 'PENDING', citations: [{ start: 1, end: 4 }] }], doc.text.length);
    expect(segmentsOf(doc.text, doc.lines[1]!, marks).map((p) => [p.text, p.mark?.proposalId])).toEqual([
      ['c', 1],
      ['d', undefined],
    ]);
  });
});

describe('quotes by locator', () => {
  it('groups proposals by their first place, in document order', () => {
    const groups = byLocator([
      { id: 1, citations: [{ locator: 'l.3' }] },
      { id: 2, citations: [{ locator: 'l.9' }, { locator: 'l.3' }] },
      { id: 3, citations: [{ locator: 'l.3' }] },
    ]);
    expect(groups.map((g) => [g.locator, g.items.map((i) => i.id)])).toEqual([
      ['l.3', [1, 3]],
      ['l.9', [2]],
    ]);
  });
});

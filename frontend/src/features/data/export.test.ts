import { describe, expect, it } from 'vitest';
import { fetchAll } from './export';

describe('fetchAll', () => {
  it('follows the cursor to the last page', async () => {
    const pages: Record<string, { items: number[]; next?: string }> = {
      first: { items: [1, 2], next: 'b' },
      b: { items: [3], next: 'c' },
      c: { items: [4] },
    };
    const asked: (string | undefined)[] = [];
    const rows = await fetchAll(async (cursor) => {
      asked.push(cursor);
      return pages[cursor ?? 'first']!;
    });
    expect(rows).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });
});

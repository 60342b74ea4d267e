// Where each proposed figure stands in the report's text. The API cites offsets into the text its reader built (NFC,
// blocks joined by a newline; for a .txt file every line is a block, a byte-order mark dropped); this rebuilds that
// text from the file so the page can mark the figures where they are printed.

export type DocumentText = { text: string; lines: { start: number; end: number }[] };
export type Mark = { start: number; end: number; proposalId: number; status: string };
export type Segment = { text: string; mark?: Mark };

/**
 * The reader's text of a plain-text file, with each line's range: the file's lines joined by a newline (leading empty
 * lines included: seed 002 starts with two), so the reader's offsets point into the text as the file has it.
 */
export function documentText(raw: string): DocumentText {
  const content = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines: { start: number; end: number }[] = [];
  let text = '';
  for (const line of content.split(/\r?\n/)) {
    if (lines.length > 0) text += '\n';
    const start = text.length;
    text += line.replace(/\r/g, ' ').normalize('NFC');
    lines.push({ start, end: text.length });
  }
  return { text, lines };
}

/**
 * The marks to draw, in text order: every citation that lies inside the text, the first of two overlapping ones
 * kept (a figure stated once is drawn once). Citations outside the text mean it is not the one read: dropped.
 */
export function marksOf(
  proposals: { id: number; status: string; citations: { start: number; end: number }[] }[],
  length: number,
): Mark[] {
  const all = proposals.flatMap((p) =>
    p.citations
      .filter((c) => c.start >= 0 && c.end > c.start && c.end <= length)
      .map((c) => ({ start: c.start, end: c.end, proposalId: p.id, status: p.status })),
  );
  all.sort((a, b) => a.start - b.start || a.proposalId - b.proposalId);
  const out: Mark[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

/** One line of the text cut into plain and marked pieces; `marks` in text order (marksOf). */
export function segmentsOf(text: string, line: { start: number; end: number }, marks: Mark[]): Segment[] {
  const out: Segment[] = [];
  let at = line.start;
  for (const m of marks) {
    if (m.end <= line.start || m.start >= line.end) continue;
    const start = Math.max(m.start, line.start);
    const end = Math.min(m.end, line.end);
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), mark: m });
    at = end;
  }
  if (at < line.end || out.length === 0) out.push({ text: text.slice(at, line.end) });
  return out;
}

/** The proposals grouped by where they are first stated, groups in the order they come (document order). */
export function byLocator<T extends { citations: { locator: string }[] }>(
  proposals: T[],
): { locator: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const p of proposals) {
    const locator = p.citations[0]?.locator ?? '–';
    groups.set(locator, [...(groups.get(locator) ?? []), p]);
  }
  return [...groups].map(([locator, items]) => ({ locator, items }));
}

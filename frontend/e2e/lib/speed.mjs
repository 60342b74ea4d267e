// The dashboard's speed figures (speed.test.mjs): which scripts the built site loads first, and the section of
// docs/benchmarks.md that holds the latest measurement. Pure functions, unit-tested in speed.spec.mjs (vitest).
import { gzipSync } from 'node:zlib';

export const BEGIN = '<!-- speed:begin -->';
export const END = '<!-- speed:end -->';

/** The scripts index.html loads itself: its module entries and the chunks it preloads (URLs as written). */
export function htmlScripts(html) {
  const out = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}=["']([^"']+)["']`))?.[1];
    if (tag.startsWith('<script') && attr('type') === 'module' && attr('src')) out.push(attr('src'));
    if (tag.startsWith('<link') && attr('rel') === 'modulepreload' && attr('href')) out.push(attr('href'));
  }
  return out;
}

/**
 * What a built (minified) module imports: `static` the modules it needs before it runs (import … from, export … from,
 * bare import), `lazy` those it loads on demand (import("…")). Specifiers as written (relative to the module).
 */
export function moduleImports(code) {
  const found = (re) => [...code.matchAll(re)].map((m) => m[1]);
  const statics = [
    ...found(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g),
    ...found(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+\.js)["'`]/g),
  ];
  // The bundler writes a lazy import's path in any quotes, backticks included: import(`./echarts-x.js`).
  const lazy = found(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g);
  return { static: [...new Set(statics)], lazy: [...new Set(lazy)].filter((s) => !statics.includes(s)) };
}

/**
 * The module graph from index.html: `fetchText(url)` reads a file of the site. Initial: the entries, their
 * preloads and everything they import statically, transitively. Lazy: the rest reachable through import("…").
 */
export async function scriptGraph(baseUrl, fetchText) {
  const html = await fetchText(new URL('/', baseUrl).href);
  const code = new Map();
  const read = async (url) => {
    if (!code.has(url)) code.set(url, await fetchText(url));
    return code.get(url);
  };
  const initial = new Set();
  const lazyRoots = new Set();
  const queue = htmlScripts(html).map((s) => new URL(s, baseUrl).href);
  while (queue.length > 0) {
    const url = queue.shift();
    if (initial.has(url)) continue;
    initial.add(url);
    const imports = moduleImports(await read(url));
    queue.push(...imports.static.map((s) => new URL(s, url).href));
    imports.lazy.forEach((s) => lazyRoots.add(new URL(s, url).href));
  }
  const lazy = new Set();
  const pending = [...lazyRoots];
  while (pending.length > 0) {
    const url = pending.shift();
    if (initial.has(url) || lazy.has(url)) continue;
    lazy.add(url);
    const imports = moduleImports(await read(url));
    pending.push(...[...imports.static, ...imports.lazy].map((s) => new URL(s, url).href));
  }
  const sized = (urls) => [...urls].map((url) => ({ url, ...sizes(code.get(url)) }));
  return { initial: sized(initial), lazy: sized(lazy) };
}

/** Raw and gzip size in bytes (zlib's default level 6, as a web server compresses). */
export function sizes(text) {
  const raw = Buffer.from(text, 'utf8');
  return { raw: raw.length, gzip: gzipSync(raw).length };
}

export const total = (files, key) => files.reduce((sum, f) => sum + f[key], 0);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The document with its speed section replaced by `section` (reruns never grow it); without markers yet, the
 * section goes before the first dated section (`## `), or at the end.
 */
export function replaceSection(doc, section) {
  const block = `${BEGIN}\n${section.trim()}\n${END}`;
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin >= 0 && end > begin) return doc.slice(0, begin) + block + doc.slice(end + END.length);
  if (begin >= 0 || end >= 0) throw new Error('docs/benchmarks.md: speed markers out of order');
  const firstSection = doc.search(/^## /m);
  if (firstSection < 0) return `${doc.trimEnd()}\n\n${block}\n`;
  return `${doc.slice(0, firstSection)}${block}\n\n${doc.slice(firstSection)}`;
}

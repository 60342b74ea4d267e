// vitest (not the browser suite: node --test skips *.spec.mjs): the speed test's bookkeeping.
import { describe, expect, it } from 'vitest';
import { BEGIN, END, htmlScripts, median, moduleImports, replaceSection, scriptGraph } from './speed.mjs';

describe('htmlScripts', () => {
  it('reads the module entries and preloads, not styles or classic scripts', () => {
    const html = `<script type="module" crossorigin src="/assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-B.js">
      <link rel="stylesheet" href="/assets/index-C.css"><script src="/legacy.js"></script>`;
    expect(htmlScripts(html)).toEqual(['/assets/index-A.js', '/assets/vendor-B.js']);
  });
});

describe('moduleImports', () => {
  it('tells static imports from lazy ones in minified code', () => {
    const code =
      'import{t as e}from"./index-A.js";import"./side-B.js";export{x}from"./re-C.js";' +
      'const u=import.meta.url;f(()=>import("./echarts-D.js"),[]);g(async()=>await import(`./lazy-E.js`));';
    expect(moduleImports(code)).toEqual({
      static: ['./index-A.js', './side-B.js', './re-C.js'],
      lazy: ['./echarts-D.js', './lazy-E.js'],
    });
  });
});

describe('scriptGraph', () => {
  it('counts the entry and its static imports as initial, what they load on demand as lazy', async () => {
    const site = {
      'http://x/': '<script type="module" src="/assets/index-A.js"></script>',
      'http://x/assets/index-A.js': 'import"./vendor-B.js";g(()=>import("./echarts-C.js"));',
      'http://x/assets/vendor-B.js': 'var v=1;',
      'http://x/assets/echarts-C.js': 'import{t}from"./index-A.js";import"./zrender-D.js";',
      'http://x/assets/zrender-D.js': 'var z=2;',
    };
    const graph = await scriptGraph('http://x/', async (url) => site[url]);
    expect(graph.initial.map((f) => f.url)).toEqual([
      'http://x/assets/index-A.js',
      'http://x/assets/vendor-B.js',
    ]);
    expect(graph.lazy.map((f) => f.url)).toEqual([
      'http://x/assets/echarts-C.js',
      'http://x/assets/zrender-D.js',
    ]);
    expect(graph.initial[1]).toMatchObject({ raw: 8 });
    expect(graph.initial[1].gzip).toBeGreaterThan(0);
  });
});

describe('replaceSection', () => {
  const doc = '# Benchmarks\n\nIntro.\n\n## 2026-11-23 run\n\nold\n';
  it('inserts the section before the first dated section the first time', () => {
    expect(replaceSection(doc, '## Speed\n\nA')).toBe(
      `# Benchmarks\n\nIntro.\n\n${BEGIN}\n## Speed\n\nA\n${END}\n\n## 2026-11-23 run\n\nold\n`,
    );
  });
  it('replaces it on a rerun, so the file does not grow', () => {
    const once = replaceSection(doc, '## Speed\n\nA');
    const twice = replaceSection(once, '## Speed\n\nB');
    expect(twice).toBe(once.replace('\nA\n', '\nB\n'));
    expect(replaceSection(twice, '## Speed\n\nB')).toBe(twice);
  });
  it('refuses markers out of order rather than losing text', () => {
    expect(() => replaceSection(`${END}\n${BEGIN}\n`, 'x')).toThrow(/out of order/);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });
});

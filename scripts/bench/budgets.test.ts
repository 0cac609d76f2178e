import { describe, expect, it } from 'vitest';
import { BUDGETS, FIRST_VISIT, assetTags, firstVisitOf, overBudget, staticImports, weighPage } from './budgets.ts';
import { TEMPLATES } from '../../src/lib/site/routes.ts';

describe('BUDGETS', () => {
  it('has a budget for every template, and content pages may ship no JavaScript (offer pages: their share and calendar actions)', () => {
    expect(Object.keys(BUDGETS).sort()).toEqual([...TEMPLATES].sort());
    for (const t of ['page', 'region', 'offers-by-type', '404'] as const) expect(BUDGETS[t].jsGzip).toBe(0);
    expect(BUDGETS.offer.jsGzip).toBeLessThanOrEqual(2_000);
    expect(BUDGETS.finder.jsGzip).toBeGreaterThan(0);
  });
});

describe('staticImports', () => {
  it('finds static imports in minified modules but not dynamic import()', () => {
    expect(staticImports('import{a as b}from"./chunk.js";import"/_astro/c.js";import(`/pagefind/pagefind.js`)')).toEqual([
      './chunk.js',
      '/_astro/c.js',
    ]);
  });
});

describe('weighPage', () => {
  const assets: Record<string, string> = {
    '/_astro/site.css': 'body{color:red}'.repeat(50),
    '/_astro/finder.js': 'import"./shared.js";import(`/pagefind/pagefind.js`);',
    '/_astro/shared.js': 'export const x=1;',
  };
  const read = (path: string) => (path in assets ? Buffer.from(assets[path] ?? '') : undefined);

  it('adds the linked stylesheets and every script with its static imports', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="../../_astro/finder.js"></script></head></html>';
    const w = weighPage(html, '/de/angebote/', read);
    expect(w.html.raw).toBe(html.length);
    expect(w.css.raw).toBe(750);
    expect(w.css.gzip).toBeLessThan(w.css.raw);
    expect(w.stylesheets).toEqual(['/_astro/site.css']);
    expect(w.scripts).toEqual(['/_astro/finder.js', '/_astro/shared.js']);
    expect(w.js.raw).toBe((assets['/_astro/finder.js'] ?? '').length + (assets['/_astro/shared.js'] ?? '').length);
    expect(w.missing).toEqual([]);
  });

  it('reports what a page references but the site lacks', () => {
    const w = weighPage('<link rel="stylesheet" href="/gone.css"><script src="/gone.js"></script>', '/de/', read);
    expect(w.missing).toEqual(['/gone.css', '/gone.js']);
    expect(overBudget('/de/', w, BUDGETS.home)).toEqual([
      '/de/: references /gone.css, which is not in the built site',
      '/de/: references /gone.js, which is not in the built site',
    ]);
  });
});

describe('overBudget', () => {
  const weight = {
    html: { raw: 9000, gzip: 3000 },
    css: { raw: 18000, gzip: 4500 },
    js: { raw: 4000, gzip: 2000 },
    fonts: { raw: 7000, gzip: 7000 },
    fontFiles: ['/_astro/latin-core.x.woff2'],
    stylesheets: ['/_astro/site.css'],
    scripts: ['/_astro/finder.js'],
    missing: [],
  };

  it('is silent within budget', () => {
    expect(overBudget('/de/angebote/', weight, { htmlCssGzip: 7500, jsGzip: 2000, firstVisit: 16_500 })).toEqual([]);
    expect(firstVisitOf(weight)).toBe(16_500);
  });

  it('applies the 25 kB first visit when a template sets none', () => {
    const heavy = { ...weight, fonts: { raw: FIRST_VISIT - 9500 + 1, gzip: FIRST_VISIT - 9500 + 1 } };
    expect(overBudget('/x/', heavy, { htmlCssGzip: 7500, jsGzip: 2000 })).toHaveLength(1);
    expect(overBudget('/x/', { ...heavy, fonts: weight.fonts }, { htmlCssGzip: 7500, jsGzip: 2000 })).toEqual([]);
  });

  it('names page, measured bytes and budget for each budget exceeded', () => {
    expect(overBudget('/de/angebote/', weight, { htmlCssGzip: 7499, jsGzip: 0, firstVisit: 16_499 })).toEqual([
      '/de/angebote/: HTML + CSS is 7500 bytes gzip, budget 7499 (HTML 3000, CSS 4500)',
      '/de/angebote/: a first visit is 16500 bytes, budget 16499 (HTML 3000, CSS 4500, JS 2000, fonts 7000: /_astro/latin-core.x.woff2)',
      '/de/angebote/: JavaScript is 2000 bytes gzip, budget 0 (/_astro/finder.js)',
    ]);
  });
});

describe('assetTags', () => {
  it('reads link and script start tags with any quoting, skipping comments', () => {
    const html = `<!-- <script src="/old.js"></script> --><LINK rel='preload stylesheet' href=/a.css?v=1&amp;x=2><script type="module" src="/b.js" data-x=">"></script><p>link</p>`;
    expect(assetTags(html)).toEqual([
      { name: 'link', attrs: { rel: 'preload stylesheet', href: '/a.css?v=1&x=2' } },
      { name: 'script', attrs: { type: 'module', src: '/b.js', 'data-x': '>' } },
    ]);
  });
});

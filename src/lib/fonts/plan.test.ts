import { describe, expect, it } from 'vitest';
import { MIN_GROUP, MIN_RARE, planBuckets, sourceFor, type PageRecord, type SourceFont } from './plan.ts';
import { FONT_SOURCES, sourceCmap } from './sources.ts';

const range = (from: number, to: number) => new Set(Array.from({ length: to - from + 1 }, (_, i) => from + i));
const latin: SourceFont = { family: 'Noto Sans', slug: 'latin', cmap: range(0x20, 0xff) };
const ext: SourceFont = { family: 'Noto Sans', slug: 'latin-ext', cmap: range(0x100, 0x17f) };
const arabic: SourceFont = { family: 'Noto Sans Arabic', slug: 'arabic', cmap: range(0x600, 0x6ff) };
const sources = [latin, ext, arabic];
const page = (lang: string, text: string, families = ['Noto Sans', 'system-ui']): PageRecord => ({
  lang,
  families,
  chars: new Set([...text].map((c) => c.codePointAt(0)!)),
});
const groups = (pages: PageRecord[]) =>
  Object.fromEntries(planBuckets(pages, sources).map((b) => [`${b.source.slug}:${b.group}`, String.fromCodePoint(...b.points)]));

describe('planBuckets', () => {
  it('takes a character from the first family of the page stack that has it', () => {
    expect(sourceFor(0x627, ['Noto Sans', 'Noto Sans Arabic'], sources)).toBe(arabic);
    expect(sourceFor(0x627, ['Noto Sans'], sources)).toBeUndefined();
  });

  const run = (from: number, n: number) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => from + i));

  it('puts ASCII and characters of several languages in core, one language’s in its own file, rare ones in rare', () => {
    const tr = run(0x100, 10); // letters only Turkish pages show
    const rare = run(0xc0, MIN_RARE); // one German page's rare letters
    const pages = [
      ...Array.from({ length: 30 }, () => page('de', 'äöü')),
      ...Array.from({ length: 30 }, () => page('tr', `äöü${tr}`)),
      page('de', rare),
    ];
    const g = groups(pages);
    expect(g['latin:core']).toContain('A');
    expect(g['latin:core']).toContain('ä');
    expect(g['latin:core']).toContain('~');
    expect(g['latin:core']).toContain('ü'); // 30 of 61 pages
    expect(g['latin-ext:tr']).toBe(tr);
    expect(g['latin:rare']).toBe(rare);
  });

  it('a rare file smaller than MIN_RARE goes back to core; a language group smaller than MIN_GROUP too', () => {
    const pages = [
      ...Array.from({ length: 10 }, () => page('ro', 'ăą')),
      page('de', 'é'),
      ...Array.from({ length: 30 }, () => page('de', '')),
    ];
    const g = groups(pages);
    expect(MIN_GROUP).toBeGreaterThan(2);
    expect(g['latin-ext:core']).toBe('ăą');
    expect(g['latin:core']).toContain('é');
    expect(Object.keys(g).filter((k) => k.endsWith(':rare') || k.endsWith(':ro'))).toEqual([]);
  });

  it('counts a family only on pages whose stack names it', () => {
    const g = groups([page('de', 'ب'), page('ar', 'ب', ['Noto Sans Arabic', 'system-ui'])]);
    expect(g['arabic:core']).toBe('ب');
    expect(Object.keys(g)).toEqual(['latin:core', 'arabic:core']);
  });

  it('puts the space into one file per family: the first source’s core, else its largest file', () => {
    const ethiopic: SourceFont = { family: 'Noto Sans Ethiopic', slug: 'ethiopic', cmap: new Set([0x20, ...range(0x1200, 0x137f)]) };
    const all = [latin, ext, arabic, ethiopic];
    const ti = String.fromCodePoint(...Array.from({ length: 20 }, (_, i) => 0x1200 + i));
    const pages = [
      ...Array.from({ length: 10 }, () => page('de', 'ä')),
      ...Array.from({ length: 10 }, () => page('tr', `ä${run(0x100, 10)}`)),
      ...Array.from({ length: 10 }, () => page('ti', ti, ['Noto Sans Ethiopic', 'system-ui'])),
    ];
    const withSpace = planBuckets(pages, all)
      .filter((b) => b.points.includes(0x20))
      .map((b) => `${b.source.slug}:${b.group}`);
    expect(withSpace).toEqual(['latin:core', 'ethiopic:ti']);
  });

  it('a family can take the digits and punctuation of another file without its letters (Cyrillic pages)', () => {
    const only = FONT_SOURCES.find((s) => s.slug === 'noto-sans-cyrillic-common')?.only ?? /(?!)/u;
    const cyrillic: SourceFont = { family: 'Noto Sans Cyrillic', slug: 'cyrillic', cmap: new Set([0x20, 0xa0, ...range(0x410, 0x44f)]) };
    const common: SourceFont = { family: 'Noto Sans Cyrillic', slug: 'cyrillic-common', cmap: sourceCmap({ only }, latin.cmap) };
    expect(common.cmap.has(0x30)).toBe(true); // the real source's filter keeps digits
    const stack = ['Noto Sans Cyrillic', 'system-ui'];
    const all = [latin, cyrillic, common];
    expect(sourceFor(0x41, stack, all)).toBeUndefined(); // A: the system font
    expect(sourceFor(0xe4, stack, all)).toBeUndefined(); // ä too
    expect(sourceFor(0x30, stack, all)).toBe(common);
    expect(sourceFor(0xab, stack, all)).toBe(common); // «
    expect(sourceFor(0x20, stack, all)).toBe(cyrillic); // the space: the line box is the first file's
    const g = Object.fromEntries(
      planBuckets([page('ru', 'Привет «WIR» 2026', stack), page('bg', 'Здравей', stack)], all).map((b) => [
        `${b.source.slug}:${b.group}`,
        b.points,
      ]),
    );
    expect(Object.keys(g)).toEqual(['cyrillic:core', 'cyrillic-common:core']);
    expect(g['cyrillic-common:core']).toContain(0x30);
    expect(g['cyrillic-common:core']).not.toContain(0x41);
    expect(g['cyrillic-common:core']).not.toContain(0x20);
  });
});

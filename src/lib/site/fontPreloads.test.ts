import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { localeCodes } from '../../i18n/locales.ts';
import { fontPreloads } from './fontPreloads.ts';

/** The @font-face rules of fonts.css: family, weight, display, file and unicode ranges. */
const faces = [...readFileSync('src/styles/fonts.css', 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => {
  const prop = (name: string) => body.match(new RegExp(`${name}:\\s*([^;]+);`))?.[1]?.trim() ?? '';
  return {
    family: prop('font-family').replace(/'/g, ''),
    weight: Number(prop('font-weight')),
    display: prop('font-display'),
    url: prop('src').match(/url\('([^']+)'\)/)?.[1] ?? '',
    ranges: prop('unicode-range')
      .split(',')
      .map((r) =>
        r
          .trim()
          .replace(/^U\+/, '')
          .split('-')
          .map((h) => parseInt(h, 16)),
      )
      .map(([from, to]) => [from, to ?? from] as [number, number]),
  };
});
const optionalFaces = faces.filter((f) => f.display === 'optional');

describe('font preloads', () => {
  it('read the @font-face rules', () => {
    expect(faces.length).toBeGreaterThanOrEqual(8);
    expect(optionalFaces.map((f) => f.family)).toContain('Noto Sans');
  });

  it('preload only existing files of `optional` faces (swap faces need no preload)', () => {
    for (const code of localeCodes) {
      for (const url of fontPreloads(code)) {
        expect(
          optionalFaces.map((f) => f.url),
          `${code}: ${url}`,
        ).toContain(url);
        expect(existsSync(`public${url}`), `public${url}`).toBe(true);
      }
    }
  });

  // A letter of the language's own UI text in a file that is not preloaded would be drawn in
  // the system font on a first visit, in the middle of words set in Noto Sans.
  it.each(localeCodes)('cover every letter of the %s dictionary, in regular and bold', (code) => {
    const text = Object.values(JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'))).join('');
    const preloads = fontPreloads(code);
    const missing = new Set<string>();
    for (const char of new Set(text)) {
      const point = char.codePointAt(0)!;
      for (const face of optionalFaces) {
        if (face.ranges.some(([from, to]) => point >= from && point <= to) && !preloads.includes(face.url)) {
          missing.add(`${char} (U+${point.toString(16).toUpperCase()}) in ${face.url}`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('the check above would notice a missing subset: Turkish needs Latin Extended', () => {
    expect(fontPreloads('tr')).toContain('/fonts/noto-sans-latin-ext-400-normal.woff2');
    expect(fontPreloads('de')).not.toContain('/fonts/noto-sans-latin-ext-400-normal.woff2');
    expect(fontPreloads('ru')).toContain('/fonts/noto-sans-cyrillic-700-normal.woff2');
  });

  it('for several languages: each file once, the union of their lists', () => {
    const all = fontPreloads(...localeCodes);
    expect(new Set(all).size).toBe(all.length);
    for (const code of localeCodes) for (const file of fontPreloads(code)) expect(all).toContain(file);
    expect(all).toHaveLength(6);
  });
});

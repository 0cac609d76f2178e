import { describe, expect, it } from 'vitest';
import {
  parseFontFaces,
  faceFor,
  formatUnicodeRange,
  matchWeight,
  pageFontFiles,
  parseFontFamilies,
  parseUnicodeRange,
  type FontFaceRule,
} from './pageFonts.ts';

const face = (family: string, weight: number, url: string, range: string): FontFaceRule => ({
  family,
  weight,
  url,
  ranges: parseUnicodeRange(range),
});
const faces = [
  face('Noto Sans', 400, '/latin-core.woff2', 'U+0021-007E, U+00E4'),
  face('Noto Sans', 400, '/latin-rare.woff2', 'U+00A7'),
  face('Noto Sans', 700, '/latin-bold.woff2', 'U+0041-005A'),
  face('Noto Sans Arabic', 400, '/arabic.woff2', 'U+0627-0628'),
];
const cp = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe('unicode-range', () => {
  it('parses single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0041-005A, u+00e4, U+4??')).toEqual([
      [0x41, 0x5a],
      [0xe4, 0xe4],
      [0x400, 0x4ff],
    ]);
  });
  it('writes runs as ranges, round trip', () => {
    const text = formatUnicodeRange([0x43, 0x41, 0x42, 0xe4, 0x41]);
    expect(text).toBe('U+0041-0043, U+00E4');
    expect(parseUnicodeRange(text)).toEqual([
      [0x41, 0x43],
      [0xe4, 0xe4],
    ]);
  });
});

describe('font matching', () => {
  it('picks the nearest weight as CSS does', () => {
    expect(matchWeight(700, [400])).toBe(400);
    expect(matchWeight(700, [400, 700])).toBe(700);
    expect(matchWeight(400, [300, 500, 700])).toBe(500);
    expect(matchWeight(600, [400, 800])).toBe(800);
    expect(matchWeight(300, [400, 200])).toBe(200);
  });
  it('parses a font-family list', () => {
    expect(parseFontFamilies(`"Noto Sans Arabic", 'Noto Sans', system-ui, sans-serif`)).toEqual([
      'Noto Sans Arabic',
      'Noto Sans',
      'system-ui',
      'sans-serif',
    ]);
  });
  it('walks the stack: the first family with a face of the nearest weight that has the character', () => {
    const latin = ['Noto Sans', 'system-ui'];
    expect(faceFor(0xe4, 400, faces, latin)?.url).toBe('/latin-core.woff2');
    expect(faceFor(0x627, 400, faces, latin)).toBeUndefined();
    expect(faceFor(0x627, 400, faces, ['Noto Sans Arabic', ...latin])?.url).toBe('/arabic.woff2');
    // Bold "ä": the 700 faces do not have it, and the browser goes to the next family, not to 400.
    expect(faceFor(0xe4, 700, faces, latin)).toBeUndefined();
    expect(faceFor(0x41, 700, faces, latin)?.url).toBe('/latin-bold.woff2');
  });
});

describe('pageFontFiles', () => {
  it('lists each file a page can load once, in the faces order', () => {
    expect(pageFontFiles({ regular: cp('a§ä'), bold: cp('AB') }, faces, ['Noto Sans'])).toEqual([
      '/latin-core.woff2',
      '/latin-rare.woff2',
      '/latin-bold.woff2',
    ]);
  });
  it('loads no file for characters no face of the stack has (they use the system font)', () => {
    expect(pageFontFiles({ regular: cp('ب'), bold: [] }, faces, ['Noto Sans', 'system-ui'])).toEqual([]);
    expect(pageFontFiles({ regular: cp('ب'), bold: [] }, faces, ['Noto Sans Arabic', 'system-ui'])).toEqual(['/arabic.woff2']);
  });
  it('a page without rare characters does not load the rare file', () => {
    expect(pageFontFiles({ regular: cp('abc'), bold: [] }, faces, ['Noto Sans'])).toEqual(['/latin-core.woff2']);
  });
});

describe('parseFontFaces', () => {
  it('reads family, weight, display, url and unicode-range of each rule, as the subsetter writes them', () => {
    const css =
      "@font-face{font-family:'Noto Sans';font-style:normal;font-weight:400;font-display:optional;src:local('Noto Sans'), url('/_astro/latin-core.abc.woff2') format('woff2');unicode-range:U+21-7E, U+E4}\n" +
      "@font-face{font-family:'Noto Sans Arabic';font-weight:400;font-display:swap;src:url('/_astro/arabic-core.def.woff2') format('woff2');unicode-range:U+621-63A}";
    expect(parseFontFaces(css)).toEqual([
      {
        family: 'Noto Sans',
        weight: 400,
        display: 'optional',
        url: '/_astro/latin-core.abc.woff2',
        ranges: [
          [0x21, 0x7e],
          [0xe4, 0xe4],
        ],
      },
      { family: 'Noto Sans Arabic', weight: 400, display: 'swap', url: '/_astro/arabic-core.def.woff2', ranges: [[0x621, 0x63a]] },
    ]);
  });
  it('leaves out rules that load no file or name no range', () => {
    expect(
      parseFontFaces("@font-face{font-family:X;src:local('X');unicode-range:U+41}@font-face{font-family:Y;src:url(/y.woff2)}"),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fontPreloads } from './fontPreloads.ts';

const faces = [
  { url: '/_astro/noto-sans-latin-core.a.woff2', display: 'optional' },
  { url: '/_astro/noto-sans-cyrillic-core.b.woff2', display: 'optional' },
  { url: '/_astro/noto-sans-arabic-core.c.woff2', display: 'swap' },
];

describe('font preloads', () => {
  it('preload the optional files a page uses, in order, each once', () => {
    expect(fontPreloads([faces[1]!.url, faces[0]!.url, faces[1]!.url], faces)).toEqual([faces[1]!.url, faces[0]!.url]);
  });
  it('never a swap file (a preload would not change when it shows) nor one the page does not use', () => {
    expect(fontPreloads([faces[2]!.url], faces)).toEqual([]);
    expect(fontPreloads([faces[0]!.url, faces[2]!.url], faces)).toEqual([faces[0]!.url]);
    expect(fontPreloads(['/_astro/unknown.woff2'], faces)).toEqual([]);
  });
});

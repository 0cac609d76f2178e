import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backgroundColor, themeColor, webManifest } from './webManifest.ts';

describe('web manifest', () => {
  // The manifest, the rendered icons and the share image take the brand colour from
  // webManifest.ts; the pages take it from the CSS. They must not drift apart.
  it('uses the brand colour of the stylesheet', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css.match(/--color-brand:\s*(#[0-9a-f]{6})/i)?.[1]?.toLowerCase()).toBe(themeColor);
  });

  it('opens at its start URL, inside the whole site, in its language and direction', () => {
    const manifest = webManifest({ name: 'N', shortName: 'S', description: 'D', lang: 'ar', dir: 'rtl', startUrl: '/ar/' });
    expect(manifest).toMatchObject({
      id: '/ar/',
      start_url: '/ar/',
      scope: '/',
      lang: 'ar',
      dir: 'rtl',
      theme_color: themeColor,
      background_color: backgroundColor,
    });
  });
});

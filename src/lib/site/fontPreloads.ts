/**
 * The font files a page preloads: of the files it uses (src/lib/fonts/pageFonts.ts, from the
 * characters it shows on first paint), those of `font-display: optional` faces.
 *
 * Latin and Cyrillic text uses `optional` (src/lib/fonts/sources.ts): the web font is used only if
 * it is there when the text is first laid out, so it never reflows a page someone is reading.
 * Chromium waits for an `optional` font briefly only when it is preloaded; without a preload, a
 * first visit would always show the system font. So each page preloads exactly the `optional`
 * files its own text needs (which it would download anyway), and no file it does not need: the
 * subsets are split by language and frequency, so this differs from page to page and is
 * computed by the build (src/integrations/fontSubset.ts), not from the page's language.
 * Arabic and Ethiopic use `swap` and are not preloaded: a preload would not change when they show.
 */
import type { FontFaceRule } from '../fonts/pageFonts.ts';

/** Of `used` (font file URLs a page uses), the ones to preload, in the same order. */
export function fontPreloads(used: readonly string[], faces: readonly Pick<FontFaceRule, 'url' | 'display'>[]): string[] {
  const optional = new Set(faces.filter((f) => f.display === 'optional').map((f) => f.url));
  return [...new Set(used)].filter((url) => optional.has(url));
}

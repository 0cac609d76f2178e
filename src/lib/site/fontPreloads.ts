/**
 * The Noto Sans files a page preloads, by page language.
 *
 * Latin and Cyrillic text uses `font-display: optional` (src/styles/fonts.css): the web font is
 * used only if it is there when the text is first laid out, so it never reflows a page someone
 * is reading. Chromium waits for an `optional` font briefly only when it is preloaded; without a
 * preload, a first visit would always show the system font. So each page preloads exactly the
 * files its own language's text needs (which it would download anyway): Latin regular and bold on
 * every page (Latin text appears in every language: "WIR", German keywords, addresses), plus
 * Cyrillic for Cyrillic-script languages and Latin Extended for languages whose alphabet needs it.
 * Arabic and Ethiopic use `swap` and are not preloaded (see fonts.css).
 * src/lib/site/fontPreloads.test.ts checks every language's dictionary against these lists.
 */
import { getLocale, type LocaleCode } from '../../i18n/locales.ts';

const file = (subset: string, weight: 400 | 700) => `/fonts/noto-sans-${subset}-${weight}-normal.woff2`;
const both = (subset: string) => [file(subset, 400), file(subset, 700)];

/** Languages written in Latin script whose alphabet has letters outside Latin-1 (ğ ş ı, ă ș ț). */
const latinExtended = new Set<string>(['tr', 'ku', 'ro']);

/**
 * Font files to preload on a page with text in these languages, in the order they are needed:
 * one language for a page of the language tree; all of them for the welcome page, which greets
 * in every language.
 */
export function fontPreloads(...codes: LocaleCode[]): string[] {
  const files = codes.flatMap((code) => [
    ...both('latin'),
    ...(getLocale(code).script === 'Cyrl' ? both('cyrillic') : []),
    ...(latinExtended.has(code) ? both('latin-ext') : []),
  ]);
  return [...new Set(files)];
}

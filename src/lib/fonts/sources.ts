/**
 * The full font files the subsets are cut from (copied from @fontsource by scripts/update-fonts.mjs
 * into public/fonts/, where `astro dev` serves them through public/fonts/faces.css) and how their
 * subsets are declared. One weight per script: bold is synthesised by the browser; a real bold file
 * would add 7.5 kB to every Latin page (figures: docs/decisions.md, "Font subsets").
 */
export interface FontSource {
  family: string;
  /** Output file names start with this. */
  slug: string;
  /** The file in public/fonts/. */
  file: string;
  /** local() names, tried first: a device that has the font downloads nothing. */
  local: string[];
  /**
   * `optional` for Latin and Cyrillic (every device has a fallback; a late font would reflow the
   * text someone reads; such faces are preloaded, src/lib/site/fontPreloads.ts), `swap` for Arabic
   * and Ethiopic (many phones lack a fallback; readable text matters more than a shift).
   */
  display: 'optional' | 'swap';
  /** OpenType features to keep: what the script's shaping needs, not stylistic sets or small caps. */
  features: string[];
  /**
   * Only the characters of `file` that match (default: all of its cmap). Lets a family take the
   * digits and punctuation of another script's file without its letters.
   */
  only?: RegExp;
}

const latinFeatures = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga'];

export const FONT_SOURCES: FontSource[] = [
  {
    family: 'Noto Sans',
    slug: 'noto-sans-latin',
    file: 'noto-sans-latin-400-normal.woff2',
    local: ['Noto Sans', 'NotoSans-Regular'],
    display: 'optional',
    features: latinFeatures,
  },
  {
    family: 'Noto Sans',
    slug: 'noto-sans-latin-ext',
    file: 'noto-sans-latin-ext-400-normal.woff2',
    local: ['Noto Sans', 'NotoSans-Regular'],
    display: 'optional',
    features: latinFeatures,
  },
  /*
   * Cyrillic pages' own family (the stack of html[data-script='Cyrl'] in src/styles/global.css), so
   * that their Latin words (WIR, Deutsch4U, addresses) use the system font, as on Arabic and
   * Ethiopic pages, instead of the 7.5 kB Latin subset. The fontsource Cyrillic file has the letters,
   * the space and № but no digits or punctuation; those come from the Latin file, same design and
   * metrics, Unicode script "Common" only (digits, punctuation, « » – …), so that the line box, the
   * digits and the punctuation of Cyrillic text are Noto's and never a mix.
   */
  {
    family: 'Noto Sans Cyrillic',
    slug: 'noto-sans-cyrillic',
    file: 'noto-sans-cyrillic-400-normal.woff2',
    local: ['Noto Sans', 'NotoSans-Regular'],
    display: 'optional',
    // locl: Bulgarian letter forms (lang="bg").
    features: latinFeatures,
  },
  {
    family: 'Noto Sans Cyrillic',
    slug: 'noto-sans-cyrillic-common',
    file: 'noto-sans-latin-400-normal.woff2',
    local: ['Noto Sans', 'NotoSans-Regular'],
    display: 'optional',
    features: latinFeatures,
    only: /\p{Script=Common}/u,
  },
  {
    family: 'Noto Sans Arabic',
    slug: 'noto-sans-arabic',
    file: 'noto-sans-arabic-arabic-400-normal.woff2',
    local: ['Noto Sans Arabic', 'NotoSansArabic-Regular'],
    display: 'swap',
    // Joining forms, required ligatures (lam-alef), marks and their positions, Persian/Pashto
    // forms (locl). Not kern: 0.4 kB for little (figures: docs/decisions.md).
    features: ['ccmp', 'locl', 'isol', 'init', 'medi', 'fina', 'rlig', 'liga', 'calt', 'curs', 'mark', 'mkmk'],
  },
  {
    family: 'Noto Sans Ethiopic',
    slug: 'noto-sans-ethiopic',
    file: 'noto-sans-ethiopic-ethiopic-400-normal.woff2',
    local: ['Noto Sans Ethiopic', 'NotoSansEthiopic-Regular'],
    display: 'swap',
    // Not kern: Noto Sans Ethiopic's kerning is half of the subset (13.8 kB with it, 7.0 kB without).
    features: ['ccmp', 'locl', 'mark', 'mkmk', 'liga'],
  },
];

/** The characters of `source` that its full file's cmap `cmap` maps and that the source takes. */
export function sourceCmap(source: Pick<FontSource, 'only'>, cmap: ReadonlySet<number>): Set<number> {
  const { only } = source;
  return only ? new Set([...cmap].filter((p) => only.test(String.fromCodePoint(p)))) : new Set(cmap);
}

/** The placeholder the pages link to; the build replaces it with the subsets' stylesheet and preloads. */
export const FONT_FACES_PLACEHOLDER = '/fonts/faces.css';

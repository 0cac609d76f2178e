/**
 * The two font tools the build and the coverage test share: harfbuzz's subsetter (subset-font,
 * which has no type declarations) and a cmap reader (harfbuzzjs, subset-font's own dependency).
 */
import { createRequire } from 'node:module';

export type SubsetFont = (font: Buffer, text: string, options: Record<string, unknown>) => Promise<Buffer>;

/** subset-font's default export (CommonJS). */
export const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

/** The code points a font file (WOFF2, WOFF or TrueType) maps: its cmap. */
export async function cmapOf(file: Buffer): Promise<Set<number>> {
  const hb = await import('harfbuzzjs');
  const sfnt = await subsetFont(file, '', { keepAllGlyphs: true, targetFormat: 'sfnt' });
  return new Set(new hb.Face(new hb.Blob(sfnt), 0).collectUnicodes());
}

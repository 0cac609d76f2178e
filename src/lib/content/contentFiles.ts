/**
 * Reads the translatable content files from disk (outside Astro): for the translation scripts and
 * the translation completeness test. Version hashes are computed exactly as the build does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sourceHash } from './sourceHash.ts';
import type { GermanText, TranslationText } from './translationStatus.ts';

/** Translatable collections: name used in status reports → folder. */
export const TEXT_COLLECTIONS = { pages: 'content/pages', focusAreas: 'content/focus-areas', offers: 'content/offers' } as const;

/** The YAML header between two `---` lines at the top of a Markdown/MDX file. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface ContentFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export function readContentFile(file: string): ContentFile {
  const text = readFileSync(file, 'utf8');
  const match = text.match(FRONT_MATTER);
  if (!match) throw new Error(`${file}: no front matter (--- … ---) at the top of the file.`);
  return { file, data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

export function hashOfFile({ data, body }: ContentFile): string {
  return sourceHash({
    title: String(data['title'] ?? ''),
    description: typeof data['description'] === 'string' ? data['description'] : undefined,
    body,
  });
}

const slugOf = (name: string) => name.replace(/\.(md|mdx)$/, '');

/** German texts and their translations in the given project root. */
export function readTexts(
  root: string,
  defaultLocale: string,
  locales: readonly string[],
): { german: GermanText[]; translations: TranslationText[] } {
  const german: GermanText[] = [];
  const translations: TranslationText[] = [];
  for (const [collection, dir] of Object.entries(TEXT_COLLECTIONS)) {
    for (const locale of locales) {
      const folder = join(root, dir, locale);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((n) => /\.(md|mdx)$/.test(n)).sort()) {
        const file = `${dir}/${locale}/${name}`;
        const content = readContentFile(join(root, file));
        if (locale === defaultLocale) {
          german.push({ collection, slug: slugOf(name), file, hash: hashOfFile(content), translate: content.data['translate'] !== false });
        } else {
          translations.push({
            collection,
            locale,
            slug: slugOf(name),
            file,
            sourceHash: typeof content.data['sourceHash'] === 'string' ? content.data['sourceHash'] : undefined,
            machineTranslated: content.data['machineTranslated'] === true,
          });
        }
      }
    }
  }
  return { german, translations };
}

/**
 * Reads the content files from disk, outside Astro: for `npm run content:check`, the import,
 * the translation tools and the editors' translation page. `checkContent` runs the one set of
 * content rules (./rules.ts) with schema validation over what it reads. Node only (node:fs).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_FOLDERS, OFFER_TYPES, SCHEMAS } from '../../content.config.ts';
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { MAX_AGE_MONTHS } from './freshness.ts';
import { MESSAGES, type Finding, type MessageLang, type Messages } from './messages.ts';
import { checkRecords, type CollectionName, type ContentRecord } from './rules.ts';
import { germanTextHash } from './sourceHash.ts';
import type { GermanText, TranslationText } from './translationStatus.ts';

/** The YAML header between two `---` lines at the top of a Markdown/MDX file. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const TEXT_FILE = /\.(md|mdx)$/;
const YAML_FILE = /\.yaml$/;

const list = (root: string, dir: string, ext: RegExp) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((n) => ext.test(n))
        .sort()
        .map((n) => `${dir}/${n}`)
    : [];

const firstLine = (e: unknown) => String((e as Error).message).split('\n')[0]!;

/** One file as a content record; problems reading it (no header, bad YAML) go to `findings`. */
export function readRecord(
  root: string,
  file: string,
  collection: CollectionName,
  locale: string | undefined,
  m: Messages,
  findings: Finding[],
): ContentRecord {
  const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  const slug = file.replace(/^.*\/(.+)\.(md|mdx|yaml)$/, '$1');
  const record = { collection, file, locale, slug, text, body: '', bodyStartLine: 1 };
  if (YAML_FILE.test(file)) {
    try {
      return { ...record, data: (parse(text) ?? {}) as Record<string, unknown> };
    } catch (e) {
      findings.push({ severity: 'error', file, message: m.yaml(firstLine(e)) });
      return { ...record, data: null };
    }
  }
  const match = text.match(FRONT_MATTER);
  if (!match) {
    findings.push({ severity: 'error', file, line: 1, message: m.noFrontMatter });
    return { ...record, data: null, body: text };
  }
  const body = text.slice(match[0].length);
  const bodyStartLine = match[0].split('\n').length;
  try {
    return { ...record, data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body, bodyStartLine };
  } catch (e) {
    findings.push({ severity: 'error', file, line: 2, message: m.yaml(firstLine(e)) });
    return { ...record, data: null, body, bodyStartLine };
  }
}

/** Every content file under `root` (the folders of src/content.config.ts) as records. */
export function readContentRecords(
  root: string,
  defaultLocale: string,
  locales: readonly string[],
  lang: MessageLang = 'de',
): { records: ContentRecord[]; findings: Finding[] } {
  const m = MESSAGES[lang];
  const findings: Finding[] = [];
  const records: ContentRecord[] = [];
  const read = (collection: CollectionName, files: string[], locale?: string) => {
    for (const file of files) records.push(readRecord(root, file, collection, locale, m, findings));
  };
  for (const locale of locales) {
    read('pages', list(root, `${CONTENT_FOLDERS.pages}/${locale}`, TEXT_FILE), locale);
    read('focusAreas', list(root, `${CONTENT_FOLDERS.focusAreas}/${locale}`, TEXT_FILE), locale);
    read(locale === defaultLocale ? 'offers' : 'offerTranslations', list(root, `${CONTENT_FOLDERS.offers}/${locale}`, TEXT_FILE), locale);
  }
  read('regions', list(root, CONTENT_FOLDERS.regions, YAML_FILE));
  read('contacts', list(root, CONTENT_FOLDERS.contacts, YAML_FILE));
  return { records, findings };
}

export interface CheckOptions {
  /** Project folder (default: the current one). */
  root: string;
  defaultLocale: string;
  locales: readonly string[];
  lang: MessageLang;
  /** Entries checked longer ago than this are reported as warnings. */
  maxAgeMonths: number;
  today: Date;
  /** Extra records (e.g. offers about to be imported), checked together with the files. */
  extra?: readonly ContentRecord[] | undefined;
}

/** The project's own settings: its languages, German messages, the freshness limit, today. */
const projectDefaults = (): CheckOptions => ({ root: '.', defaultLocale, locales: localeCodes, lang: 'de', maxAgeMonths: MAX_AGE_MONTHS, today: new Date() });

/** Every problem of the content under `root`, as editors need it; errors first, sorted by file. */
export function checkContent(options: Partial<CheckOptions> = {}): Finding[] {
  const o = { ...projectDefaults(), ...options };
  const { records, findings } = readContentRecords(o.root, o.defaultLocale, o.locales, o.lang);
  const extraFiles = new Set((o.extra ?? []).map((r) => r.file));
  const all = [...records.filter((r) => !extraFiles.has(r.file)), ...(o.extra ?? [])];
  const found = [...findings, ...checkRecords(all, { ...o, offerTypes: OFFER_TYPES, schemas: SCHEMAS })];
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

// ---------------------------------------------------------------- translation tools

/** Translatable collections: name used in status reports → folder. */
export const TEXT_COLLECTIONS = { pages: CONTENT_FOLDERS.pages, focusAreas: CONTENT_FOLDERS.focusAreas, offers: CONTENT_FOLDERS.offers } as const;

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

/** The version hash of a German file, exactly as the build and the content rules compute it. */
export const hashOfFile = ({ data, body }: ContentFile): string => germanTextHash(data, body);

const slugOf = (name: string) => name.replace(TEXT_FILE, '');

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
      for (const file of list(root, `${dir}/${locale}`, TEXT_FILE)) {
        const name = file.slice(file.lastIndexOf('/') + 1);
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

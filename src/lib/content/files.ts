/**
 * Reads the content files from disk, outside Astro: for `npm run content:check`, the import,
 * the translation tools and the editors' translation page. `checkContent` runs the one set of
 * content rules (./rules.ts) with schema validation over what it reads. Node only (node:fs).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isAlias, isScalar, LineCounter, parse, parseDocument, visit } from 'yaml';
import { CONTENT_FOLDERS, OFFER_TYPES, SCHEMAS } from '../../content.config.ts';
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { MAX_AGE_MONTHS } from './freshness.ts';
import { MESSAGES, sortFindings, type Finding, type MessageLang, type Messages } from './messages.ts';
import { checkRecords, type CollectionName, type ContentRecord } from './rules.ts';
import { germanTextHash } from './sourceHash.ts';
import type { GermanText, TranslationText } from './translationStatus.ts';

/** The YAML header between two `---` lines at the top of a Markdown file. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const TEXT_EXT = '.md';
const YAML_EXT = '.yaml';
const YAML_FILE = /\.yaml$/;

/** What a content file's name (without extension) may be: it becomes part of the page's address. */
export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Files an operating system or git puts into folders; they are not content and not published. */
const SYSTEM_FILES = new Set(['.DS_Store', '.gitkeep', 'Thumbs.db', 'desktop.ini']);

/**
 * Latin letters without a decomposition into a-z plus accents: spelled as German writes them in
 * addresses. A fixed table, not transliteration: other scripts are refused (see docs/decisions.md).
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, umlauts spelled out, accents dropped (é → e, ş → s); other scripts stay as they are. */
export const foldToLatin = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßæœøłđðþı]/g, (c) => LATIN_LETTERS[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');

/** A text as the address it would get: folded to Latin, dashes between words, '' when nothing is left. The one address function. */
export const addressName = (text: string) =>
  foldToLatin(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A file name as the address it would get, for messages that suggest a new name. */
export const suggestedName = (base: string): string => addressName(base) || 'neuer-name';

/** A file's text: UTF-8 only (a Latin-1 file would be published as mojibake); a BOM is dropped. */
export function decodeContentFile(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    return { badLine: lenient.slice(0, Math.max(at, 0)).split('\n').length };
  }
}

const firstLine = (e: unknown) =>
  String((e as Error).message)
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '');

/** A YAML error in the editors' words, with the line in the file (`offset`: lines before the YAML). */
function yamlFinding(file: string, yaml: string, e: unknown, offset: number, m: Messages): Finding {
  const error = e as { code?: string; linePos?: [{ line: number }] };
  const line = error.linePos ? error.linePos[0].line + offset : offset + 1;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // The key is at the start of the line the parser points to.
      const key = yaml.split('\n')[(error.linePos?.[0].line ?? 1) - 1]?.match(/^\s*(?:-\s+)?([^:#]+?)\s*:/)?.[1] ?? '?';
      return { severity: 'error', file, line, message: m.yamlDuplicate(key) };
    }
    case 'TAB_AS_INDENT':
      return { severity: 'error', file, line, message: m.yamlTab };
    case 'BAD_INDENT':
      return { severity: 'error', file, line, message: m.yamlIndent };
    case 'MISSING_CHAR':
      return { severity: 'error', file, line, message: m.yamlQuote };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      // "title: Deutsch: A1" – a second colon on the line.
      return { severity: 'error', file, line, message: m.yaml(firstLine(e)) };
    default:
      return { severity: 'error', file, line, message: m.yamlOther(firstLine(e)) };
  }
}

/**
 * A YAML header or file as plain data. Anchors (&a), aliases (*a), merge keys (<<) and explicit
 * tags (!x) are refused: the `yaml` package (YAML 1.2) and Astro's js-yaml read them differently
 * (js-yaml merges `<<`, which would carry fields past every rule), and editors never need them.
 * Throws the parser's error for malformed YAML; returns the line (in the YAML) of a refused feature.
 */
function parseYaml(source: string): { data: Record<string, unknown>; featureLine?: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) throw doc.errors[0];
  let featureAt: number | undefined;
  visit(doc, (key, node) => {
    const special =
      isAlias(node) ||
      (node !== null && typeof node === 'object' && (('anchor' in node && node.anchor) || ('tag' in node && node.tag))) ||
      (key === 'key' && isScalar(node) && node.value === '<<');
    if (special && featureAt === undefined) featureAt = (node as { range?: [number] }).range?.[0] ?? 0;
  });
  return { data: (doc.toJS() ?? {}) as Record<string, unknown>, ...(featureAt === undefined ? {} : { featureLine: lineCounter.linePos(featureAt).line }) };
}

/** One file as a content record; problems reading it (encoding, no header, bad YAML) go to `findings`. */
export function readRecord(
  root: string,
  file: string,
  collection: CollectionName,
  locale: string | undefined,
  m: Messages,
  findings: Finding[],
): ContentRecord {
  const slug = file.replace(/^.*\/(.+)\.(md|yaml)$/, '$1');
  const record = { collection, file, locale, slug, text: '', body: '', bodyStartLine: 1 };
  const decoded = decodeContentFile(readFileSync(join(root, file)));
  if ('badLine' in decoded) {
    findings.push({ severity: 'error', file, line: decoded.badLine, message: m.notUtf8(decoded.badLine) });
    return { ...record, data: null };
  }
  const text = decoded.text;
  if (YAML_FILE.test(file)) {
    try {
      const { data, featureLine } = parseYaml(text);
      if (featureLine !== undefined) findings.push({ severity: 'error', file, line: featureLine, message: m.yamlFeature });
      return { ...record, text, data: featureLine === undefined ? data : null };
    } catch (e) {
      findings.push(yamlFinding(file, text, e, 0, m));
      return { ...record, text, data: null };
    }
  }
  const match = text.match(FRONT_MATTER);
  if (!match) {
    findings.push({ severity: 'error', file, line: 1, message: m.noFrontMatter });
    return { ...record, text, data: null, body: text };
  }
  const body = text.slice(match[0].length);
  const bodyStartLine = match[0].split('\n').length;
  try {
    const { data, featureLine } = parseYaml(match[1]!);
    if (featureLine !== undefined) findings.push({ severity: 'error', file, line: featureLine + 1, message: m.yamlFeature });
    return { ...record, text, data: featureLine === undefined ? data : null, body, bodyStartLine };
  } catch (e) {
    // The YAML starts on line 2, after the first "---".
    findings.push(yamlFinding(file, match[1]!, e, 1, m));
    return { ...record, text, data: null, body, bodyStartLine };
  }
}

/**
 * The content files of one folder, and a finding for everything else in it: a file with another
 * extension (MDX included: it can run code), without a name, with a name that is not an address
 * (upper case, spaces, umlauts, invisible characters), or that would share an address with another
 * file; and subfolders, which the build does not read.
 */
function listFolder(root: string, dir: string, ext: string, m: Messages, findings: Finding[]): string[] {
  if (!existsSync(join(root, dir))) return [];
  const names = readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const taken = new Map<string, string>();
  for (const e of names) if (e.isFile() && e.name.endsWith(ext) && FILE_NAME.test(e.name.slice(0, -ext.length))) taken.set(e.name.slice(0, -ext.length), `${dir}/${e.name}`);
  const files: string[] = [];
  for (const e of names) {
    const file = `${dir}/${e.name}`;
    if (SYSTEM_FILES.has(e.name)) continue;
    if (e.isSymbolicLink()) {
      findings.push({ severity: 'error', file, message: m.symlink });
      continue;
    }
    if (!e.isFile()) {
      findings.push({ severity: 'error', file, message: m.unknownFolder(`*${ext}`) });
      continue;
    }
    const dot = e.name.lastIndexOf('.');
    const extension = dot >= 0 ? e.name.slice(dot) : '';
    const base = dot >= 0 ? e.name.slice(0, dot) : e.name;
    if (extension === '.mdx') findings.push({ severity: 'error', file, message: m.mdx });
    else if (extension !== ext) findings.push({ severity: 'error', file, message: m.wrongExtension(ext) });
    else if (base === '') findings.push({ severity: 'error', file, message: m.noName(ext) });
    else if (!FILE_NAME.test(base)) {
      const suggestion = suggestedName(base);
      const other = taken.get(suggestion);
      findings.push({ severity: 'error', file, message: other ? m.sameAddress(other) : m.badFileName(`${suggestion}${ext}`) });
      taken.set(suggestion, file);
    } else files.push(file);
  }
  return files;
}

/** The language folders of a localized collection; anything else in it is reported. */
function checkLanguageFolders(root: string, dir: string, locales: readonly string[], m: Messages, findings: Finding[]) {
  if (!existsSync(join(root, dir))) return;
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (SYSTEM_FILES.has(e.name) || (e.isDirectory() && locales.includes(e.name))) continue;
    findings.push({ severity: 'error', file: `${dir}/${e.name}`, message: m.unknownFolder(locales.map((l) => `${l}/`).join(', ')) });
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
  const read = (collection: CollectionName, dir: string, ext: string, locale?: string) => {
    for (const file of listFolder(root, dir, ext, m, findings)) records.push(readRecord(root, file, collection, locale, m, findings));
  };
  for (const dir of [CONTENT_FOLDERS.pages, CONTENT_FOLDERS.focusAreas, CONTENT_FOLDERS.offers]) checkLanguageFolders(root, dir, locales, m, findings);
  for (const locale of locales) {
    read('pages', `${CONTENT_FOLDERS.pages}/${locale}`, TEXT_EXT, locale);
    read('focusAreas', `${CONTENT_FOLDERS.focusAreas}/${locale}`, TEXT_EXT, locale);
    read(locale === defaultLocale ? 'offers' : 'offerTranslations', `${CONTENT_FOLDERS.offers}/${locale}`, TEXT_EXT, locale);
  }
  read('regions', CONTENT_FOLDERS.regions, YAML_EXT);
  read('contacts', CONTENT_FOLDERS.contacts, YAML_EXT);
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
  return sortFindings(found);
}

// ---------------------------------------------------------------- translation tools

/** Translatable collections: name used in status reports → folder. */
export const TEXT_COLLECTIONS = { pages: CONTENT_FOLDERS.pages, focusAreas: CONTENT_FOLDERS.focusAreas, offers: CONTENT_FOLDERS.offers } as const;

export interface ContentFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** A Markdown file for the translation tools (after `npm run content:check` has accepted it). */
export function readContentFile(file: string): ContentFile {
  const decoded = decodeContentFile(readFileSync(file));
  if ('badLine' in decoded) throw new Error(`${file}: ${MESSAGES.de.notUtf8(decoded.badLine)}`);
  const text = decoded.text;
  const match = text.match(FRONT_MATTER);
  if (!match) throw new Error(`${file}: ${MESSAGES.de.noFrontMatter}`);
  return { file, data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** The version hash of a German file, exactly as the build and the content rules compute it. */
export const hashOfFile = ({ data, body }: ContentFile): string => germanTextHash(data, body);

const slugOf = (name: string) => name.slice(0, -TEXT_EXT.length);

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
      // The files the content check accepts (its findings are reported by the check itself).
      for (const file of listFolder(root, `${dir}/${locale}`, TEXT_EXT, MESSAGES.de, [])) {
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

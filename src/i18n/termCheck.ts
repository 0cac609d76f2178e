/**
 * The term-base check over the files on disk: the UI dictionaries and every translated page, focal
 * area and offer against its German source. `npm run terms` prints it; src/i18n/terms.test.ts
 * fails on it. Node only (node:fs); the rule itself is in ./termBase.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_FOLDERS } from '../lib/content/folders.ts';
import { defaultLocale, localeCodes } from './locales.ts';
import { missedTerms, termMisses, type TermBase, type TermMiss } from './termBase.ts';

export const TERM_BASE_FILE = 'src/i18n/terms.json';

export const loadTermBase = (root = '.'): TermBase => JSON.parse(readFileSync(join(root, TERM_BASE_FILE), 'utf8')) as TermBase;

/** Region and office names: they stay German on every page ("Landkreis Kassel", "WIR-Vielfaltszentrum Gießen"). */
export function keptNames(root = '.'): string[] {
  const names: string[] = [];
  for (const folder of [CONTENT_FOLDERS.regions, CONTENT_FOLDERS.contacts]) {
    for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml'))) {
      const name = (parse(readFileSync(join(root, folder, file), 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string') names.push(name);
    }
  }
  return names;
}

export interface TermFinding extends TermMiss {
  lang: string;
  /** The translated file, relative to the project (or the dictionary). */
  file: string;
}

const TEXT_FOLDERS = [CONTENT_FOLDERS.pages, CONTENT_FOLDERS.focusAreas, CONTENT_FOLDERS.offers];
const others = localeCodes.filter((c) => c !== defaultLocale);

/** Every translated text that misses a term its German source uses, by file and line. */
export function contentTermFindings(root = '.', base = loadTermBase(root), names = keptNames(root)): TermFinding[] {
  const findings: TermFinding[] = [];
  for (const folder of TEXT_FOLDERS) {
    for (const name of readdirSync(join(root, folder, defaultLocale)).filter((f) => f.endsWith('.md'))) {
      const german = readFileSync(join(root, folder, defaultLocale, name), 'utf8');
      for (const lang of others) {
        const file = `${folder}/${lang}/${name}`;
        if (!existsSync(join(root, file))) continue;
        for (const miss of termMisses(german, readFileSync(join(root, file), 'utf8'), lang, base, names))
          findings.push({ ...miss, lang, file });
      }
    }
  }
  return findings;
}

/** Every UI string that misses a term its German string uses; `line` is the key's line in the dictionary. */
export function uiTermFindings(root = '.', base = loadTermBase(root)): TermFinding[] {
  const dictionaryFile = (code: string) => `src/i18n/ui/${code}.json`;
  const de = JSON.parse(readFileSync(join(root, dictionaryFile(defaultLocale)), 'utf8')) as Record<string, string>;
  const findings: TermFinding[] = [];
  for (const lang of others) {
    const file = dictionaryFile(lang);
    const text = readFileSync(join(root, file), 'utf8');
    const strings = JSON.parse(text) as Record<string, string>;
    const lines = text.split('\n');
    for (const [key, german] of Object.entries(de)) {
      for (const miss of missedTerms(german, strings[key] ?? '', lang, base)) {
        findings.push({
          termId: miss.term.id,
          german: miss.german,
          expected: miss.term.translations[lang]?.term ?? '?',
          line: lines.findIndex((l) => l.includes(`"${key}"`)) + 1,
          excerpt: `${key}: ${(strings[key] ?? '').slice(0, 50)}`,
          lang,
          file,
        });
      }
    }
  }
  return findings;
}

/** A finding as one line an editor can act on: where, which term, what to write. */
export const findingLine = (f: TermFinding) => `${f.file}:${f.line}: "${f.german}" should be "${f.expected}" (${f.termId}) | ${f.excerpt}`;

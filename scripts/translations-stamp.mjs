// Records which German version a translation was made from (`sourceHash` in its front matter).
//
//   npm run translations:stamp -- content/pages/ar/programm.md …   after translating or updating
//   npm run translations:stamp -- --missing                          stamp every translation without a hash
//   npm run translations:stamp -- --outdated                         after changing German texts: mark
//                                                                    translations of changed texts outdated
//
// Stamping a file says "this translation matches the current German text"; it clears `outdated`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parse } from 'yaml';
import { FRONT_MATTER, hashOfFile, readContentFile, TEXT_COLLECTIONS } from '../src/lib/content/files.ts';
import { defaultLocale, isLocaleCode } from '../src/i18n/locales.ts';

const COLLECTIONS = Object.values(TEXT_COLLECTIONS);

/**
 * @param {string} file
 * @returns {{ text: string, yaml: string, body: string }}
 */
function read(file) {
  const text = readFileSync(file, 'utf8');
  const match = text.match(FRONT_MATTER);
  if (!match) throw new Error(`${file}: no front matter (--- … ---) at the top of the file.`);
  return { text, yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * The German original of a translation: same collection, same file name, German folder.
 * @param {string} file
 * @returns {string | null}
 */
function originalOf(file) {
  const m = /** @type {[string, string, string, string] | null} */ (file.match(/^(content\/[^/]+)\/([^/]+)\/(.+)$/));
  if (!m || !isLocaleCode(m[2]) || m[2] === defaultLocale) return null;
  const base = m[3].replace(/\.md$/, '');
  const original = `${m[1]}/${defaultLocale}/${base}.md`;
  return existsSync(original) ? original : null;
}

/**
 * The same version hash the build computes (src/lib/content/files.ts).
 * @param {string} file
 */
const germanHashOf = (file) => hashOfFile(readContentFile(file));

/**
 * @param {string} file
 * @param {(doc: import('yaml').Document) => void} change
 */
function update(file, change) {
  const { text, yaml } = read(file);
  const doc = parseDocument(yaml);
  change(doc);
  writeFileSync(file, text.replace(FRONT_MATTER, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n`));
}

function translations() {
  return COLLECTIONS.filter(existsSync).flatMap((dir) =>
    readdirSync(dir)
      .filter((lang) => lang !== defaultLocale && isLocaleCode(lang))
      .flatMap((lang) => readdirSync(join(dir, lang)).map((name) => `${dir}/${lang}/${name}`)),
  );
}

const args = process.argv.slice(2);
let changed = 0;
/** @type {string[]} */
const problems = [];
if (args.includes('--outdated')) {
  for (const file of translations()) {
    const original = originalOf(file);
    if (!original) continue;
    const data = parse(read(file).yaml) ?? {};
    if (data.sourceHash && data.sourceHash !== germanHashOf(original) && data.outdated !== true) {
      update(file, (doc) => doc.set('outdated', true));
      console.log(`outdated: ${file} (German text ${original} changed)`);
      changed += 1;
    }
  }
} else {
  const files = args.includes('--missing')
    ? translations().filter((f) => !(parse(read(f).yaml) ?? {}).sourceHash)
    : args.filter((a) => !a.startsWith('--'));
  if (files.length === 0 && !args.includes('--missing')) {
    console.error('Usage: npm run translations:stamp -- <translation file> … | --missing | --outdated');
    process.exit(2);
  }
  for (const file of files) {
    const original = existsSync(file) ? originalOf(file) : null;
    if (!original) {
      problems.push(`${file}: not a translation with a German original (expected content/<collection>/${defaultLocale}/<same name>).`);
      continue;
    }
    const hash = germanHashOf(original);
    update(file, (doc) => {
      doc.set('sourceHash', hash);
      doc.delete('outdated');
    });
    console.log(`stamped: ${file} (German version ${hash})`);
    changed += 1;
  }
}
for (const p of problems) console.error(p);
console.log(`${changed} file(s) changed.`);
process.exit(problems.length ? 1 : 0);

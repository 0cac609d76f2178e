// `npm run import:offers -- <file.csv> [--write]`: imports offers from a spreadsheet export.
// Without --write it only reports what it would create or change (dry run). If any row has an
// error, nothing is written. Files are named after the "Kennung" column (or title + place), so a
// second import of the same file changes nothing. Nothing is ever deleted.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLUMNS, decodeCsv, importOffers, parseCsv } from '../src/lib/offers/offerImport.ts';
import { importVocabulary } from '../src/lib/offers/importVocabulary.ts';
import { checkContent } from '../src/lib/content/contentCheck.ts';
import { MAX_AGE_MONTHS } from '../src/lib/content/freshness.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { contactSchema, focusAreaSchema, offerSchema, offerTranslationSchema, pageSchema, regionSchema } from '../src/content.config.ts';

/**
 * The same rules as `npm run content:check`: the imported offers are checked together with the
 * existing content in a temporary copy; errors come back as row and column of the spreadsheet.
 */
function contentCheckProblems(offers) {
  const dir = mkdtempSync(join(tmpdir(), 'ik-import-check-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    for (const o of offers) writeFileSync(join(dir, 'content/offers/de', `${o.slug}.md`), o.text);
    const findings = checkContent({
      root: dir, defaultLocale, locales: localeCodes, lang: 'de', maxAgeMonths: MAX_AGE_MONTHS, today: new Date(),
      schemas: { page: pageSchema, focusArea: focusAreaSchema, region: regionSchema, contact: contactSchema, offer: offerSchema, offerTranslation: offerTranslationSchema },
    });
    const byFile = new Map(offers.map((o) => [`content/offers/de/${o.slug}.md`, o.row]));
    const column = (field) => Object.entries(COLUMNS).find(([, f]) => f === String(field ?? '').split(' ')[0])?.[0];
    return findings
      .filter((f) => byFile.has(f.file))
      .map((f) => ({ severity: f.severity, row: byFile.get(f.file), column: column(f.field) ?? (f.field ? undefined : 'Beschreibung'), message: f.message }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const write = args.includes('--write');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'content/offers/de';
if (!file || !existsSync(file)) {
  console.error('Aufruf: npm run import:offers -- <datei.csv> [--write]');
  process.exit(2);
}
const regions = new Set(readdirSync('content/regions').map((f) => f.replace(/\.yaml$/, '')));
const imported = importOffers(parseCsv(decodeCsv(readFileSync(file))), importVocabulary(regions), offerSchema);
const { offers } = imported;
const checked = imported.problems.length ? [] : contentCheckProblems(offers);
const problems = [...imported.problems, ...checked.filter((p) => p.severity === 'error')];
for (const w of checked.filter((p) => p.severity === 'warning')) {
  console.log(`Warnung: ${file}, Zeile ${w.row}${w.column ? `, Spalte „${w.column}“` : ''}: ${w.message}`);
}
for (const p of problems) console.log(`Fehler: ${file}, Zeile ${p.row}${p.column ? `, Spalte „${p.column}“` : ''}: ${p.message}`);
if (problems.length) {
  console.log(`\n${problems.length} Fehler. Es wurde nichts geschrieben. Bitte die Tabelle korrigieren und erneut importieren.`);
  process.exit(1);
}
let changes = 0;
for (const o of offers) {
  const path = `${out}/${o.slug}.md`;
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const state = before === null ? 'neu' : before === o.text ? 'unverändert' : 'geändert (bestehende Datei wird überschrieben)';
  if (before !== o.text) changes += 1;
  console.log(`Zeile ${o.row}: ${state}: ${path}`);
  if (write && before !== o.text) writeFileSync(path, o.text);
}
console.log(
  write
    ? `\n${changes} Datei(en) geschrieben, ${offers.length - changes} unverändert. Nichts wurde gelöscht.`
    : `\nProbelauf: ${changes} Datei(en) würden geschrieben. Mit --write wirklich schreiben.`,
);

// `npm run import:offers -- <file.csv> [--write]`: imports offers from a spreadsheet export.
// Without --write it only reports what it would create or change (dry run). If any row has an
// error, nothing is written. Files are named after the "Kennung" column (or title + place), so a
// second import of the same file changes nothing. Nothing is ever deleted.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  contentProblems,
  decodeCsv,
  GERMAN_OFFERS,
  importedRecord,
  importOffers,
  parseCsv,
  rowsToCheck,
} from '../src/lib/offers/offerImport.ts';
import { importVocabulary } from '../src/lib/offers/importVocabulary.ts';
import { checkContent } from '../src/lib/content/files.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const write = args.includes('--write');
const out = (args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined) ?? GERMAN_OFFERS;
if (!file || !existsSync(file)) {
  console.error('Aufruf: npm run import:offers -- <datei.csv> [--write]');
  process.exit(2);
}
const imported = importOffers(parseCsv(decodeCsv(readFileSync(file))), importVocabulary());
const { offers } = imported;
const cleanRows = rowsToCheck(imported);
// The same rules as `npm run content:check`, on the imported offers together with the existing content.
const findings = checkContent({ extra: cleanRows.map(importedRecord) });
const checked = contentProblems(cleanRows, findings, imported.problems);
const problems = [...imported.problems, ...checked.filter((p) => p.severity === 'error')].sort((a, b) => a.row - b.row);
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
  if (write && before !== o.text) {
    mkdirSync(out, { recursive: true });
    writeFileSync(path, o.text);
  }
}
console.log(
  write
    ? `\n${changes} Datei(en) geschrieben, ${offers.length - changes} unverändert. Nichts wurde gelöscht.`
    : `\nProbelauf: ${changes} Datei(en) würden geschrieben. Mit --write wirklich schreiben.`,
);

// `npm run translations`: the translation status of every content item in every language:
// up to date, outdated (the German text changed since), missing, German-only; machine-translated
// ones are marked. Ends with a summary per language. The same table is in the built site at
// /redaktion/uebersetzungen/ (not linked, not indexed).
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { readTexts } from '../src/lib/content/files.ts';
import { summariseByLocale, translationStatus } from '../src/lib/content/translationStatus.ts';

const LABEL = { 'up-to-date': 'aktuell', outdated: 'VERALTET', missing: 'fehlt', 'german-only': 'nur Deutsch' };
const others = localeCodes.filter((c) => c !== defaultLocale);
const { german, translations } = readTexts('.', defaultLocale, localeCodes);
const rows = translationStatus(german, translations, others);

for (const locale of others) {
  console.log(`\n== ${locale} ==`);
  for (const r of rows.filter((x) => x.locale === locale)) {
    console.log(`  ${LABEL[r.state].padEnd(11)} ${r.machineTranslated ? 'maschinell' : '          '}  ${r.collection}/${r.slug}`);
  }
}
// "% Deutsch": the share of all items a reader of the language sees in German (missing translations and German-only pages).
console.log('\nSprache  aktuell  veraltet  fehlt  maschinell  erwartet  % aktuell  % Deutsch');
for (const s of summariseByLocale(rows, others)) {
  console.log(
    `${s.locale.padEnd(8)} ${String(s.upToDate).padStart(7)} ${String(s.outdated).padStart(9)} ${String(s.missing).padStart(6)} ` +
      `${String(s.machineTranslated).padStart(11)} ${String(s.expected).padStart(9)} ${String(s.percentUpToDate).padStart(10)} ${String(s.percentGerman).padStart(10)}`,
  );
}

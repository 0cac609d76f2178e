// Writes N synthetic example offers for benchmarks and scale tests into a folder (not into
// content/: its output is never committed). Deterministic: the same N gives the same files.
//
//   node scripts/generate-offers.mjs <count> <out-dir>     → <out-dir>/de/<slug>.md
//
// Every offer is marked `sample: true`; providers and venues are clearly invented.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFER_TYPES } from '../src/lib/content/enums.ts';

const [countArg, outDir] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !outDir) {
  console.error('Usage: node scripts/generate-offers.mjs <count> <out-dir>');
  process.exit(2);
}

// A small deterministic pseudo-random generator (mulberry32), so benchmarks are repeatable.
let seed = 20261125;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
/**
 * One item of a non-empty list (the index is always below its length).
 * @template T
 * @param {readonly T[]} items
 * @returns {T}
 */
const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
/** @type {<T>(items: readonly T[], max: number) => T[]} */
const some = (items, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];

const regions = readdirSync('content/regions').map((f) => f.replace(/\.yaml$/, ''));
/** Every offer type of the schema, German courses three times as often (as in real listings). @type {(keyof typeof titles)[]} */
const types = ['german-course', 'german-course', ...OFFER_TYPES];
/** @type {Record<'morning' | 'afternoon' | 'evening' | 'weekend', [from: string, to: string]>} */
const times = { morning: ['09:00', '11:30'], afternoon: ['14:00', '16:00'], evening: ['18:00', '20:00'], weekend: ['10:00', '13:00'] };
const titles = {
  'german-course': 'Deutschkurs für den Alltag',
  'literacy-course': 'Lesen und Schreiben lernen',
  'language-cafe': 'Sprachcafé zum Deutschsprechen',
  'integration-guides': 'Integrationslotsen begleiten Sie',
  counselling: 'Offene Beratung für Neuzugewanderte',
  project: 'Nachbarschaftsprojekt zum Mitmachen',
};
const help = ['ar', 'fa', 'ps', 'tr', 'ku', 'uk', 'ru', 'ti', 'ro', 'bg', 'en'];

mkdirSync(join(outDir, 'de'), { recursive: true });
for (let i = 0; i < count; i++) {
  const type = pick(types);
  const time = pick(/** @type {(keyof typeof times)[]} */ (Object.keys(times)));
  const region = pick(regions);
  const dated = random() < 0.5;
  const start = new Date(Date.UTC(2027, Math.floor(random() * 10), 1 + Math.floor(random() * 27)));
  const end = new Date(start.getTime() + (30 + Math.floor(random() * 150)) * 86400000);
  /** @param {Date} d */
  const iso = (d) => d.toISOString().slice(0, 10);
  const lines = [
    '---',
    `title: "${titles[type]} Nr. ${i + 1}"`,
    'sample: true',
    `type: ${type}`,
    `region: ${region}`,
    `municipality: "Ort ${(i % 97) + 1} (Beispiel)"`,
    `provider: "Träger ${(i % 53) + 1} (Beispiel)"`,
    // A complete, plainly fictional contact, as every example must have (content rules).
    `street: "Beispielweg ${(i % 200) + 1}"`,
    `phone: "069 90009 ${String(i % 1000).padStart(3, '0')}"`,
    `email: "generiert-${i + 1}@example.org"`,
    `website: "https://example.org/generiert/${i + 1}/"`,
    type === 'german-course' ? `levels: [${pick(['A1', 'A1, A2', 'A2', 'B1'])}]` : type === 'literacy-course' ? 'levels: [literacy]' : '',
    `feeEuro: ${random() < 0.8 ? 0 : pick([20, 30, 50])}`,
    `childcare: ${random() < 0.25}`,
    `womenOnly: ${random() < 0.15}`,
    `timesOfDay: [${time}]`,
    `weekdays: [${time === 'weekend' ? 'sat' : some(['mon', 'tue', 'wed', 'thu', 'fri'], 2).join(', ')}]`,
    `timeFrom: "${times[time][0]}"`,
    `timeTo: "${times[time][1]}"`,
    `helpLanguages: [${some(help, 3).join(', ')}]`,
    'registration: [in-person, phone]',
    dated ? `startDate: ${iso(start)}` : '',
    dated ? `endDate: ${iso(end)}` : '',
    `lastChecked: 2026-${String(1 + Math.floor(random() * 10)).padStart(2, '0')}-15`,
    '---\n',
    `Ein ausgedachtes Angebot für Tests mit vielen Einträgen. Sie lernen Deutsch für den Alltag und treffen andere Menschen. Nummer ${i + 1}.`,
    '\nDieses Angebot ist ein Beispiel. Es ist ausgedacht.\n',
  ];
  // Empty entries are facts that do not apply to this offer.
  writeFileSync(join(outDir, 'de', `generiertes-angebot-${String(i + 1).padStart(5, '0')}.md`), lines.filter(Boolean).join('\n'));
}
console.log(`${count} offers written to ${join(outDir, 'de')}/`);

// `node scripts/address-inventory.mjs [--write]`: the e-mail addresses, phone numbers and off-site
// web addresses the built site (dist/) shows, against tests/fixtures/address-inventory.json.
// Prints every address that is new (with the content file that carries it) or no longer shown.
// Check each new one against the page its content file names as source; then `--write` lists
// it. The built-site test (tests/built-site/contacts.test.mjs) fails until that is done.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const FIXTURE = 'tests/fixtures/address-inventory.json';
const OSM = /^https:\/\/www\.openstreetmap\.org\/search\?query=/;
/** The fictional contacts of example offers (checked by pattern in tests/built-site/offers.test.mjs). */
const FICTIONAL = /^mailto:[^@]+@example\.(org|com|net)$|^https:\/\/example\.(org|com|net)\/|^tel:(\+4969|069)90009\d{3}$/;
const files = (/** @type {string} */ root) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

/** Every address a person can write to, call or open off the site, with the first page that shows it. */
export function addressesIn(/** @type {string} */ dist) {
  /** @type {Map<string, string>} */
  const found = new Map();
  for (const file of files(dist).filter((f) => f.endsWith('.html'))) {
    const raw = readFileSync(file, 'utf8');
    const links = [...parseHTML(raw).document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    const mails = (raw.replace(/<[^>]*>/g, ' ').match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []).map((m) => `mailto:${m}`);
    for (const a of [...links.filter((h) => /^(mailto:|tel:|https?:)/.test(h)), ...mails]) {
      if (OSM.test(a) || a.startsWith('http://localhost:4321/') || FICTIONAL.test(a) || found.has(a)) continue;
      found.set(a, file);
    }
  }
  return found;
}

/** The content file that carries an address as a whole token (data files first, then German texts). */
function carrierOf(/** @type {string} */ address, /** @type {Map<string, string>} */ texts) {
  const plain = address.replace(/^mailto:/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const token = new RegExp(`(^|[\\s"'(<:])${plain}($|[\\s"')>])`, 'm');
  return [...texts.keys()].find((f) => token.test(/** @type {string} */ (texts.get(f))));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const listed = /** @type {{ about: string, addresses: { address: string, in: string }[] }} */ (JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const known = new Map(listed.addresses.map((e) => [e.address, e.in]));
  const rank = (/** @type {string} */ f) => (/content\/(regions|contacts)\//.test(f) ? 0 : f.includes('/de/') ? 1 : 2);
  const content = files('content')
    .filter((f) => /\.(md|yaml)$/.test(f))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const texts = new Map(content.map((f) => [f, readFileSync(f, 'utf8')]));
  const found = addressesIn('dist');
  const added = [...found.keys()].filter((a) => !known.has(a)).sort();
  const gone = [...known.keys()].filter((a) => !found.has(a));
  for (const a of added) console.log(`new: ${a}  (in ${carrierOf(a, texts) ?? 'NO CONTENT FILE'}; shown on ${found.get(a)})`);
  for (const a of gone) console.log(`gone: ${a}`);
  if (process.argv.includes('--write')) {
    const addresses = [...found.keys()].sort().map((a) => ({ address: a, in: known.get(a) ?? carrierOf(a, texts) ?? '' }));
    writeFileSync(FIXTURE, `${JSON.stringify({ about: listed.about, addresses }, null, 2)}\n`);
    console.log(`${FIXTURE}: ${addresses.length} addresses`);
  } else if (added.length + gone.length === 0) console.log('The inventory is up to date.');
}

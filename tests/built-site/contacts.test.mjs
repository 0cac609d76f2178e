// Something a person can act on, checked on the built site: every offer page says where, how to
// get in touch and how to take part; every region page names its contact point or says plainly
// that it is not known, with an official link; and no address to write to, call or open appears
// in dist/ unless it is in the content with a source (tests/fixtures/address-inventory.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { addressesIn } from '../../scripts/address-inventory.mjs';
import { assertBuilt, DIST, htmlFiles, load } from './helpers.mjs';

assertBuilt();
/**
 * @typedef {{ id: string, sample?: boolean, statewide?: boolean, online?: boolean, street?: string, postcode?: string,
 *   region?: string, bring?: string[], provider?: string, phone?: string, email?: string, website?: string, feeEuro?: number, municipality?: string, town?: string, registration?: string[], source?: string, lastChecked: string }} Offer
 * @typedef {{ id: string, name: string, website?: string }} Region
 * @typedef {{ id: string, region?: string, kind: string, website?: string, source: string }} Contact
 */
/** @param {string} dir @param {string} ext */
const entries = (dir, ext) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: f.slice(0, -ext.length), ...parse(ext === '.md' ? (text.split(/^---$/m)[1] ?? '') : text) };
    });
const offers = /** @type {Offer[]} */ (entries('content/offers/de', '.md'));
const regions = /** @type {Region[]} */ (entries('content/regions', '.yaml'));
const contacts = /** @type {Contact[]} */ (entries('content/contacts', '.yaml'));
/** The addresses (hrefs) of the links inside an element. @param {Element} el */
const hrefsIn = (el) => [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
/** @type {Map<string, Record<string, string>>} */
const dictionaries = new Map();
/** The UI dictionary of a language. @param {string} code @returns {Record<string, string>} */
const dict = (code) => {
  if (!dictionaries.has(code)) dictionaries.set(code, JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')));
  return /** @type {Record<string, string>} */ (dictionaries.get(code));
};
const OSM = /^https:\/\/www\.openstreetmap\.org\/search\?query=/;

test('every offer page, in every language, says where, how to get in touch and how to take part', () => {
  assert.ok(
    offers.some((o) => !o.sample),
    'there are real entries',
  );
  for (const l of locales) {
    for (const o of offers) {
      const at = `${l.code}/${o.id}`;
      const block = load(`${l.code}/angebote/${o.id}/index.html`).querySelector('main [data-take-part]');
      assert.ok(block, `${at}: the "How to take part" block`);
      const where = block.querySelector('[data-fact="where"]');
      assert.ok(where, `${at}: where`);
      const hrefs = hrefsIn(block);
      if (o.online) assert.ok(where.querySelector('[data-fact="online"]'), `${at}: says it is online`);
      else if (o.statewide) assert.ok(where.querySelector('[data-fact="statewide"]'), `${at}: says it is for all of Hessen`);
      else if (o.street) {
        // The address in German order, isolated left to right, and a plain link to OpenStreetMap.
        const address = where.querySelector('[data-fact="address"]');
        assert.equal(address?.getAttribute('dir'), 'ltr', `${at}: address left to right`);
        assert.ok(address?.textContent.includes(o.street), `${at}: street`);
        const line = address?.querySelector('[data-fact="postcode-town"]')?.textContent.trim();
        assert.equal(line, [o.postcode, o.town ?? o.municipality].filter(Boolean).join(' '), `${at}: postcode before town`);
        assert.ok(
          hrefs.some((h) => OSM.test(h) && decodeURIComponent(h).includes(o.street ?? '')),
          `${at}: map link`,
        );
      } else {
        // A real entry whose source gives no address: the town, and the page that has the address.
        assert.ok(where.querySelector('[data-fact="town"]'), `${at}: the town`);
        assert.ok(block.querySelector('[data-fact="website"] a[href^="https:"]'), `${at}: the page with the address`);
      }
      // At least one way to get in touch: call, write, open the provider's page, or the region's contact point.
      const touch = hrefs.filter((h) => /^(tel:|mailto:|https:)/.test(h) && !OSM.test(h));
      const contactPoint = block.querySelector('[data-registration="contact-point"] a[href]');
      assert.ok(touch.length > 0 || contactPoint, `${at}: a way to get in touch`);
      // How to take part, exactly as the data says: each way of registering, or "just come".
      const ways = [...block.querySelectorAll('[data-fact="registration"] li[data-registration]')].map((li) =>
        li.getAttribute('data-registration'),
      );
      assert.ok((o.registration ?? []).length > 0, `${at}: the data says how to take part`);
      assert.deepEqual(
        ways,
        (o.registration ?? []).filter((r) => r !== 'none'),
        `${at}: the ways to register`,
      );
      if ((o.registration ?? []).includes('none'))
        assert.ok(
          block.querySelector('[data-fact="registration"]')?.textContent.includes(dict(l.code)['offers.registration.none'] ?? '-'),
          `${at}: just come`,
        );
      // What to bring, when the data says, in the page's language.
      const bring = [...block.querySelectorAll('[data-fact="bring"] li')].map((li) => li.textContent.trim());
      assert.deepEqual(
        bring,
        (o.bring ?? []).map((item) => dict(l.code)[`offers.bring.${item}`]),
        `${at}: what to bring`,
      );
      // The region, linked to its contact point (statewide offers: the list of regions).
      const regionLink = block.querySelector('[data-fact="region"] a[href]')?.getAttribute('href');
      assert.equal(regionLink, o.statewide ? `/${l.code}/regionen/` : `/${l.code}/regionen/${o.region}/#ansprechstelle`, at);
    }
  }
});

test("every offer's JSON-LD carries the same facts: location with postal address, provider and its contact, price where known", () => {
  for (const code of ['de', 'ar']) {
    for (const o of offers) {
      const at = `${code}/${o.id}`;
      const script = load(`${code}/angebote/${o.id}/index.html`).querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? '{}');
      const location = data.location ?? data.hasCourseInstance?.location;
      const provider = data.provider ?? data.organizer;
      if (o.online) assert.equal(location?.['@type'], 'VirtualLocation', at);
      else {
        assert.equal(location?.address?.['@type'], 'PostalAddress', `${at}: postal address`);
        if (o.street) assert.deepEqual([location.address.streetAddress, location.address.postalCode], [o.street, o.postcode], at);
        assert.equal(location.address.addressLocality, o.statewide ? undefined : (o.town ?? o.municipality), at);
      }
      assert.equal(provider?.name, o.provider, `${at}: provider`);
      for (const [field, key] of /** @type {const} */ ([
        ['phone', 'telephone'],
        ['email', 'email'],
        ['website', 'url'],
      ]))
        assert.equal(provider?.[key], o[field], `${at}: provider ${key}`);
      assert.equal(data.offers?.price, o.feeEuro, `${at}: price only where known`);
    }
  }
});

test('every tel: link in dist/ is dialable: digits and a leading +', () => {
  let count = 0;
  for (const file of htmlFiles()) {
    for (const h of hrefsIn(load(file).documentElement)) {
      if (!h.startsWith('tel:')) continue;
      count++;
      assert.match(h, /^tel:\+?\d{6,}$/, `${file}: ${h}`);
    }
  }
  assert.ok(count > 0, 'there are phone links');
});

test('every region page leads with who can help: a sourced contact point, or plainly "not known yet" with official links', () => {
  const programme = contacts.find((c) => c.kind === 'state-programme');
  assert.ok(programme?.website, 'the state programme is the fallback');
  for (const l of locales) {
    for (const r of regions) {
      const at = `${l.code}/${r.id}`;
      const help = load(`${l.code}/regionen/${r.id}/index.html`).querySelector('main #ansprechstelle');
      assert.ok(help, `${at}: "Who can help you here"`);
      const first = load(`${l.code}/regionen/${r.id}/index.html`).querySelector('main h2');
      assert.equal(first?.id, 'help-here', `${at}: it is the first section`);
      const official = hrefsIn(help).filter((h) => h.startsWith('https:'));
      const office = contacts.find((c) => c.region === r.id && c.website);
      if (office) {
        assert.ok(official.includes(office.website ?? ''), `${at}: the office's official page`);
        assert.ok(help.querySelector(`[data-contact="${office.id}"] time[datetime]`), `${at}: with the date it was checked`);
        assert.ok(hrefsIn(help).includes(office.source), `${at}: and its source`);
      } else {
        assert.ok(help.querySelector('[data-contact-unknown]'), `${at}: says the office's page is not known`);
        assert.ok(official.includes(programme?.website ?? ''), `${at}: the state programme's official page`);
      }
      if (r.website) assert.ok(official.includes(r.website), `${at}: the region's website`);
      else assert.ok(help.querySelector('[data-fact="region-website-unknown"]'), `${at}: says the website is not known`);
      assert.ok(official.length > 0, `${at}: at least one official link`);
    }
  }
});

test('the home page reaches a contact point in three taps: home, regions, region page', () => {
  for (const l of locales) {
    const home = load(`${l.code}/index.html`).querySelector('main');
    assert.ok(home && hrefsIn(home).includes(`/${l.code}/regionen/`), `${l.code}: home links the regions`);
    const list = load(`${l.code}/regionen/index.html`).querySelector('main');
    for (const r of regions) assert.ok(list && hrefsIn(list).includes(`/${l.code}/regionen/${r.id}/`), `${l.code}: the list links ${r.id}`);
  }
});

test('no e-mail address, phone number or web address reaches dist/ unless it is in the content, listed with its source', () => {
  const inventory = /** @type {{ address: string, in: string }[]} */ (
    JSON.parse(readFileSync('tests/fixtures/address-inventory.json', 'utf8')).addresses
  );
  const listed = new Map(inventory.map((e) => [e.address, e.in]));
  const found = addressesIn(DIST);
  for (const [address, file] of found) {
    assert.ok(
      listed.has(address),
      `${address} (on ${file}) is not in tests/fixtures/address-inventory.json: check it against its source, then run node scripts/address-inventory.mjs --write`,
    );
  }
  for (const [address, where] of listed) {
    assert.ok(found.has(address), `${address} is listed but no longer in dist/: remove it from the inventory`);
    // The content file named in the inventory really carries it (with its source next to it).
    const text = readFileSync(where, 'utf8');
    const plain = address.replace(/^mailto:/, '');
    // The whole address, not a prefix of a longer one: a YAML value, a Markdown link target or an autolink.
    const escaped = plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(text, new RegExp(`(^|[\\s"'(<:])${escaped}($|[\\s"')>])`, 'm'), `${address}: not in ${where}`);
    // Data files carry the page where their facts were seen; in a text, the link is the source it cites.
    if (/\.yaml$/.test(where) || where.startsWith('content/offers/'))
      assert.match(text, /^(source|websiteSource|changeSource|lastChecked):/m, `${where}: no source or check date next to ${address}`);
  }
});

// Offers on the built site: every offer in every language, search filters that match the
// offer data, and static lists (no JavaScript) that reach every offer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { assertBuilt, load } from './helpers.mjs';

assertBuilt();
/**
 * The front matter of a German offer file, as the build validated it (src/content.config.ts).
 * @typedef {typeof import('../../src/content.config.ts')} Config
 * @typedef {{
 *   id: string, title: string, sample?: boolean, statewide?: boolean, source?: string, type: Config['OFFER_TYPES'][number], feeEuro?: number,
 *   childcare?: boolean, womenOnly?: boolean, timesOfDay?: Config['TIMES_OF_DAY'][number][],
 *   levels?: Config['LEVELS'][number][], helpLanguages?: string[], lastChecked: string,
 * }} Offer
 */
const offers = /** @type {Offer[]} */ (
  readdirSync('content/offers/de')
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), ...parse(readFileSync(`content/offers/de/${f}`, 'utf8').split(/^---$/m)[1] ?? '') }))
);
/**
 * The UI dictionary of a language (src/i18n/ui/<code>.json).
 * @param {string} code
 * @returns {typeof import('../../src/i18n/ui/de.json')}
 */
const dict = (code) => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'));
/**
 * The Pagefind filters of a page: name → values.
 * @param {Document} doc
 */
const filtersOf = (doc) => {
  /** @type {Record<string, string[]>} */
  const out = {};
  for (const el of doc.querySelectorAll('[data-pagefind-filter]')) {
    const spec = el.getAttribute('data-pagefind-filter') ?? '';
    const i = spec.indexOf(':');
    (out[spec.slice(0, i)] ??= []).push(spec.slice(i + 1));
  }
  return out;
};

test('there are example offers and real entries; every real entry names its source and when it was checked', () => {
  assert.ok(
    offers.some((o) => o.sample),
    'examples',
  );
  const real = offers.filter((o) => !o.sample);
  assert.ok(real.length >= 31, 'real entries: the contact points, Deutsch4U and the vhs-Lernportal');
  for (const o of real) {
    assert.match(o.source ?? '', /^https:\/\//, `${o.id}: source`);
    for (const code of ['de', 'ar']) {
      const p = load(`${code}/angebote/${o.id}/index.html`).querySelector('main [data-offer-source]');
      assert.ok(p?.querySelector(`a[href="${o.source}"]`) && p.querySelector('time[datetime]'), `${code}/${o.id}: source and date shown`);
    }
  }
});

test('every offer has a page in every language with the example badge and the original title', () => {
  for (const l of locales) {
    const t = dict(l.code);
    for (const o of offers) {
      const doc = load(`${l.code}/angebote/${o.id}/index.html`);
      const main = doc.querySelector('main');
      assert.ok(main, `${l.code}/${o.id}: main`);
      // The example notice on examples, and only there.
      assert.equal(main.textContent.includes(t['offers.sampleNotice']), Boolean(o.sample), `${l.code}/${o.id}: example notice`);
      if (l.code !== 'de') {
        const original = [...main.querySelectorAll('span[lang="de"]')].find((s) => s.textContent === o.title);
        assert.ok(original, `${l.code}/${o.id}: original German title`);
      }
      const script = doc.querySelector('script[type="application/ld+json"]');
      assert.ok(script, `${l.code}/${o.id}: JSON-LD`);
      const jsonLd = /** @type {{ '@type': string }} */ (JSON.parse(script.textContent));
      assert.ok(['Course', 'Event'].includes(jsonLd['@type']), `${l.code}/${o.id}: JSON-LD type`);
    }
  }
});

test('search filters of every offer page match the offer data, in the page language', () => {
  for (const code of ['de', 'ar', 'ti']) {
    const t = dict(code);
    for (const o of offers) {
      const f = filtersOf(load(`${code}/angebote/${o.id}/index.html`));
      assert.deepEqual(f.type, [t[`offers.type.${o.type}`]], `${code}/${o.id}: type`);
      // An unknown fee is no cost value (the page says "ask the provider").
      assert.deepEqual(
        f.cost ?? [],
        o.feeEuro === undefined ? [] : [o.feeEuro === 0 ? t['offers.cost.free'] : t['offers.cost.paid']],
        `${code}/${o.id}: cost`,
      );
      assert.deepEqual(f.childcare ?? [], o.childcare ? [t['offers.childcare']] : [], `${code}/${o.id}: childcare`);
      assert.deepEqual(f.women ?? [], o.womenOnly ? [t['offers.womenOnly']] : [], `${code}/${o.id}: women only`);
      assert.deepEqual(
        f.time ?? [],
        (o.timesOfDay ?? []).map((x) => t[`offers.time.${x}`]),
        `${code}/${o.id}: time`,
      );
      assert.deepEqual(
        f.level ?? [],
        (o.levels ?? []).filter((l) => l !== 'literacy'),
        `${code}/${o.id}: levels`,
      );
      assert.equal((f.help ?? []).length, (o.helpLanguages ?? []).length, `${code}/${o.id}: help languages`);
      // A statewide offer is open to everyone: it is listed under every region.
      assert.equal(f.region?.length, o.statewide ? 33 : 1, `${code}/${o.id}: region`);
    }
  }
});

test('without JavaScript the lists by region and by type reach every offer, in every language', () => {
  /** @param {Element | null | undefined} el */
  const linksIn = (el) => {
    assert.ok(el, 'element not found');
    return [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  };
  /**
   * @param {Element | null | undefined} el
   * @param {string} code
   */
  const offerLinks = (el, code) => new Set(linksIn(el).filter((h) => h.startsWith(`/${code}/angebote/`) && h.split('/').length === 5));
  for (const l of locales) {
    const index = load(`${l.code}/angebote/index.html`);
    assert.ok(index.querySelector('#finder[hidden]'), `${l.code}: finder hidden until its script runs`);
    // By region: index → region page (#angebote) → every offer of the region.
    const viaRegion = new Set();
    for (const href of linksIn(index.querySelector('#by-region')?.parentElement)) {
      const [path = '', hash] = href.split('#');
      assert.equal(hash, 'angebote', `${l.code}: region link ${href}`);
      const region = load(`${path.slice(1)}index.html`);
      for (const h of offerLinks(region.querySelector('main'), l.code)) viaRegion.add(h);
    }
    // By type: index → type page → region page section #type-<type> → every offer of that type.
    const viaType = new Set();
    for (const href of linksIn(index.querySelector('#by-type')?.parentElement)) {
      const typePage = load(`${href.slice(1)}index.html`);
      for (const regionHref of linksIn(typePage.querySelector('main ul.grid'))) {
        const [path = '', hash = ''] = regionHref.split('#');
        const section = load(`${path.slice(1)}index.html`).getElementById(hash)?.parentElement;
        for (const h of offerLinks(section, l.code)) viaType.add(h);
      }
    }
    for (const o of offers) {
      assert.ok(viaRegion.has(`/${l.code}/angebote/${o.id}/`), `${l.code}: by region reaches ${o.id}`);
      assert.ok(viaType.has(`/${l.code}/angebote/${o.id}/`), `${l.code}: by type reaches ${o.id}`);
    }
  }
});

test('offers not checked for 12 months show a prominent notice with the date, in every language', () => {
  const limit = new Date();
  limit.setUTCMonth(limit.getUTCMonth() - 12);
  const stale = offers.filter((o) => new Date(o.lastChecked) < limit);
  assert.ok(stale.length > 0, 'the examples include stale offers');
  for (const l of locales) {
    for (const o of offers) {
      const notice = load(`${l.code}/angebote/${o.id}/index.html`).querySelector('main [data-stale]');
      assert.equal(Boolean(notice), stale.includes(o), `${l.code}/${o.id}`);
      if (notice) assert.equal(notice.querySelector('time')?.getAttribute('datetime'), new Date(o.lastChecked).toISOString().slice(0, 10));
    }
  }
});

test('every example offer page, in every language, shows a complete and plainly fictional way to get in touch', () => {
  for (const l of locales) {
    for (const o of offers.filter((x) => x.sample)) {
      const main = load(`${l.code}/angebote/${o.id}/index.html`).querySelector('main');
      assert.ok(main, `${l.code}/${o.id}: main`);
      const hrefs = [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
      const tel = hrefs.filter((h) => h.startsWith('tel:'));
      const mail = hrefs.filter((h) => h.startsWith('mailto:'));
      // The map link is generated from the (invented) street: OpenStreetMap's search, not a contact.
      const web = hrefs.filter((h) => /^https?:/.test(h) && !h.startsWith('https://www.openstreetmap.org/search?'));
      assert.ok(tel.length > 0 && mail.length > 0, `${l.code}/${o.id}: a phone number and an e-mail address`);
      // Dialable (digits and +) and from the Bundesnetzagentur's range for fictional numbers.
      for (const h of tel) assert.match(h, /^tel:(\+4969|069)90009\d{3}$/, `${l.code}/${o.id}: ${h}`);
      for (const h of mail) assert.match(h, /^mailto:[^@\s]+@example\.(org|com)$/, `${l.code}/${o.id}: ${h}`);
      for (const h of web.filter((x) => !x.startsWith('http://localhost')))
        assert.match(new URL(h).hostname, /(^|\.)example\.(org|com)$/, `${l.code}/${o.id}: ${h}`);
      for (const a of main.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]'))
        assert.equal(a.closest('[dir="ltr"]') !== null, true, `${l.code}/${o.id}: ${a.getAttribute('href')} reads left to right`);
    }
  }
});

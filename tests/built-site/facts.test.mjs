// The facts of the programme, checked on the built site and the content data:
// the 33 regions, their contacts, and the required parts of the legal pages (German and Arabic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { isStale } from '../../src/lib/content/freshness.ts';
import { assertBuilt, load } from './helpers.mjs';

assertBuilt();
/**
 * @typedef {{ id: string, name: string, kind: string, seat: string, district: string, kindSince?: string, previousKind?: string, changeSource?: string }} Region
 * @typedef {{ id: string, name: string, kind: string, region?: string, email?: string, phone?: string, website?: string, lastChecked: string, pageMayBeOld?: boolean }} Contact
 */
/**
 * Every YAML file of a folder, parsed, with its file name as `id`.
 * @param {string} dir
 * @returns {{ id: string }[]}
 */
const yamlDir = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`${dir}/${f}`, 'utf8')) }));
const regions = /** @type {Region[]} */ (yamlDir('content/regions'));
const contacts = /** @type {Contact[]} */ (yamlDir('content/contacts'));
/**
 * The UI dictionary of a language (src/i18n/ui/<code>.json).
 * @param {string} code
 * @returns {typeof import('../../src/i18n/ui/de.json')}
 */
const dict = (code) => JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8'));
/**
 * An element's text with whitespace collapsed; fails when the element was not found.
 * @param {Element | null} el
 */
const text = (el) => {
  assert.ok(el, 'element not found');
  return el.textContent.replace(/\s+/g, ' ').trim();
};

test('there are 33 WIR regions: 21 Landkreise, 6 kreisfreie Städte, 6 Sonderstatusstädte', () => {
  /** @param {string} kind */
  const count = (kind) => regions.filter((r) => r.kind === kind).length;
  assert.equal(regions.length, 33);
  assert.deepEqual([count('landkreis'), count('kreisfreie-stadt'), count('sonderstatusstadt')], [21, 6, 6]);
});

test('Hanau is a kreisfreie Stadt since 1 January 2026, with the change and its source shown', () => {
  const hanau = regions.find((r) => r.id === 'stadt-hanau');
  assert.ok(hanau, 'content/regions/stadt-hanau.yaml');
  assert.equal(hanau.kind, 'kreisfreie-stadt');
  assert.equal(hanau.previousKind, 'sonderstatusstadt');
  assert.equal(new Date(hanau.kindSince ?? '').toISOString().slice(0, 10), '2026-01-01');
  for (const code of ['de', 'ar']) {
    const main = load(`${code}/regionen/stadt-hanau/index.html`).querySelector('main');
    assert.ok(main, code);
    assert.ok(text(main).includes(dict(code)['regions.kind.kreisfreie-stadt']), code);
    assert.ok(main.querySelector(`a[href="${hanau.changeSource}"]`), `${code}: source link`);
  }
});

test('every region has a seat and a Regierungsbezirk, and a page in every language listing it', () => {
  for (const r of regions) {
    assert.ok(r.seat, `${r.id}: seat`);
    assert.ok(['Darmstadt', 'Gießen', 'Kassel'].includes(r.district), `${r.id}: district`);
  }
  for (const l of locales) {
    const overview = load(`${l.code}/regionen/index.html`);
    for (const r of regions) {
      assert.ok(overview.querySelector(`a[href="/${l.code}/regionen/${r.id}/"]`), `${l.code}: overview links ${r.id}`);
    }
    // A to Z by place name (without "Landkreis", "Stadt", "-Kreis"), the kind and Regierungsbezirk beside each.
    const items = [...overview.querySelectorAll('[data-region-list] > li')];
    assert.equal(items.length, regions.length, `${l.code}: one item per region`);
    const names = items.map((li) => text(li.querySelector('a')));
    assert.deepEqual(names, [...names].sort(new Intl.Collator(l.lang).compare), `${l.code}: sorted by place name`);
    assert.ok(
      names.includes('Offenbach am Main') && names.includes('Offenbach') && names.includes('Main-Kinzig'),
      `${l.code}: place names`,
    );
    for (const li of items) {
      const r = regions.find((x) => li.querySelector(`a[href="/${l.code}/regionen/${x.id}/"]`));
      assert.ok(r, `${l.code}: ${text(li)}`);
      const t = /** @type {Record<string, string>} */ (dict(l.code));
      assert.ok(text(li).includes(t[`regions.kind.${r.kind}`] ?? '?'), `${l.code}: ${r.id} shows its kind`);
      assert.ok(
        text(li).includes((t['regions.district'] ?? '').replace('{{name}}', r.district)),
        `${l.code}: ${r.id} shows its Regierungsbezirk`,
      );
    }
  }
});

test('every region page names its contact point with its kind and source; none is invented', () => {
  for (const code of ['de', 'ar', 'ti']) {
    const t = dict(code);
    for (const r of regions) {
      const help = load(`${code}/regionen/${r.id}/index.html`).querySelector('main #ansprechstelle');
      assert.ok(help, `${code}/${r.id}`);
      const own = contacts.filter((c) => c.region === r.id);
      assert.equal(own.length, 1, `${r.id}: one contact point entry (the WIR-Vielfaltszentrum or the integration office)`);
      for (const c of own) {
        const card = /** @type {Element | null} */ (help.querySelector(`[data-contact="${c.id}"]`));
        assert.ok(card, `${code}/${r.id}: contact ${c.name}`);
        assert.equal(text(card.querySelector('h3')), c.name, `${code}/${r.id}: its name, in German`);
        const kind = /** @type {Record<string, string>} */ (t)[`contacts.kind.${c.kind}`] ?? '';
        assert.ok(kind && text(card).includes(kind), `${code}/${r.id}: its kind in the page's language`);
      }
    }
  }
  // Nothing invented: no contact point carries an e-mail address, a phone number or a person (the sources link the offices' own pages).
  for (const c of contacts) assert.deepEqual([c.email, c.phone], [undefined, undefined], c.id);
  assert.ok(!contacts.some((c) => /ministerium@|hsm\.hessen/.test(JSON.stringify(c))), 'the 2014 ministry address is gone');
});

test('the Impressum and the accessibility statement name the operator from the site setting, or say it is not entered; no 2014 address', () => {
  for (const l of locales) {
    for (const slug of ['impressum', 'barrierefreiheit']) {
      const main = load(`${l.code}/${slug}/index.html`).querySelector('main');
      assert.ok(main, `${l.code}/${slug}`);
      const operator = main.querySelector('#betreiber');
      assert.ok(operator, `${l.code}/${slug}: the operator block`);
      // SITE_OPERATOR is not set for the tests: the page says so, plainly, in its language.
      assert.equal(text(operator.querySelector('[data-operator-unset]')), dict(l.code)['operator.unset'], `${l.code}/${slug}`);
      assert.ok(main.querySelector('a[href="#betreiber"]'), `${l.code}/${slug}: the text points to it`);
      assert.ok(!main.querySelector('a[href^="mailto:"]'), `${l.code}/${slug}: no unchecked e-mail address`);
      assert.ok(!/hsm\.hessen\.de|\bTMG\b|TTDSG/.test(text(main)), `${l.code}/${slug}: no 2014 address, no outdated law`);
    }
  }
  const de = text(load('de/impressum/index.html').querySelector('main'));
  for (const part of ['Das Landesprogramm WIR', 'September 2014', 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales']) {
    assert.ok(de.includes(part), `de: ${part}`);
  }
  const ar = load('ar/impressum/index.html');
  assert.ok(text(ar.querySelector('main')).includes(dict('ar')['page.legalAuthoritative']), 'ar: German text is binding');
});

test('the accessibility statement has status, barriers, date and method, feedback and enforcement', () => {
  const de = load('de/barrierefreiheit/index.html').querySelector('main');
  const all = text(de);
  for (const part of ['teilweise barrierefrei', 'Gebärdensprache', '25. November 2026', 'Selbstbewertung', 'WCAG 2.1']) {
    assert.ok(all.includes(part), `de: ${part}`);
  }
  for (const code of ['de', 'ar']) {
    const main = load(`${code}/barrierefreiheit/index.html`).querySelector('main');
    assert.ok(main, code);
    assert.ok(main.querySelector('a[href="#betreiber"]') && main.querySelector('#betreiber'), `${code}: feedback to the operator`);
    assert.ok(
      main.querySelector('a[href="https://lbit.hessen.de/Durchsetzungs-und-Ueberwachungsstelle/Durchsetzungsverfahren-beantragen"]'),
      `${code}: enforcement procedure link`,
    );
    assert.ok(main.querySelectorAll('h2').length >= 5, `${code}: sections`);
  }
});

test('the sign-language page says honestly that no video exists yet, and embeds none', () => {
  for (const l of locales) {
    const main = load(`${l.code}/gebaerdensprache/index.html`).querySelector('main');
    assert.ok(main, l.code);
    assert.equal(main.querySelectorAll('video, iframe').length, 0, l.code);
  }
  assert.ok(text(load('de/gebaerdensprache/index.html').querySelector('main')).includes('Diese Videos gibt es noch nicht.'));
});

test('the Leichte Sprache start page covers the four explanations BITV 2.0 § 4 requires', () => {
  const main = load('de/leichte-sprache/index.html').querySelector('main');
  assert.ok(main);
  const headings = [...main.querySelectorAll('h2')].map(text);
  assert.deepEqual(headings, [
    'Was ist auf dieser Internet-Seite?',
    'So finden Sie sich zurecht',
    'Barriere-Freiheit: Das Wichtigste',
    'Mehr in Leichter Sprache',
  ]);
  for (const href of ['../leichte-sprache-programm/', '../leichte-sprache-deutschkurs/', '../barrierefreiheit/']) {
    assert.ok(main.querySelector(`a[href="${href}"]`), href);
  }
});

test('machine translations are labelled for readers in their language', () => {
  const ar = load('ar/programm/index.html');
  assert.ok(text(ar.querySelector('main')).includes(dict('ar')['translation.machine']));
  const offer = load('ti/angebote/deutsch-fuer-muetter-frankfurt-gallus/index.html');
  assert.ok(text(offer.querySelector('main')).includes(dict('ti')['translation.machine']), 'offer description');
  assert.ok(!text(load('de/programm/index.html').querySelector('main')).includes(dict('de')['translation.machine']));
});

test("the editors' translation status page matches the content, and is not public", () => {
  const doc = load('redaktion/uebersetzungen/index.html');
  assert.ok(doc.querySelector('meta[name="robots"][content="noindex"]'));
  assert.equal(doc.querySelector('[data-pagefind-body]'), null, 'not in the search index');
  assert.ok(!readFileSync('dist/sitemap-0.xml', 'utf8').includes('/redaktion/'), 'not in the sitemap');
  for (const l of locales.filter((x) => x.code !== 'de')) {
    const files = ['content/pages', 'content/focus-areas', 'content/offers'].flatMap((d) => {
      try {
        return readdirSync(`${d}/${l.code}`);
      } catch {
        return [];
      }
    });
    const german = ['content/pages', 'content/focus-areas', 'content/offers'].flatMap((d) =>
      readdirSync(`${d}/de`).map((f) => ({ d, f, de: readFileSync(`${d}/de/${f}`, 'utf8') })),
    );
    const expected = german.filter((g) => !/^translate: false$/m.test(g.de)).length;
    const row = doc.querySelector(`#summary tr[data-locale="${l.code}"]`);
    assert.ok(row, `${l.code}: summary row`);
    const cells = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
    const [upToDate, outdated, missing] = /** @type {[number, number, number]} */ (cells);
    assert.equal(upToDate + outdated, files.length, `${l.code}: translations counted`);
    assert.equal(upToDate + outdated + missing, expected, `${l.code}: expected items`);
    // The share shown in German: missing translations and the German-only pages, of all items.
    assert.equal(cells[5], Math.ceil(((missing + german.length - expected) * 100) / german.length), `${l.code}: % auf Deutsch`);
  }
});

test('contact points show the date they were checked, flagged when older than 12 months, and a notice on pages seen old', () => {
  for (const code of ['de', 'ar']) {
    for (const c of contacts.filter((x) => x.region)) {
      const card = load(`${code}/regionen/${c.region}/index.html`).querySelector(`main [data-contact="${c.id}"]`);
      assert.equal(card?.querySelector('time[datetime]')?.getAttribute('datetime'), String(c.lastChecked), `${code}/${c.id}: dated`);
      assert.equal(
        Boolean(card?.querySelector('[data-stale]')),
        isStale(new Date(String(c.lastChecked))),
        `${code}/${c.id}: flagged when stale`,
      );
      assert.equal(Boolean(card?.querySelector('[data-page-old]')), c.pageMayBeOld === true, `${code}/${c.id}: old page notice`);
    }
  }
  assert.ok(
    contacts.some((c) => c.pageMayBeOld),
    'some pages were seen old (research: Main-Kinzig, Darmstadt, Landkreis Fulda)',
  );
});

test("the finder's list by region, its region filter and the type pages list regions A to Z by place name, with the kind", () => {
  for (const l of locales.filter((x) => ['de', 'ar', 'ti'].includes(x.code))) {
    const t = /** @type {Record<string, string>} */ (dict(l.code));
    const collator = new Intl.Collator(l.lang);
    const finder = load(`${l.code}/angebote/index.html`);
    const lists = {
      'finder, by region': [...finder.querySelectorAll('#by-region + ul > li')],
      'type page': [...load(`${l.code}/angebote-nach-art/german-course/index.html`).querySelectorAll('main ul > li')],
    };
    for (const [where, items] of Object.entries(lists)) {
      assert.ok(items.length > 5, `${l.code} ${where}: regions listed`);
      const names = items.map((li) => text(li.querySelector('a')));
      assert.deepEqual(names, [...names].sort(collator.compare), `${l.code} ${where}: A to Z by place name`);
      assert.ok(!names.some((n) => /^(Landkreis|Stadt) /.test(n)), `${l.code} ${where}: place names without the kind`);
      assert.ok(
        items.every((li) => Object.keys(t).some((k) => k.startsWith('regions.kind.') && text(li).includes(t[k] ?? '?'))),
        `${l.code} ${where}: kind beside each`,
      );
    }
    const filter = [...finder.querySelectorAll('input[name="region"]')].map((i) =>
      text(/** @type {Element} */ (i.closest('label')).querySelector('span span')),
    );
    assert.deepEqual(filter, [...filter].sort(collator.compare), `${l.code}: the region filter A to Z by place name`);
  }
});

import { describe, expect, it } from 'vitest';
import { offerFactsSchema } from '../../content.config.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { LEVELS, OFFER_TYPES, TIMES_OF_DAY } from '../content/enums.ts';
import {
  cardFactItems,
  cardFacts,
  factRowIcons,
  FILTER_NAMES,
  FILTERS,
  OFFER_COLUMNS,
  offerFactRows,
  offerFilters,
  offerFilterKeys,
  YES,
  offerJsonLd,
  mapHref,
  plainDescription,
  phoneText,
  takePart,
  telHref,
  type OfferFacts,
} from './model.ts';

const facts = (data: Record<string, unknown>): OfferFacts =>
  offerFactsSchema.parse({ region: 'stadt-giessen', lastChecked: '2026-11-01', ...data });
const ctx = (code: 'de' | 'ar' | 'fa', regionName = 'Landkreis Gießen') => ({ t: useTranslations(code), lang: code, regionName });
const offer = facts({
  type: 'german-course',
  municipality: 'Gießen',
  provider: 'Bildungswerk (Beispiel)',
  levels: ['A1', 'literacy'],
  feeEuro: 0,
  childcare: true,
  womenOnly: false,
  timesOfDay: ['morning'],
  weekdays: ['mon', 'wed'],
  timeFrom: '09:00',
  timeTo: '11:30',
  venue: 'Familienzentrum (Beispiel)',
  stepFree: true,
  helpLanguages: ['ar', 'fa'],
  targetGroups: ['no-integration-course'],
  registration: ['none'],
});
const value = (rows: { id: string; value: string }[], id: string) => rows.find((r) => r.id === id)?.value;

describe('offerFactRows', () => {
  it('renders every fact in German', () => {
    const rows = offerFactRows(offer, ctx('de'));
    expect(rows.map((r) => r.id)).toEqual([
      'type',
      'place',
      'access',
      'provider',
      'levels',
      'cost',
      'childcare',
      'women-only',
      'target-groups',
      'time',
      'weekdays',
      'hours',
      'dates',
      'help-languages',
    ]);
    expect(value(rows, 'levels')).toBe('A1 und Alphabetisierung');
    expect(value(rows, 'cost')).toBe('Kostenlos');
    expect(value(rows, 'weekdays')).toBe('Montag und Mittwoch');
    expect(value(rows, 'hours')).toBe('9:00 – 11:30');
    expect(value(rows, 'dates')).toBe('Laufend, Einstieg jederzeit');
    expect(value(rows, 'help-languages')).toBe('Arabisch und Persisch');
    expect(rows.filter((r) => r.german).map((r) => r.id)).toEqual(['place', 'provider']);
  });

  it('renders values in the page language, not German', () => {
    const t = useTranslations('ar');
    const rows = offerFactRows(
      { ...offer, feeEuro: 25, startDate: new Date('2027-02-01'), endDate: new Date('2027-06-30') },
      ctx('ar', 'X'),
    );
    expect(value(rows, 'type')).toBe(t('offers.type.german-course'));
    expect(value(rows, 'weekdays')).toContain('الاثنين');
    expect(value(rows, 'cost')).toMatch(/€/);
    expect(value(rows, 'dates')).toMatch(/فبراير/);
    for (const row of rows.filter((r) => !r.german)) expect(row.value, row.id).not.toMatch(/Montag|Kostenlos|Deutschkurs/);
  });

  it('leaves out facts that are not given', () => {
    const rows = offerFactRows(
      {
        ...offer,
        levels: [],
        weekdays: [],
        timeFrom: undefined,
        venue: undefined,
        stepFree: undefined,
        helpLanguages: [],
        registration: [],
      },
      ctx('de', 'X'),
    );
    expect(rows.map((r) => r.id)).not.toContain('levels');
    expect(rows.map((r) => r.id)).not.toContain('access');
    expect(rows.map((r) => r.id)).not.toContain('hours');
  });
});

describe('contact facts', () => {
  const withContact = facts({
    ...offer,
    street: 'Musterweg 12',
    postcode: '35390',
    phone: '0641 99999999',
    email: 'kurs@example.org',
    website: 'https://example.org/kurs',
    registrationUrl: 'https://example.org/anmeldung',
  });
  it('shows address, phone, e-mail, web page and registration link in "How to take part", the links with their schemes', () => {
    const info = takePart({ ...withContact, registration: ['phone', 'link'] }, ctx('fa'));
    expect(info.place).toEqual({
      kind: 'address',
      venue: 'Familienzentrum (Beispiel)',
      street: 'Musterweg 12',
      postcodeTown: '35390 Gießen',
      mapHref: 'https://www.openstreetmap.org/search?query=Musterweg%2012%2C%2035390%20Gie%C3%9Fen',
    });
    const row = (id: string) => info.contact.find((r) => r.id === id);
    expect(row('phone')).toMatchObject({ value: '0641\u00A099999999', href: 'tel:064199999999' });
    expect(row('email')).toMatchObject({ href: 'mailto:kurs@example.org' });
    expect(row('website')).toMatchObject({ href: 'https://example.org/kurs' });
    expect(info.registerFirst).toBe(true);
    expect(info.ways.map((w) => [w.method, w.link?.href])).toEqual([
      ['phone', 'tel:064199999999'],
      ['link', 'https://example.org/anmeldung'],
    ]);
    expect(info.ways[1]!.label).toBe(useTranslations('fa')('offers.registration.link'));
    // Facts shown in "How to take part" are not repeated in the facts list.
    const ids = offerFactRows(withContact, ctx('fa')).map((r) => r.id);
    for (const id of ['venue', 'address', 'phone', 'email', 'website', 'registration']) expect(ids).not.toContain(id);
  });
  it('says "just come" without registration, and what to bring', () => {
    const info = takePart({ ...withContact, registration: ['none'], bring: ['id-document', 'writing-things'] }, ctx('de'));
    expect(info.registerFirst).toBe(false);
    expect(info.ways).toEqual([]);
    expect(info.bring).toEqual(['Ausweis oder Pass', 'Stift und Papier']);
  });
  it("says where an offer without a street is: on the provider's page, online, or all of Hessen", () => {
    expect(takePart({ ...offer, registration: ['website'], website: 'https://example.org/x' }, ctx('de')).place).toEqual({
      kind: 'on-website',
      venue: 'Familienzentrum (Beispiel)',
      town: 'Gießen',
    });
    expect(takePart({ ...withContact, online: true }, ctx('de')).place).toEqual({ kind: 'online' });
    const statewide = facts({ ...offer, region: undefined, municipality: undefined, statewide: true, registration: ['contact-point'] });
    expect(takePart(statewide, ctx('de')).place).toEqual({ kind: 'statewide' });
    expect(takePart(statewide, ctx('de')).ways).toEqual([
      { method: 'contact-point', label: 'Über die Ansprechstelle Ihrer Region', link: undefined },
    ]);
    // Neither "through the contact point" nor "the website says how" claims that one must register first.
    expect(takePart(statewide, ctx('de')).registerFirst).toBe(false);
    expect(takePart({ ...offer, registration: ['website'], website: 'https://example.org/x' }, ctx('de')).registerFirst).toBe(false);
    expect(takePart({ ...offer, registration: ['website', 'email'], email: 'a@example.org' }, ctx('de')).registerFirst).toBe(true);
  });
  it("links the address to OpenStreetMap's own search, nothing else", () => {
    expect(mapHref('Beispielweg 3, 65187 Wiesbaden')).toBe(
      'https://www.openstreetmap.org/search?query=Beispielweg%203%2C%2065187%20Wiesbaden',
    );
  });
  it('puts them into the JSON-LD: postal address, provider contact, registration URL', () => {
    const data = offerJsonLd(withContact, { title: 'T', description: 'D', url: 'https://x/de/angebote/t/', lang: 'de' }) as Record<
      string,
      any
    >;
    expect(data['hasCourseInstance'].location.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Musterweg 12',
      postalCode: '35390',
      addressLocality: 'Gießen',
      addressRegion: 'Hessen',
      addressCountry: 'DE',
    });
    expect(data['provider']).toEqual({
      '@type': 'Organization',
      name: offer.provider,
      url: 'https://example.org/kurs',
      telephone: '0641 99999999',
      email: 'kurs@example.org',
    });
    expect(data['offers']).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: 'https://example.org/anmeldung' });
  });
  it('gives no price when the fee is not known, and an online course a virtual location', () => {
    const online = offerJsonLd(facts({ ...withContact, feeEuro: undefined, online: true }), {
      title: 'T',
      description: 'D',
      url: 'https://x/de/angebote/t/',
      lang: 'de',
    }) as Record<string, any>;
    expect(online['offers']).toEqual({ '@type': 'Offer', url: 'https://example.org/anmeldung' });
    expect(online['hasCourseInstance']).toMatchObject({
      courseMode: 'online',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/kurs' },
    });
  });
  it('refuses web addresses that are not http(s)', () => {
    expect(offerFactsSchema.safeParse({ ...withContact, website: 'javascript:alert(1)' }).success).toBe(false);
    expect(offerFactsSchema.safeParse({ ...withContact, registrationUrl: 'data:text/html,x' }).success).toBe(false);
  });
});

describe('the offer card', () => {
  it('shows the same facts everywhere: type, place, step-free, levels, cost, childcare, women only, time, dates', () => {
    const line = cardFacts(facts({ ...offer, womenOnly: true, startDate: new Date('2027-02-03') }), ctx('de'));
    expect(line).toBe(
      'Deutschkurs · Gießen · Ohne Stufen erreichbar · A1 und Alphabetisierung · Kostenlos · Kinderbetreuung · Nur für Frauen · Vormittags · Beginn: 3. Februar 2027',
    );
    expect(cardFacts(facts({ ...offer, childcare: false }), ctx('de'))).not.toContain('Kinderbetreuung');
  });
  it('gives the card facts as items, each with its pictogram, the place marked German', () => {
    const items = cardFactItems(facts({ ...offer, womenOnly: true, timesOfDay: ['morning', 'evening'] }), ctx('fa'));
    expect(items).toEqual([
      { id: 'type', text: 'کلاس زبان آلمانی' },
      { id: 'place', text: 'Gießen', german: true },
      { id: 'access', text: 'بدون پله قابل دسترسی است', icon: 'step-free' },
      { id: 'levels', text: expect.stringContaining('A1'), icon: 'level' },
      { id: 'cost', text: 'رایگان', icon: 'free' },
      { id: 'childcare', text: 'نگهداری از کودکان', icon: 'childcare' },
      { id: 'women-only', text: 'فقط برای زنان', icon: 'women-only' },
      { id: 'time-morning', text: 'صبح‌ها', icon: 'morning' },
      { id: 'time-evening', text: 'شب‌ها', icon: 'evening' },
      { id: 'dates', text: expect.any(String) },
    ]);
    // The one line is the items' words.
    expect(cardFacts(facts({ ...offer, womenOnly: true, timesOfDay: ['morning', 'evening'] }), ctx('fa'))).toBe(
      items.map((i) => i.text).join(' · '),
    );
  });
  it('shows a pictogram only for a fact the offer has: no childcare, fee or steps, no icon', () => {
    const without = facts({ ...offer, childcare: false, womenOnly: false, stepFree: false, feeEuro: 40, levels: [], timesOfDay: [] });
    const items = cardFactItems(without, ctx('de'));
    expect(items.filter((i) => i.icon)).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(['type', 'place', 'cost', 'dates']);
    expect(cardFactItems(facts({ ...offer, stepFree: undefined, feeEuro: undefined }), ctx('de')).map((i) => i.icon)).not.toContain(
      'step-free',
    );
  });
  it('gives the offer page the pictograms of a row exactly when the offer has that fact', () => {
    expect(factRowIcons('childcare', offer)).toEqual(['childcare']);
    expect(factRowIcons('childcare', facts({ ...offer, childcare: false }))).toEqual([]);
    expect(factRowIcons('women-only', offer)).toEqual([]);
    expect(factRowIcons('women-only', facts({ ...offer, womenOnly: true }))).toEqual(['women-only']);
    expect(factRowIcons('cost', offer)).toEqual(['free']);
    expect(factRowIcons('cost', facts({ ...offer, feeEuro: 20 }))).toEqual([]);
    expect(factRowIcons('access', offer)).toEqual(['step-free']);
    expect(factRowIcons('access', facts({ ...offer, stepFree: false }))).toEqual([]);
    expect(factRowIcons('levels', offer)).toEqual(['level']);
    expect(factRowIcons('time', facts({ ...offer, timesOfDay: ['afternoon', 'weekend'] }))).toEqual(['afternoon', 'weekend']);
    expect(factRowIcons('provider', offer)).toEqual([]);
  });
});

describe('filters', () => {
  const kassel = facts({
    type: 'literacy-course',
    municipality: 'Kassel',
    provider: 'P',
    levels: ['literacy'],
    feeEuro: 0,
    childcare: true,
    womenOnly: true,
    timesOfDay: ['evening'],
    helpLanguages: ['ti', 'ar'],
  });
  it('give every filter its value in the page language', () => {
    const de = offerFilters(kassel, ctx('de', 'Stadt Kassel'));
    expect(Object.keys(de)).toEqual([...FILTER_NAMES]);
    expect(de).toMatchObject({
      type: ['Alphabetisierungskurs'],
      region: ['Stadt Kassel'],
      level: [],
      cost: ['Kostenlos'],
      childcare: ['Kinderbetreuung'],
      women: ['Nur für Frauen'],
      literacy: ['Alphabetisierung'],
      time: ['Abends'],
      help: ['Tigrinya', 'Arabisch'],
    });
    const fa = offerFilters({ ...kassel, childcare: false, feeEuro: 30 }, ctx('fa', 'Stadt Kassel'));
    expect(fa.cost).toEqual([useTranslations('fa')('offers.cost.paid')]);
    expect(fa.childcare).toEqual([]);
    expect(fa.help[1]).toBe('عربی');
  });
  it('have keys that are the same in every language, each labelled as the index value of that language', () => {
    const keysDe = offerFilterKeys(kassel, ctx('de', 'Stadt Kassel'));
    const keysFa = offerFilterKeys(kassel, ctx('fa', 'Stadt Kassel'));
    expect(keysFa).toEqual(keysDe);
    expect(keysDe).toMatchObject({ type: ['literacy-course'], cost: ['free'], childcare: [YES], time: ['evening'], help: ['ti', 'ar'] });
    for (const lang of ['de', 'fa'] as const) {
      const c = ctx(lang, 'Stadt Kassel');
      const labels = offerFilters(kassel, c);
      for (const name of FILTER_NAMES)
        expect(
          keysDe[name].map((k) => FILTERS[name].label(k, c)),
          name,
        ).toEqual(labels[name]);
    }
  });
  it('list a statewide offer under every region, and an unknown fee under no cost value', () => {
    const everywhere = offerFilters(facts({ ...offer, feeEuro: undefined }), {
      ...ctx('de', 'Ganz Hessen'),
      regionNames: ['Stadt Kassel', 'Landkreis Kassel'],
    });
    expect(everywhere.region).toEqual(['Stadt Kassel', 'Landkreis Kassel']);
    expect(everywhere.cost).toEqual([]);
  });
  it('are registered once each, with a legend, in the order of FILTER_NAMES', () => {
    expect(Object.keys(FILTERS)).toEqual([...FILTER_NAMES]);
    const t = useTranslations('de');
    const legends = FILTER_NAMES.map((n) => FILTERS[n].legend(t));
    expect(legends.slice(0, 3)).toEqual(['Art', 'Region', 'Niveau']);
    expect(new Set(legends).size, 'every legend differs').toBe(legends.length);
    for (const legend of legends) expect(legend).toMatch(/\S/);
    expect(FILTERS.type.order!({ t, lang: 'de' })).toHaveLength(OFFER_TYPES.length);
    expect(FILTERS.level.order!({ t, lang: 'de' })).toHaveLength(LEVELS.length);
    expect(FILTERS.time.order!({ t, lang: 'de' })).toHaveLength(TIMES_OF_DAY.length);
  });
});

describe('import columns', () => {
  it('name a schema field each, once, and the template lists exactly these columns', async () => {
    const { readFileSync } = await import('node:fs');
    const header = readFileSync('docs/angebote-vorlage.csv', 'utf8').trim().split(';');
    expect(header.filter((h) => h !== 'Kennung' && h !== 'Beschreibung').sort()).toEqual(OFFER_COLUMNS.map((c) => c.heading).sort());
    const fields = OFFER_COLUMNS.map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    const schemaFields = Object.keys(offerFactsSchema.shape);
    for (const f of fields) expect(f === 'title' || schemaFields.includes(f), f).toBe(true);
  });
});

describe('text helpers', () => {
  it('dial a number written with a national (0) after the country code without that 0', () => {
    expect(telHref('+49 (0) 611 99999999')).toBe('tel:+4961199999999');
    expect(telHref('0611 / 99 99-99')).toBe('tel:0611999999');
  });
  it('show a phone number with non-breaking spaces, so that a narrow screen never splits it', () => {
    expect(phoneText('069 90009 108')).toBe('069\u00A090009\u00A0108');
  });
  it('take the first paragraph of a description as plain text: link text without address, no tags', () => {
    expect(plainDescription('Ein *Kurs* mit [Anmeldung](https://example.org/a) und <b>Pause</b>.\n\nZweiter Absatz.')).toBe(
      'Ein Kurs mit Anmeldung und Pause.',
    );
  });
});

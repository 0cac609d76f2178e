import { describe, expect, it } from 'vitest';
import { OFFER_TYPES, SCHEMAS } from '../../content.config.ts';
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { checkContent } from './files.ts';
import { ContentError, formatFinding, MESSAGES, summary, type MessageLang } from './messages.ts';
import { checkRecords, type CollectionName, type ContentRecord } from './rules.ts';
import { germanTextHash } from './sourceHash.ts';

const run = (root: string, lang: MessageLang = 'de', today = new Date('2026-11-25')) =>
  checkContent({ root, defaultLocale, locales: localeCodes, lang, maxAgeMonths: 12, today });
const FIXTURE = 'tests/fixtures/content-check';

describe('content check', () => {
  const findings = run(FIXTURE);
  const lines = findings.map((f) => formatFinding(f, 'de'));
  const has = (text: string) => expect(lines.some((l) => l.includes(text)), `${text}\n${lines.join('\n')}`).toBe(true);

  it('explains an unknown value in German, with file, line, field and the allowed values', () => {
    has('Fehler: content/offers/de/giessen-frauenkurs.md, Zeile 7, Feld "levels (Eintrag 2)": "A3" ist kein gültiger Wert. Erlaubt sind: A1, A2, B1, B2, C1, literacy.');
  });

  it('finds problems beyond the schema', () => {
    has('ohne-region.md, Zeile 4, Feld "region": "atlantis" ist keine bekannte Region');
    has('ohne-region.md, Feld "municipality": Dieses Pflichtfeld fehlt: der Ort, an dem das Angebot stattfindet.');
    has('giessen-frauenkurs.md, Zeile 9, Feld "endDate": Das Enddatum liegt vor dem Startdatum.');
    has('ohne-kontakt.md, Feld "source": Bei einem echten Angebot fehlt die Quelle');
    has('ohne-kontakt.md, Feld "registration": Es fehlt, wie man teilnimmt.');
    has('Fehler: content/offers/de/ohne-kontakt.md: Das Angebot nennt keinen Weg, Kontakt aufzunehmen.');
    has('ohne-kontakt.md, Feld "street": Das Angebot findet vor Ort statt, nennt aber weder Adresse (street) noch Website');
    has('landesweit-mit-region.md, Zeile 4, Feld "region": Ein Angebot für ganz Hessen (statewide: true) hat keine Region und keinen Ort.');
    has('offers/fa/verwaist.md: Zu dieser Übersetzung gibt es kein deutsches Original.');
    has('Fehler: content/pages/de/seite zwei.md: Diese Datei ergäbe dieselbe Adresse wie content/pages/de/seite-zwei.md');
    has('Fehler: content/pages/de/Übersicht.md: Der Dateiname ist nicht erlaubt: Er wird Teil der Adresse und darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten. Bitte umbenennen, zum Beispiel in "uebersicht.md".');
    has('Fehler: content/pages/de/programmcode.mdx: MDX-Dateien (.mdx) sind nicht erlaubt: MDX kann beim Bauen Programmcode ausführen. Bitte die Datei in .md umbenennen');
    has('kaputt.yaml, Zeile 4, Feld "email": Bitte eine E-Mail-Adresse');
    has('kaputt.yaml, Zeile 6, Feld "lastChecked": "2026-13-01" ist kein Datum, das es gibt');
  });

  it('checks that translations record their German version and are marked when it changed', () => {
    has('Fehler: content/pages/en/seite.md, Feld "sourceHash": Es fehlt die Angabe, aus welcher deutschen Fassung übersetzt wurde. Bitte ausführen: npm run translations:stamp -- content/pages/en/seite.md');
    has('Fehler: content/pages/fa/seite.md, Zeile 5, Feld "sourceHash": Der deutsche Text (content/pages/de/seite.md) wurde geändert, nachdem diese Übersetzung entstanden ist.');
  });

  it('rejects script, event handlers and javascript: links in content', () => {
    has('seite.md, Zeile 6: Der Text enthält ein <script>-Element.');
    has('giessen-frauenkurs.md, Zeile 16: Das HTML-Element <img> ist in Texten nicht erlaubt.');
    has('giessen-frauenkurs.md, Zeile 16: Der Text enthält das Attribut onerror.');
    has('giessen-frauenkurs.md, Zeile 18: Der Text enthält einen Link mit "javascript:".');
  });

  it('checks internal links against the portal\'s pages', () => {
    has('ohne-region.md, Zeile 11: Der Link "../gibt-es-nicht/" führt zu keiner Seite');
    expect(lines.filter((l) => l.includes('pages/de/seite.md') && l.includes('führt zu keiner Seite'))).toEqual([]);
  });

  it('warns (not fails) about Arabic letters in Persian text and stale entries', () => {
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => formatFinding(f, 'de'));
    expect(warnings.some((w) => w.includes('verwaist.md') && w.includes('persisches ی und ک'))).toBe(true);
    expect(warnings.some((w) => w.includes('giessen-frauenkurs.md') && w.includes('seit mehr als 12 Monaten'))).toBe(true);
  });

  it('warns about the checkable rules of Leichte Sprache on its pages, with the line and the fix', () => {
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => formatFinding(f, 'de'));
    const onPage = warnings.filter((w) => w.includes('leichte-sprache-entwurf.md'));
    expect(onPage.some((w) => w.includes('Zeile 8') && w.includes('„Integrationskurs“ ist ein langes Wort'))).toBe(true);
    expect(onPage.some((w) => w.includes('Zeile 9') && w.includes('Bitte aktiv schreiben'))).toBe(true);
    expect(onPage).toHaveLength(2);
    // Pages in standard German are not held to those rules.
    expect(warnings.filter((w) => w.includes('pages/de/seite.md'))).toEqual([]);
  });

  it('lists every problem at once, errors first, with a summary', () => {
    expect(findings.length).toBeGreaterThanOrEqual(17);
    const firstWarning = findings.findIndex((f) => f.severity === 'warning');
    expect(findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true);
    expect(summary(findings, 'de')).toMatch(/^\d+ Fehler, \d+ Warnungen\.$/);
  });

  it('speaks English on request', () => {
    const en = run(FIXTURE, 'en').map((f) => formatFinding(f, 'en'));
    expect(en.some((l) => l.startsWith('Error: ') && l.includes('"A3" is not a valid value. Allowed: A1, A2, B1, B2, C1, literacy.'))).toBe(true);
  });

  it('reports the rules for offers only where a fixture breaks them', () => {
    // The other fixture offers are complete: each shows only the mistake it is about.
    const m = MESSAGES.de;
    const actionable: string[] = [m.regionRequired, m.statewideWithRegion, m.municipalityRequired, m.sourceRequired, m.noWayToContact, m.noRegistration, m.noAddress];
    const files = findings.filter((f) => actionable.includes(f.message)).map((f) => f.file);
    expect([...new Set(files)].sort()).toEqual([
      'content/offers/de/landesweit-mit-region.md',
      'content/offers/de/ohne-kontakt.md',
      'content/offers/de/ohne-region.md',
    ]);
    expect(findings.filter((f) => f.file === 'content/offers/de/ohne-region.md' && actionable.includes(f.message)).map((f) => f.field)).toEqual(['municipality']);
    expect(findings.filter((f) => f.file.startsWith('content/contacts')).map((f) => f.field)).toEqual(['email', 'lastChecked']);
  });

  it('finds no errors in the real content', () => {
    // Today, not the fixtures' date: real entries are checked up to today.
    expect(run('.', 'de', new Date()).filter((f) => f.severity === 'error').map((f) => formatFinding(f, 'de'))).toEqual([]);
  });
});

/** A record as the build passes it: parsed data, no file text. */
const rec = (collection: CollectionName, file: string, data: Record<string, unknown> = {}, body = ''): ContentRecord => {
  const [, locale, slug] = file.match(/^content\/[^/]+\/(?:([a-z]{2})\/)?(.+)\.(?:md|yaml)$/) ?? [];
  return { collection, file, locale, slug: slug ?? file, data, body, text: '', bodyStartLine: 1 };
};
const rules = (records: ContentRecord[], lang: MessageLang = 'de') =>
  checkRecords(records, { defaultLocale: 'de', locales: ['de', 'ar', 'en'], lang, today: new Date('2026-11-25'), maxAgeMonths: 12, offerTypes: OFFER_TYPES });
const region = rec('regions', 'content/regions/stadt-kassel.yaml', { name: 'Stadt Kassel' });
/** A complete example offer: a place, a way to take part, a way to get in touch and an address, all plainly fictional. */
const offer = rec('offers', 'content/offers/de/kurs.md', {
  title: 'Kurs',
  region: 'stadt-kassel',
  municipality: 'Kassel',
  registration: ['email'],
  email: 'kurs@example.org',
  street: 'Beispielweg 1',
  lastChecked: new Date('2026-11-01'),
  sample: true,
});
/** The state programme's contact point, which every set of contacts needs. */
const programme = rec('contacts', 'content/contacts/landesprogramm.yaml', {
  name: 'Landesprogramm',
  kind: 'state-programme',
  website: 'https://example.org/landesprogramm',
  lastChecked: new Date('2026-11-01'),
});

describe('content rules over records from the build', () => {
  it('report a translation without an original, an unknown region and a stale translation, in German', () => {
    const lines = rules([
      region,
      offer,
      rec('offerTranslations', 'content/offers/ar/kurs.md', { title: 'دورة', sourceHash: '000000000000' }),
      rec('offerTranslations', 'content/offers/ar/verwaist.md', { title: 'x' }),
      programme,
      rec('contacts', 'content/contacts/k.yaml', { kind: 'wir-vielfaltszentrum', region: 'atlantis', lastChecked: new Date('2026-01-01') }),
    ]).map((f) => formatFinding(f, 'de'));
    expect(lines).toEqual([
      'Fehler: content/contacts/k.yaml, Feld "region": "atlantis" ist keine bekannte Region. Verwenden Sie den Dateinamen einer Region aus content/regions/ (ohne .yaml), zum Beispiel stadt-kassel.',
      'Fehler: content/offers/ar/kurs.md, Feld "sourceHash": Der deutsche Text (content/offers/de/kurs.md) wurde geändert, nachdem diese Übersetzung entstanden ist. Bitte die Übersetzung anpassen und dann ausführen: npm run translations:stamp -- content/offers/ar/kurs.md. Oder `outdated: true` eintragen, dann sehen Leserinnen und Leser einen Hinweis.',
      'Fehler: content/offers/ar/verwaist.md: Zu dieser Übersetzung gibt es kein deutsches Original. Legen Sie zuerst content/offers/de/verwaist.md an oder benennen Sie die Datei wie ein vorhandenes deutsches Original.',
    ]);
  });

  it('say what a too small number must be, in the editors\' words', () => {
    const findings = checkRecords([region, { ...offer, data: { ...offer.data, type: 'german-course', municipality: 'Kassel', provider: 'P', feeEuro: -5 } }], {
      defaultLocale: 'de', locales: ['de'], lang: 'de', today: new Date('2026-11-25'), maxAgeMonths: 12, offerTypes: OFFER_TYPES, schemas: SCHEMAS,
    });
    expect(findings.filter((f) => f.file === offer.file).map((f) => `${f.field}: ${f.message}`)).toEqual(['feeEuro: Der Wert ist zu klein: mindestens 0.']);
  });

  it('require plainly fictional contacts on example offers, and refuse them on real ones', () => {
    const m = MESSAGES.de;
    const contacts = { phone: '069 90009 123', email: 'kurs@example.org', website: 'https://www.example.com/kurs', registrationPhone: '+49 69 90009 999' };
    const messages = (data: Record<string, unknown>) => rules([region, { ...offer, data: { ...offer.data, ...data } }]).map((f) => `${f.field}: ${f.message}`);
    // A real offer names the page its facts come from.
    const source = 'https://www.vhs-wiesbaden.de/kurse';
    expect(messages({ sample: true, ...contacts })).toEqual([]);
    expect(messages({ sample: true, phone: '0611 123456', email: 'info@vhs-wiesbaden.de', registrationUrl: 'https://example.org.evil.de/x' })).toEqual([
      `phone: ${m.examplePhone}`,
      `email: ${m.exampleAddress}`,
      `registrationUrl: ${m.exampleAddress}`,
    ]);
    expect(messages({ sample: false, source, ...contacts })).toEqual(Object.keys(contacts).map((k) => `${k}: ${m.realWithExample}`));
    expect(messages({ sample: false, source, phone: '0611 123456', email: undefined, website: 'https://www.vhs-wiesbaden.de/' })).toEqual([]);
  });

  it('accept consistent content', () => {
    const hash = germanTextHash(offer.data!, offer.body);
    expect(rules([region, offer, rec('offerTranslations', 'content/offers/ar/kurs.md', { title: 'دورة', sourceHash: hash })])).toEqual([]);
  });

  it('check internal links against every section of the route table, the type pages too', () => {
    const page = (body: string) => rec('pages', 'content/pages/de/seite.md', { title: 'S' }, body);
    expect(rules([region, offer, page('[Kurse](/de/angebote-nach-art/german-course/) [Kassel](../regionen/stadt-kassel/) [Kurs](/de/angebote/kurs/)')])).toEqual([]);
    const broken = rules([region, offer, page('[x](/de/angebote-nach-art/keine-art/)')]);
    expect(broken.map((f) => f.message)).toEqual(['Der Link "/de/angebote-nach-art/keine-art/" führt zu keiner Seite dieses Portals. Bitte die Adresse prüfen.']);
  });

  it('throw one German error listing every problem for the build, English on request', () => {
    const findings = rules([offer]);
    expect(new ContentError(findings).message).toMatch(/^Fehler im Inhalt \(1\); solange sie bestehen, wird nichts veröffentlicht:\n {2}- Fehler: content\/offers\/de\/kurs.md, Feld "region"/);
    expect(new ContentError(rules([offer], 'en'), 'en').message).toMatch(/^Invalid content \(1 problem\); nothing is published while they remain:\n {2}- Error: content\/offers\/de\/kurs.md, field "region"/);
  });
});

describe('what makes an offer something a person can act on', () => {
  const m = MESSAGES.de;
  /** The findings for `offer` changed by `data` (undefined removes a field), as "field: message". */
  const messages = (data: Record<string, unknown>, lang: MessageLang = 'de') =>
    rules([region, { ...offer, data: Object.fromEntries(Object.entries({ ...offer.data, ...data }).filter(([, v]) => v !== undefined)) }], lang).map(
      (f) => `${f.field}: ${f.message}`,
    );
  const noContact = { phone: undefined, email: undefined, website: undefined, registrationPhone: undefined, registrationEmail: undefined, registrationUrl: undefined };
  /** An offer for all of Hessen: no region, no town, its courses arranged by the region's contact point. */
  const statewide = { statewide: true, region: undefined, municipality: undefined, street: undefined, registration: ['contact-point'] };

  it('accepts the complete offer the other tests start from', () => {
    expect(messages({})).toEqual([]);
  });

  it('requires a region and a town, unless the offer is for all of Hessen', () => {
    expect(messages({ region: undefined })).toEqual([`region: ${m.regionRequired}`]);
    expect(messages({ municipality: undefined })).toEqual([`municipality: ${m.municipalityRequired}`]);
    expect(messages(statewide)).toEqual([]);
    expect(messages({ ...statewide, ...noContact })).toEqual([]);
  });

  it('refuses a region or a town on an offer for all of Hessen', () => {
    expect(messages({ ...statewide, region: 'stadt-kassel' })).toEqual([`region: ${m.statewideWithRegion}`]);
    expect(messages({ ...statewide, municipality: 'Kassel' })).toEqual([`municipality: ${m.statewideWithRegion}`]);
    // Once, on the region, when both are there.
    expect(messages({ ...statewide, region: 'stadt-kassel', municipality: 'Kassel' })).toEqual([`region: ${m.statewideWithRegion}`]);
  });

  it('requires the source of a real offer, not of an example', () => {
    const real = { sample: false, email: 'kurs@vhs-kassel.de' };
    expect(messages(real)).toEqual([`source: ${m.sourceRequired}`]);
    expect(messages({ ...real, source: 'https://www.vhs-kassel.de/kurs' })).toEqual([]);
    expect(messages({ sample: true, source: undefined })).toEqual([]);
  });

  it('requires a way to take part', () => {
    expect(messages({ registration: [] })).toEqual([`registration: ${m.noRegistration}`]);
    expect(messages({ registration: undefined })).toEqual([`registration: ${m.noRegistration}`]);
    expect(messages({ registration: ['none'] })).toEqual([]);
  });

  it('requires a way to get in touch, any one of the six contact fields', () => {
    expect(messages(noContact)).toEqual([`undefined: ${m.noWayToContact}`]);
    const one: Record<string, string> = {
      phone: '069 90009 123',
      email: 'kurs@example.org',
      website: 'https://example.org/kurs',
      registrationPhone: '069 90009 124',
      registrationEmail: 'anmeldung@example.org',
      registrationUrl: 'https://example.org/anmeldung',
    };
    for (const [field, value] of Object.entries(one)) expect(messages({ ...noContact, [field]: value }), field).toEqual([]);
    expect(messages({ ...noContact, phone: '' })).toEqual([`undefined: ${m.noWayToContact}`]);
  });

  it('lets an offer for all of Hessen be reached through the contact point of the region, and only that', () => {
    expect(messages({ ...statewide, ...noContact })).toEqual([]);
    expect(messages({ ...statewide, ...noContact, registration: ['phone'] })).toEqual([`undefined: ${m.noWayToContact}`]);
    // A local offer cannot send people to "the contact point of their region" alone.
    expect(messages({ ...noContact, registration: ['contact-point'] })).toEqual([`undefined: ${m.noWayToContact}`]);
  });

  it('requires an address or a website for an offer on site; online and statewide offers need neither', () => {
    expect(messages({ street: undefined })).toEqual([`street: ${m.noAddress}`]);
    expect(messages({ street: undefined, online: true })).toEqual([]);
    expect(messages({ street: undefined, website: 'https://example.org/kurs' })).toEqual([]);
    expect(messages({ ...statewide, street: undefined })).toEqual([]);
    expect(messages({ street: undefined, online: false })).toEqual([`street: ${m.noAddress}`]);
  });

  it('says all of it in English on request', () => {
    expect(messages({ region: undefined, registration: [], ...noContact, street: undefined, sample: false }, 'en')).toEqual([
      `region: ${MESSAGES.en.regionRequired}`,
      `source: ${MESSAGES.en.sourceRequired}`,
      `registration: ${MESSAGES.en.noRegistration}`,
      `undefined: ${MESSAGES.en.noWayToContact}`,
      `street: ${MESSAGES.en.noAddress}`,
    ]);
  });

  it('applies to the example offers too, and names the fields in the file with their lines', () => {
    const text = '---\ntitle: Kurs\nregion: stadt-kassel\nmunicipality: Kassel\nregistration: []\nsample: true\n---\n';
    const findings = rules([region, { ...offer, text, data: { ...offer.data, registration: [] } }]);
    expect(findings.map((f) => `${f.line}: ${f.field}`)).toEqual(['5: registration']);
  });
});

describe('regions and contact points', () => {
  const m = MESSAGES.de;
  const lines = (records: ContentRecord[]) => rules(records).map((f) => `${f.file} ${f.field}: ${f.message}`);
  const contact = (slug: string, data: Record<string, unknown>) =>
    rec('contacts', `content/contacts/${slug}.yaml`, { name: slug, source: 'https://example.org/quelle', lastChecked: new Date('2026-11-01'), ...data });

  it("requires the check date of a region's website", () => {
    const kassel = (data: Record<string, unknown>) => ({ ...region, data: { ...region.data, ...data } });
    expect(lines([kassel({ website: 'https://www.kassel.de' })])).toEqual([`content/regions/stadt-kassel.yaml lastChecked: ${m.regionWebsiteUnchecked}`]);
    expect(lines([kassel({ website: 'https://www.kassel.de', lastChecked: new Date('2026-11-01') })])).toEqual([]);
    expect(lines([kassel({})])).toEqual([]);
    // The check date is checked like every other: not in the future.
    expect(lines([kassel({ website: 'https://www.kassel.de', lastChecked: new Date('2027-01-01') })])).toEqual([
      `content/regions/stadt-kassel.yaml lastChecked: ${m.futureChecked}`,
    ]);
  });

  it('requires the region of a contact point, except for the state programme', () => {
    expect(lines([region, programme, contact('zentrum', { kind: 'wir-vielfaltszentrum' })])).toEqual([
      `content/contacts/zentrum.yaml region: ${m.contactRegionRequired}`,
    ]);
    expect(lines([region, programme, contact('amt', { kind: 'integration-office' })])).toEqual([`content/contacts/amt.yaml region: ${m.contactRegionRequired}`]);
    expect(lines([region, programme, contact('zentrum', { kind: 'wir-vielfaltszentrum', region: 'stadt-kassel' })])).toEqual([]);
  });

  it("requires the state programme's contact point, with its website, whenever there are contact points", () => {
    const kassel = contact('zentrum', { kind: 'wir-vielfaltszentrum', region: 'stadt-kassel' });
    expect(lines([region, kassel])).toEqual([`content/contacts undefined: ${m.noStateProgramme}`]);
    const { website: _website, ...withoutWebsite } = programme.data!;
    expect(lines([region, kassel, { ...programme, data: withoutWebsite }])).toEqual([`content/contacts undefined: ${m.noStateProgramme}`]);
    expect(lines([region, kassel, programme])).toEqual([]);
    // A set of records without contact points (the import checks only offers) needs none.
    expect(lines([region, offer])).toEqual([]);
  });
});

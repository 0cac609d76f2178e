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
    has('ohne-region.md, Feld "municipality": Dieses Pflichtfeld fehlt.');
    has('giessen-frauenkurs.md, Zeile 9, Feld "endDate": Das Enddatum liegt vor dem Startdatum.');
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
    has('giessen-frauenkurs.md, Zeile 13: Das HTML-Element <img> ist in Texten nicht erlaubt.');
    has('giessen-frauenkurs.md, Zeile 13: Der Text enthält das Attribut onerror.');
    has('giessen-frauenkurs.md, Zeile 15: Der Text enthält einen Link mit "javascript:".');
  });

  it('checks internal links against the portal\'s pages', () => {
    has('ohne-region.md, Zeile 8: Der Link "../gibt-es-nicht/" führt zu keiner Seite');
    expect(lines.filter((l) => l.includes('pages/de/seite.md') && l.includes('führt zu keiner Seite'))).toEqual([]);
  });

  it('warns (not fails) about Arabic letters in Persian text and stale entries', () => {
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => formatFinding(f, 'de'));
    expect(warnings.some((w) => w.includes('verwaist.md') && w.includes('persisches ی und ک'))).toBe(true);
    expect(warnings.some((w) => w.includes('giessen-frauenkurs.md') && w.includes('seit mehr als 12 Monaten'))).toBe(true);
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
const offer = rec('offers', 'content/offers/de/kurs.md', { title: 'Kurs', region: 'stadt-kassel', lastChecked: new Date('2026-11-01') });

describe('content rules over records from the build', () => {
  it('report a translation without an original, an unknown region and a stale translation, in German', () => {
    const lines = rules([
      region,
      offer,
      rec('offerTranslations', 'content/offers/ar/kurs.md', { title: 'دورة', sourceHash: '000000000000' }),
      rec('offerTranslations', 'content/offers/ar/verwaist.md', { title: 'x' }),
      rec('contacts', 'content/contacts/k.yaml', { region: 'atlantis', lastChecked: new Date('2026-01-01') }),
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
    expect(messages({ sample: true, ...contacts })).toEqual([]);
    expect(messages({ sample: true, phone: '0611 123456', email: 'info@vhs-wiesbaden.de', registrationUrl: 'https://example.org.evil.de/x' })).toEqual([
      `phone: ${m.examplePhone}`,
      `email: ${m.exampleAddress}`,
      `registrationUrl: ${m.exampleAddress}`,
    ]);
    expect(messages({ sample: false, ...contacts })).toEqual(Object.keys(contacts).map((k) => `${k}: ${m.realWithExample}`));
    expect(messages({ sample: false, phone: '0611 123456', website: 'https://www.vhs-wiesbaden.de/' })).toEqual([]);
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

import { describe, expect, it } from 'vitest';
import { contactSchema, focusAreaSchema, offerSchema, offerTranslationSchema, pageSchema, regionSchema } from '../../content.config.ts';
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { checkContent, formatFinding, summary, type MessageLang } from './contentCheck.ts';

const schemas = { page: pageSchema, focusArea: focusAreaSchema, region: regionSchema, contact: contactSchema, offer: offerSchema, offerTranslation: offerTranslationSchema };
const run = (root: string, lang: MessageLang = 'de') =>
  checkContent({ root, defaultLocale, locales: localeCodes, lang, maxAgeMonths: 12, today: new Date('2026-11-25'), schemas });
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
    has('pages/de/seite.mdx: Doppelter Name: content/pages/de/seite.md hat dieselbe Adresse');
    has('kaputt.yaml, Zeile 4, Feld "email": Bitte eine E-Mail-Adresse');
    has('kaputt.yaml, Zeile 6, Feld "lastChecked": Bitte ein Datum im Format JJJJ-MM-TT');
  });

  it('checks that translations record their German version and are marked when it changed', () => {
    has('Fehler: content/pages/en/seite.mdx, Feld "sourceHash": Es fehlt die Angabe, aus welcher deutschen Fassung übersetzt wurde. Bitte ausführen: npm run translations:stamp -- content/pages/en/seite.mdx');
    has('Fehler: content/pages/fa/seite.mdx, Zeile 5, Feld "sourceHash": Der deutsche Text (content/pages/de/seite.mdx) wurde geändert, nachdem diese Übersetzung entstanden ist.');
  });

  it('rejects script, event handlers and javascript: links in content', () => {
    has('seite.mdx, Zeile 6: Der Text enthält ein <script>-Element.');
    has('giessen-frauenkurs.md, Zeile 13: Der Text enthält das Attribut onerror.');
    has('giessen-frauenkurs.md, Zeile 15: Der Text enthält einen Link mit "javascript:".');
  });

  it('checks internal links against the portal\'s pages', () => {
    has('ohne-region.md, Zeile 8: Der Link "../gibt-es-nicht/" führt zu keiner Seite');
    expect(lines.filter((l) => l.includes('seite.mdx') && l.includes('führt zu keiner Seite'))).toEqual([]);
  });

  it('warns (not fails) about Arabic letters in Persian text and stale entries', () => {
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => formatFinding(f, 'de'));
    expect(warnings.some((w) => w.includes('verwaist.md') && w.includes('persisches ی und ک'))).toBe(true);
    expect(warnings.some((w) => w.includes('giessen-frauenkurs.md') && w.includes('seit mehr als 12 Monaten'))).toBe(true);
  });

  it('lists every problem at once, errors first, with a summary', () => {
    expect(findings.length).toBeGreaterThanOrEqual(14);
    const firstWarning = findings.findIndex((f) => f.severity === 'warning');
    expect(findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true);
    expect(summary(findings, 'de')).toMatch(/^\d+ Fehler, \d+ Warnungen\.$/);
  });

  it('speaks English on request', () => {
    const en = run(FIXTURE, 'en').map((f) => formatFinding(f, 'en'));
    expect(en.some((l) => l.startsWith('Error: ') && l.includes('"A3" is not a valid value. Allowed: A1, A2, B1, B2, C1, literacy.'))).toBe(true);
  });

  it('finds no errors in the real content', () => {
    expect(run('.').filter((f) => f.severity === 'error').map((f) => formatFinding(f, 'de'))).toEqual([]);
  });
});

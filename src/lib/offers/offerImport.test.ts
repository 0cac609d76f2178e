import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFER_TYPES, SCHEMAS } from '../../content.config.ts';
import { checkRecords, type ContentRecord } from '../content/rules.ts';
import { importVocabulary } from './importVocabulary.ts';
import { OFFER_COLUMNS } from './model.ts';
import { contentProblems, decodeCsv, importedRecord, importOffers, parseCsv, rowsToCheck } from './offerImport.ts';

const regions: ContentRecord[] = ['stadt-giessen', 'stadt-kassel'].map((id) => ({
  collection: 'regions',
  file: `content/regions/${id}.yaml`,
  slug: id,
  data: {},
  body: '',
  text: '',
  bodyStartLine: 1,
}));
/** The import as the script runs it: cells first, then the content rules on the imported offers. */
function run(bytes: Uint8Array) {
  const { offers, problems } = importOffers(parseCsv(decodeCsv(bytes)), importVocabulary());
  const checked = rowsToCheck({ offers, problems });
  const findings = checkRecords([...regions, ...checked.map(importedRecord)], {
    defaultLocale: 'de',
    locales: ['de'],
    lang: 'de',
    today: new Date('2026-11-25'),
    maxAgeMonths: 120,
    offerTypes: OFFER_TYPES,
    schemas: SCHEMAS,
  });
  return { offers, problems: [...problems, ...contentProblems(checked, findings, problems).filter((p) => p.severity === 'error')] };
}
const example = readFileSync('docs/angebote-beispiel.csv');
const header = readFileSync('docs/angebote-vorlage.csv', 'utf8').trim();

describe('spreadsheet import', () => {
  it('has German labels for every column of labels in the offer model', () => {
    const vocabulary = importVocabulary();
    for (const c of OFFER_COLUMNS.filter((c) => c.cell === 'label' || c.cell === 'labels')) {
      expect(vocabulary.labels[c.field]?.display.length, c.heading).toBeGreaterThan(0);
    }
  });

  it('imports the documented example without problems', () => {
    const { offers, problems } = run(example);
    expect(problems).toEqual([]);
    expect(offers.map((o) => o.slug)).toEqual(['import-beispiel-frauenkurs-giessen', 'import-beispiel-sprachcafe-kassel']);
    expect(offers[0]!.text).toContain('levels:\n  - A1');
    expect(offers[0]!.text).toContain('startDate: 2027-02-03');
    expect(offers[0]!.text).toContain('timeFrom: "09:00"');
    expect(offers[1]!.text).toContain('registration:\n  - none');
  });

  it('reads UTF-8 with BOM, Windows-1252 and comma-separated files identically', () => {
    const text = example.toString('utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), example]);
    const cp1252 = Buffer.from(text, 'latin1'); // ä, ö, ü, ß, „ are single bytes in Windows-1252
    const reference = run(example).offers.map((o) => o.text);
    expect(run(bom).offers.map((o) => o.text)).toEqual(reference);
    expect(decodeCsv(cp1252)).toBe(text.replace(/[„“]/g, (c) => c)); // sanity: same text back
    expect(run(cp1252).offers.map((o) => o.text)).toEqual(reference);
    const commas = parseCsv(text)
      .map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n');
    expect(run(Buffer.from(commas)).offers.map((o) => o.text)).toEqual(reference);
  });

  it('gives the same files for the same spreadsheet (a second import changes nothing)', () => {
    expect(run(example).offers).toEqual(run(example).offers);
  });

  it('lists every bad cell by row and column', () => {
    const rows = [
      header,
      'x1;Kurs A;Deutschkurs;stadt-giessen;Gießen;Träger (Beispiel);;;A3;0;vielleicht;nein;Vormittags;Mo;;;31.02.2027;;;;;15.11.2026;ja;Text',
      'x2;Kurs B;Tanzkurs;atlantis;Kassel;Träger (Beispiel);;;A1;abc;ja;nein;Nachts;Xy;;;01.03.2027;01.02.2027;;;;;ja;Text',
      'x3;Kurs C;Deutschkurs;stadt-kassel;Kassel;Träger (Beispiel);;;A1;0;ja;nein;Abends;Do;;;;;;;;01.11.2026;ja;Gut',
    ].join('\n');
    const { problems } = run(Buffer.from(rows));
    const cells = problems.map((p) => `${p.row}:${p.column}`);
    expect(cells).toEqual(
      expect.arrayContaining([
        '2:Niveau',
        '2:Kinderbetreuung',
        '2:Beginn',
        '3:Art',
        '3:Region',
        '3:Kosten in Euro',
        '3:Tageszeit',
        '3:Wochentage',
        '3:Ende',
        '3:Zuletzt geprüft',
      ]),
    );
    expect(problems.find((p) => p.row === 2 && p.column === 'Niveau')!.message).toBe(
      '„A3“ ist kein gültiger Wert für das Niveau. Erlaubt sind: A1; A2; B1; B2; C1; Alphabetisierung.',
    );
    expect(problems.filter((p) => p.row === 4)).toEqual([]);
    // Rules of the content check, not of the import: one message for the same mistake everywhere.
    expect(problems.find((p) => p.row === 3 && p.column === 'Region')!.message).toMatch(/^"atlantis" ist keine bekannte Region/);
    expect(problems.find((p) => p.row === 3 && p.column === 'Ende')!.message).toBe(
      'Das Enddatum liegt vor dem Startdatum. Bitte die Daten prüfen.',
    );
  });

  it('imports the contact fields of the offer model', () => {
    const headings = readFileSync('docs/angebote-vorlage.csv', 'utf8').trim().split(';');
    const values: Record<string, string> = {
      Titel: 'Kurs',
      Art: 'Deutschkurs',
      Region: 'stadt-kassel',
      Ort: 'Kassel',
      Anbieter: 'Träger (Beispiel)',
      'Zuletzt geprüft': '01.11.2026',
      Beispiel: 'ja',
      'Straße und Hausnummer': 'Beispielweg 1',
      PLZ: '34117',
      Telefon: '0561 99999999',
      'E-Mail': 'kurs@example.org',
      Webseite: 'https://example.org/kurs',
      'Anmeldung im Internet': 'https://example.org/anmeldung',
    };
    const { offers, problems } = run(Buffer.from(`${headings.join(';')}\n${headings.map((h) => values[h] ?? '').join(';')}\n`));
    expect(problems).toEqual([]);
    expect(offers[0]!.data).toMatchObject({
      street: 'Beispielweg 1',
      postcode: '34117',
      phone: '0561 99999999',
      email: 'kurs@example.org',
      website: 'https://example.org/kurs',
      registrationUrl: 'https://example.org/anmeldung',
    });
    const bad = run(Buffer.from(`${headings.join(';')}\n${headings.map((h) => (h === 'PLZ' ? '341' : (values[h] ?? ''))).join(';')}\n`));
    expect(bad.problems.map((p) => `${p.row}:${p.column}: ${p.message}`)).toEqual([
      '2:PLZ: Bitte eine fünfstellige Postleitzahl schreiben, zum Beispiel 65187.',
    ]);
  });

  it("reports a repeated Kennung once, and the other rows' mistakes on their own rows", () => {
    const headings = readFileSync('docs/angebote-vorlage.csv', 'utf8').trim().split(';');
    const row = (values: Record<string, string>) => headings.map((h) => values[h] ?? '').join(';');
    const base = {
      Kennung: 'gleich',
      Titel: 'Kurs',
      Art: 'Deutschkurs',
      Ort: 'Kassel',
      Anbieter: 'Träger (Beispiel)',
      'Zuletzt geprüft': '01.11.2026',
    };
    const { problems } = run(
      Buffer.from(
        [
          headings.join(';'),
          row({ ...base, Region: 'atlantis' }),
          row({ ...base, Region: 'stadt-kassel' }),
          row({ ...base, Kennung: 'z', Region: 'stadt-kassel', 'Uhrzeit von': '25:00' }),
        ].join('\n'),
      ),
    );
    expect(problems.map((p) => `${p.row}:${p.column}`).sort()).toEqual(['2:Region', '3:Kennung', '4:Uhrzeit von']);
    expect(problems.find((p) => p.column === 'Uhrzeit von')!.message).toBe('Bitte eine Uhrzeit wie 09:30 schreiben (24 Stunden).');
    expect(problems.some((p) => /Doppelter Name/.test(p.message))).toBe(false);
  });

  it('writes the usual defaults for optional columns left out of the spreadsheet', () => {
    const { offers, problems } = run(
      Buffer.from('Titel;Art;Region;Ort;Anbieter;Zuletzt geprüft\nKurs;Deutschkurs;stadt-kassel;Kassel;Träger (Beispiel);01.11.2026\n'),
    );
    expect(problems).toEqual([]);
    expect(offers[0]!.data).toMatchObject({
      sample: false,
      levels: [],
      feeEuro: 0,
      childcare: false,
      womenOnly: false,
      timesOfDay: [],
      weekdays: [],
      helpLanguages: [],
      registration: [],
    });
  });

  it('names unknown and missing columns', () => {
    const { problems } = run(Buffer.from('Titel;Farbe\nA;rot\n'));
    expect(problems.map((p) => p.column)).toEqual(expect.arrayContaining(['Farbe', 'Art', 'Region', 'Ort', 'Anbieter', 'Zuletzt geprüft']));
  });
});

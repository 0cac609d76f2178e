import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { OFFER_TYPES, SCHEMAS } from '../../content.config.ts';
import { MESSAGES } from '../content/messages.ts';
import { checkRecords, type ContentRecord } from '../content/rules.ts';
import { importVocabulary } from './importVocabulary.ts';
import { OFFER_COLUMNS } from './model.ts';
import { FILE_NAME } from '../content/files.ts';
import {
  addressClash,
  contentProblems,
  decodeCsv,
  importedHash,
  importedRecord,
  ImportFileError,
  IMPORT_MESSAGES,
  importOffers,
  markedOutdated,
  MAX_CSV_BYTES,
  MAX_SLUG,
  parseCsv,
  rowsToCheck,
  sameText,
  slugify,
  translationRecord,
} from './offerImport.ts';

const regions: ContentRecord[] = ['stadt-giessen', 'stadt-kassel'].map((id) => ({
  collection: 'regions',
  file: `content/regions/${id}.yaml`,
  slug: id,
  data: {},
  body: '',
  text: '',
  bodyStartLine: 1,
}));
const ruleOptions = {
  defaultLocale: 'de',
  locales: ['de', 'ar'],
  lang: 'de',
  today: new Date('2026-11-25'),
  maxAgeMonths: 120,
  offerTypes: OFFER_TYPES,
  schemas: SCHEMAS,
} as const;
/** The import as the script runs it: cells first, then the content rules on the imported offers. */
function run(bytes: Uint8Array) {
  const { offers, problems } = importOffers(parseCsv(decodeCsv(bytes)), importVocabulary());
  const checked = rowsToCheck({ offers, problems });
  const findings = checkRecords([...regions, ...checked.map(importedRecord)], ruleOptions);
  return { offers, problems: [...problems, ...contentProblems(checked, findings, problems).filter((p) => p.severity === 'error')] };
}
/** The message of the ImportFileError that reading `text` (or bytes) throws. */
function fileError(input: string | Uint8Array): string {
  try {
    parseCsv(decodeCsv(typeof input === 'string' ? Buffer.from(input) : input));
  } catch (e) {
    if (e instanceof ImportFileError) return e.message;
    throw e;
  }
  throw new Error('no ImportFileError');
}
const example = readFileSync('docs/angebote-beispiel.csv');
const header = readFileSync('docs/angebote-vorlage.csv', 'utf8').trim();

/**
 * The cells of one valid row: the required columns, and what the content rules ask of every offer
 * (how to take part, a way to get in touch, an address). An example, so with plainly fictional
 * contacts and no source.
 */
const good = {
  Titel: 'Kurs',
  Art: 'Deutschkurs',
  Region: 'stadt-kassel',
  Ort: 'Kassel',
  Anbieter: 'Träger (Beispiel)',
  Anmeldung: 'Per E-Mail',
  'Straße und Hausnummer': 'Beispielweg 1',
  'E-Mail': 'kurs@example.org',
  'Zuletzt geprüft': '01.11.2026',
  Beispiel: 'ja',
};

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

  it('reads UTF-8 with and without BOM and comma-separated files identically', () => {
    const text = example.toString('utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), example]);
    const reference = run(example).offers.map((o) => o.text);
    expect(decodeCsv(bom)).toBe(text);
    expect(run(bom).offers.map((o) => o.text)).toEqual(reference);
    const commas = parseCsv(text)
      .rows.map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n');
    expect(parseCsv(commas).separator).toBe(',');
    expect(run(Buffer.from(commas)).offers.map((o) => o.text)).toEqual(reference);
  });

  it('gives the same files for the same spreadsheet (a second import changes nothing)', () => {
    expect(run(example).offers).toEqual(run(example).offers);
  });

  it('lists every bad cell by row and column', () => {
    const rows = [
      header,
      'x1;Kurs A;Deutschkurs;stadt-giessen;Gießen;Träger (Beispiel);;;A3;0;vielleicht;nein;Vormittags;Mo;;;31.02.2027;;;;Per E-Mail;15.11.2026;ja;Text;Beispielweg 1;;;;kurs-a@example.org',
      'x2;Kurs B;Tanzkurs;atlantis;Kassel;Träger (Beispiel);;;A1;abc;ja;nein;Nachts;Xy;;;01.03.2027;01.02.2027;;;Per E-Mail;;ja;Text;Beispielweg 2;;;;kurs-b@example.org',
      'x3;Kurs C;Deutschkurs;stadt-kassel;Kassel;Träger (Beispiel);;;A1;0;ja;nein;Abends;Do;;;;;;;Per E-Mail;01.11.2026;ja;Gut;Beispielweg 3;;;;kurs-c@example.org',
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
      ...good,
      Beispiel: 'ja',
      'Straße und Hausnummer': 'Beispielweg 1',
      PLZ: '34117',
      Telefon: '069 90009 123',
      'E-Mail': 'kurs@example.org',
      Webseite: 'https://example.org/kurs',
      'Anmeldung im Internet': 'https://example.org/anmeldung',
    };
    const { offers, problems } = run(Buffer.from(`${headings.join(';')}\n${headings.map((h) => values[h] ?? '').join(';')}\n`));
    expect(problems).toEqual([]);
    expect(offers[0]!.data).toMatchObject({
      street: 'Beispielweg 1',
      postcode: '34117',
      phone: '069 90009 123',
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
    const { Region: _region, ...withoutRegion } = good;
    const base = { ...withoutRegion, Kennung: 'gleich' };
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
    // Only the required columns, and what the content rules ask of every offer (here a real one: with its source).
    const { offers, problems } = run(
      Buffer.from(
        'Titel;Art;Region;Ort;Anbieter;Zuletzt geprüft;Anmeldung;Webseite;Quelle\n' +
          'Kurs;Deutschkurs;stadt-kassel;Kassel;Träger;01.11.2026;Per E-Mail;https://kurs.invalid/kassel;https://kurs.invalid/kassel\n',
      ),
    );
    expect(problems).toEqual([]);
    // Fee, childcare and "women only" are not claimed when the spreadsheet does not say; no YAML aliases.
    for (const field of ['feeEuro', 'childcare', 'womenOnly']) expect(offers[0]!.data).not.toHaveProperty(field);
    expect(offers[0]!.text).not.toMatch(/[&*]a\d/);
    expect(offers[0]!.data).toMatchObject({
      sample: false,
      online: false,
      levels: [],
      timesOfDay: [],
      weekdays: [],
      helpLanguages: [],
      registration: ['email'],
      bring: [],
      website: 'https://kurs.invalid/kassel',
      source: 'https://kurs.invalid/kassel',
    });
  });

  it('imports the source, online and what to bring, and the new ways to register', () => {
    const online = {
      ...good,
      Beispiel: '',
      'E-Mail': '',
      'Straße und Hausnummer': '',
      Online: 'ja',
      Webseite: 'https://kurs.invalid/online',
      Quelle: 'https://kurs.invalid/online',
      Anmeldung: 'Webseite',
      Mitbringen: 'Ausweis, Stift und Papier',
    };
    const { offers, problems } = run(
      Buffer.from(
        [header, row(online), row({ ...good, Kennung: 'ansprechstelle', Anmeldung: 'Über die Ansprechstelle Ihrer Region' })].join('\n'),
      ),
    );
    expect(problems).toEqual([]);
    expect(offers[0]!.data).toMatchObject({
      sample: false,
      online: true,
      website: 'https://kurs.invalid/online',
      source: 'https://kurs.invalid/online',
      registration: ['website'],
      bring: ['id-document', 'writing-things'],
    });
    expect(offers[1]!.data).toMatchObject({ registration: ['contact-point'] });
    expect(problemsOf(row({ ...online, Mitbringen: 'Regenschirm' }))).toEqual([
      expect.stringMatching(
        /^2:Mitbringen: „Regenschirm“ ist kein gültiger Wert für das Mitzubringende\. Erlaubt sind: Ausweis oder Pass; /,
      ),
    ]);
  });

  it('applies the rules every offer must meet, naming the column', () => {
    const m = MESSAGES.de;
    const real = { ...good, Beispiel: '', 'E-Mail': '', Webseite: 'https://kurs.invalid/kassel' };
    expect(problemsOf(row({ ...real, Quelle: 'https://kurs.invalid/kassel' }))).toEqual([]);
    expect(problemsOf(row(real))).toEqual([`2:Quelle: ${m.sourceRequired}`]);
    expect(problemsOf(row({ ...good, Anmeldung: '' }))).toEqual([`2:Anmeldung: ${m.noRegistration}`]);
    expect(problemsOf(row({ ...good, 'Straße und Hausnummer': '' }))).toEqual([`2:Straße und Hausnummer: ${m.noAddress}`]);
    expect(problemsOf(row({ ...good, 'Straße und Hausnummer': '', Online: 'ja' }))).toEqual([]);
    // The rule names no field; the import names the first column that would fix it.
    const noContact = run(Buffer.from([header, row({ ...good, 'E-Mail': '' })].join('\n'))).problems;
    expect(noContact.map((p) => `${p.row}:${p.column}: ${p.message}`)).toEqual([`2:Telefon: ${m.noWayToContact}`]);
  });

  it('names unknown and missing columns', () => {
    const { problems } = run(Buffer.from('Titel;Farbe\nA;rot\n'));
    expect(problems.map((p) => p.column)).toEqual(expect.arrayContaining(['Farbe', 'Art', 'Region', 'Ort', 'Anbieter', 'Zuletzt geprüft']));
  });
});

const row = (values: Record<string, string>) =>
  header
    .split(';')
    .map((h) => values[h] ?? '')
    .join(';');
/** The problems of a spreadsheet made of the template's header and `rows`, as "row:column: message". */
const problemsOf = (...rows: string[]) =>
  run(Buffer.from([header, ...rows].join('\n'))).problems.map((p) => `${p.row}:${p.column ?? ''}: ${p.message}`);

describe('reading the file', () => {
  it('refuses a file that is not UTF-8, naming the line and the text before the first wrong byte', () => {
    const message = fileError(Buffer.from(example.toString('utf8'), 'latin1'));
    expect(message).toMatch(/^Die Datei ist nicht als UTF-8 gespeichert \(erstes falsches Zeichen in Zeile 1 der Datei, nach „.*;Nur f“\)/);
    expect(message).toContain('In Excel: Datei → Speichern unter → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“');
    expect(message).toContain('Zeichensatz „Unicode (UTF-8)“');
    const oneByte = Buffer.from(`${header}\nx;Kass\u00e9l\n`.replace('\u00e9', '_'));
    oneByte[oneByte.indexOf('_')] = 0xe9;
    expect(fileError(oneByte)).toMatch(/in Zeile 2 der Datei, nach „x;Kass“/);
  });

  it('refuses UTF-16 ("Unicode-Text"), with or without a byte order mark', () => {
    const utf16 = Buffer.from(example.toString('utf8'), 'utf16le');
    expect(fileError(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))).toMatch(/^Die Datei ist als UTF-16 gespeichert/);
    expect(fileError(utf16)).toMatch(/^Die Datei ist als UTF-16 gespeichert/);
  });

  it('names the separator it found when it is not ; or ,', () => {
    expect(fileError(`${header.replaceAll(';', '\t')}\nx\ty\n`)).toMatch(
      /^Die Spalten der Kopfzeile sind durch Tabulatoren getrennt; erwartet wird Semikolon \(;\) oder Komma \(,\)/,
    );
    expect(fileError(`${header.replaceAll(';', '|')}\nx|y\n`)).toMatch(/durch senkrechte Striche \(\|\) getrennt/);
    expect(fileError(`"${header}"\nx;y\n`)).toMatch(
      /^Die Kopfzeile ist eine einzige Zelle in Anführungszeichen, in der die Spaltennamen durch Semikolon \(;\) getrennt sind/,
    );
    expect(fileError(`"${header.replaceAll(';', ',')}"\nx,y\n`)).toMatch(/durch Komma \(,\) getrennt sind/);
  });

  it('picks the separator that gives the column names, whatever the cells contain', () => {
    const table = parseCsv('Titel;Beschreibung\nKurs;"Eins, zwei, drei, vier"\n');
    expect(table.separator).toBe(';');
    expect(table.rows[1]).toEqual(['Kurs', 'Eins, zwei, drei, vier']);
  });

  it('names the row, column and line where an unclosed or stray quote opened', () => {
    const multiLine = `Titel;Beschreibung\nKurs;"Eins\nzwei"\n"Treff;Text\nKurs;Text\n`;
    expect(fileError(multiLine)).toMatch(
      /^Zeile 3, Spalte „Titel“ \(Zeile 4 der Datei\): Hier beginnt ein Text in Anführungszeichen \("\), der bis zum Ende der Datei nicht geschlossen wird\./,
    );
    expect(fileError('Titel;Beschreibung\n"Kurs" am Abend;Text\n')).toMatch(
      /^Zeile 2, Spalte „Titel“: Hier beginnt ein Text in Anführungszeichen \("\), aber nach dem nächsten Anführungszeichen \(Zeile 2 der Datei\) geht der Text ohne Trennzeichen weiter\./,
    );
    expect(fileError('Titel;"Beschreibung\nKurs;Text\n')).toMatch(/^Zeile 1, Spalte 2: /);
  });

  it('reads quotes as RFC 4180 does: "" inside quotes, line breaks inside quotes, a quote inside a cell is text', () => {
    const table = parseCsv('Titel;Beschreibung\r\nKurs "A";"Er sagt ""Hallo"".\r\nZweite Zeile"\r\nKurs B;x\r\n');
    expect(table.rows).toEqual([
      ['Titel', 'Beschreibung'],
      ['Kurs "A"', 'Er sagt "Hallo".\r\nZweite Zeile'],
      ['Kurs B', 'x'],
    ]);
    expect(table.lines).toEqual([1, 2, 4]);
  });

  it('refuses an empty file and a file with only the header', () => {
    expect(fileError('')).toMatch(/^Die Datei ist leer\./);
    expect(fileError(Buffer.from([0xef, 0xbb, 0xbf, 0x0a]))).toMatch(/^Die Datei ist leer\./);
    expect(fileError(`${header}\n`)).toMatch(/^Die Datei enthält nur die Kopfzeile, aber kein Angebot/);
    expect(fileError(`${header}\n\n;;;\n`)).toMatch(/^Die Datei enthält nur die Kopfzeile/);
  });

  it('numbers rows as the spreadsheet does, empty rows included', () => {
    expect(problemsOf(row({ ...good, Kennung: 'a' }), '', row({ ...good, Kennung: 'b', Niveau: 'A3' }))).toEqual([
      expect.stringMatching(/^4:Niveau: „A3“ ist kein gültiger Wert/),
    ]);
  });
});

describe('rows that do not line up with the header', () => {
  it('names a row with other separators, a row quoted as a whole, and an unquoted separator in a text', () => {
    const commas = row({ ...good, Kennung: 'komma' }).replaceAll(';', ',');
    expect(problemsOf(row({ ...good, Kennung: 'a' }), commas)).toEqual([
      '3:: Die Zeile hat nur eine Zelle, die Kopfzeile 36 Spalten: Die Zeile ist wohl durch Komma (,) getrennt, die Kopfzeile durch Semikolon (;). Bitte die ganze Tabelle mit einem Trennzeichen speichern, am einfachsten neu aus Excel oder LibreOffice als CSV.',
    ]);
    expect(problemsOf(`"${row({ ...good, Kennung: 'ganz' })}"`)).toEqual([
      expect.stringMatching(/^2:: Die ganze Zeile steht in einer einzigen Zelle \(in Anführungszeichen\), die Kopfzeile hat 36 Spalten/),
    ]);
    expect(problemsOf(`${row({ ...good, Kennung: 'lang' })};Rest des Textes`)).toEqual([
      expect.stringMatching(
        /^2:: Die Zeile hat 37 Zellen, die Kopfzeile nur 36 Spalten\. Wahrscheinlich steht in einem Text ein Semikolon \(;\) ohne Anführungszeichen/,
      ),
    ]);
    // Empty cells beyond the header are what some programs write.
    expect(problemsOf(`${row({ ...good, Kennung: 'leer' })};;;`)).toEqual([]);
  });

  it('asks for the German label of an empty required column, not the codes of the schema', () => {
    expect(problemsOf(row({ ...good, Art: '' }))).toEqual([
      '2:Art: Die Zelle ist leer. Bitte die Art eintragen. Erlaubt sind: Deutschkurs; Alphabetisierungskurs; Sprachcafé; Integrationslotsen; Beratung; Projekt.',
    ]);
  });
});

describe('the Kennung', () => {
  const kennung = (values: Record<string, string>) => problemsOf(row({ ...good, ...values })).filter((p) => p.startsWith('2:Kennung'));

  it('refuses a title without Latin letters instead of writing content/offers/de/.md', () => {
    expect(kennung({ Titel: 'دورة اللغة', Ort: 'كاسل' })).toEqual([
      '2:Kennung: Aus dem Titel „دورة اللغة“ lässt sich keine Adresse bilden: Er enthält keine lateinischen Buchstaben oder Ziffern. Bitte in der Spalte „Kennung“ eine Kennung eintragen, nur lateinische Buchstaben (a–z), Ziffern und Bindestriche, zum Beispiel deutschkurs-kassel.',
    ]);
    // With a Latin place the address would be the place alone: refused too.
    expect(kennung({ Titel: 'ትምህርቲ ቋንቋ' })).toEqual([
      expect.stringMatching(/^2:Kennung: Aus dem Titel „ትምህርቲ ቋንቋ“ lässt sich keine Adresse bilden/),
    ]);
    // A spreadsheet without the column is told where the column is.
    const noColumn = run(
      Buffer.from('Titel;Art;Region;Ort;Anbieter;Zuletzt geprüft\nدورة;Deutschkurs;stadt-kassel;Kassel;Träger;01.11.2026\n'),
    ).problems;
    expect(noColumn.map((p) => p.message)).toEqual([
      expect.stringMatching(/Die Spalte „Kennung“ steht in der Vorlage docs\/angebote-vorlage\.csv\.$/),
    ]);
  });

  it('refuses a Kennung with letters of another script, invisible characters, no letters, or too long', () => {
    expect(kennung({ Kennung: 'ቋንቋ-kassel' })).toEqual([
      expect.stringMatching(
        /^2:Kennung: Die Kennung „ቋንቋ-kassel“ enthält Zeichen, die keine lateinischen Buchstaben oder Ziffern sind \(ቋ ን\)\. Die Kennung wird die Adresse der Seite/,
      ),
    ]);
    expect(kennung({ Kennung: 'kurs\u200bkassel\u202e' })).toEqual([
      expect.stringMatching(/^2:Kennung: Die Kennung „kurs<U\+200B>kassel<U\+202E>“ enthält unsichtbare Zeichen \(U\+200B, U\+202E\)/),
    ]);
    expect(kennung({ Kennung: '– ! –' })).toEqual([
      expect.stringMatching(/^2:Kennung: Die Kennung „– ! –“ enthält keine Buchstaben oder Ziffern\./),
    ]);
    expect(kennung({ Kennung: 'a'.repeat(MAX_SLUG + 1) })).toEqual([
      expect.stringMatching(/^2:Kennung: Die Kennung ist zu lang \(81 Zeichen, höchstens 80\)/),
    ]);
  });

  it('refuses two rows whose Kennungen differ only in case, spaces or dashes', () => {
    const rows = [row({ ...good, Kennung: 'Kurs A' }), row({ ...good, Kennung: 'KURS  A' }), row({ ...good, Kennung: 'kurs-a' })];
    expect(problemsOf(...rows)).toEqual([
      '3:Kennung: Die Kennung „kurs-a“ (aus „KURS  A“) gibt es schon in Zeile 2: Beide Angebote hätten dieselbe Adresse (Groß- und Kleinschreibung, Leerzeichen und Bindestriche zählen in Adressen nicht). Bitte eine eigene Kennung eintragen.',
      '4:Kennung: Die Kennung „kurs-a“ gibt es schon in Zeile 2: Beide Angebote hätten dieselbe Adresse (Groß- und Kleinschreibung, Leerzeichen und Bindestriche zählen in Adressen nicht). Bitte eine eigene Kennung eintragen.',
    ]);
  });

  it('spells Latin letters out and makes only file names the content rules accept', () => {
    const slugs = (values: Record<string, string>) =>
      run(Buffer.from([header, row({ ...good, ...values })].join('\n'))).offers.map((o) => o.slug);
    expect(slugs({ Kennung: 'Kurs Gießen' })).toEqual(['kurs-giessen']);
    expect(slugs({ Titel: 'Çay & Sohbet – Ødegård', Ort: 'Łódź İzmir' })).toEqual(['cay-sohbet-odegard-lodz-izmir']);
    expect(slugs({ Titel: 'Sprachcafé (مقهى اللغة)', Ort: 'Kassel' })).toEqual(['sprachcafe-kassel']);
    for (const title of ['x'.repeat(79) + ' y', '  --Kurs--  ', 'ﬁnden Ⅳ', 'Kurs\u0301 ß', `${'ab-'.repeat(40)}`]) {
      const slug = slugify(`${title} Kassel`);
      expect(slug, title).toMatch(FILE_NAME);
      expect(slug.length, title).toBeLessThanOrEqual(MAX_SLUG);
    }
  });

  it('finds an existing file that would get the same address under another name', () => {
    const names = ['Kurs A.md', 'kurs-b.md', 'Café-Kassel.md', 'kurs-c.txt', 'KURS-D.MD'];
    expect(addressClash(names, 'kurs-a')).toBe('Kurs A.md');
    expect(addressClash(names, 'kurs-b')).toBeUndefined();
    expect(addressClash(names, 'cafe-kassel')).toBe('Café-Kassel.md');
    expect(addressClash(names, 'kurs-c')).toBeUndefined();
    expect(addressClash(names, 'kurs-d')).toBe('KURS-D.MD');
  });
});

describe('existing files and their translations', () => {
  const translation = '---\ntitle: "مقهى اللغة"\nmachineTranslated: true\nsourceHash: e5b78c8bad38\n---\n\nنص.\n';

  it('counts a file as unchanged apart from a byte order mark and Windows line endings', () => {
    expect(sameText('\uFEFF---\r\na: 1\r\n---\r\n', '---\na: 1\n---\n')).toBe(true);
    expect(sameText('---\na: 1\n---\n', '---\na: 2\n---\n')).toBe(false);
  });

  it('marks a translation of another German version outdated, changing only that header line', () => {
    expect(markedOutdated(translation, '000000000000')).toBe(translation.replace('\n---\n', '\noutdated: true\n---\n'));
    expect(markedOutdated(translation.replace('machineTranslated: true', 'outdated: false'), '000000000000')).toBe(
      translation.replace('machineTranslated: true', 'outdated: true'),
    );
    const windows = `\uFEFF${translation.replaceAll('\n', '\r\n')}`;
    expect(markedOutdated(windows, '000000000000')).toBe(windows.replace('\r\n---\r\n', '\r\noutdated: true\r\n---\r\n'));
  });

  it('leaves a translation alone that matches, is marked already, records no version or cannot be read', () => {
    expect(markedOutdated(translation, 'e5b78c8bad38')).toBeNull();
    expect(markedOutdated(translation.replace('---\n\n', 'outdated: true\n---\n\n'), '000000000000')).toBeNull();
    expect(markedOutdated(translation.replace('sourceHash: e5b78c8bad38\n', ''), '000000000000')).toBeNull();
    expect(markedOutdated('نص.\n', '000000000000')).toBeNull();
    expect(markedOutdated('---\ntitle: a\ntitle: b\n---\n', '000000000000')).toBeNull();
  });

  it('gives the content rules translations that pass once marked, with the hash the rules compute', () => {
    const [offer] = run(example).offers;
    const slug = offer!.slug;
    const check = (text: string) =>
      checkRecords(
        [...regions, importedRecord(offer!), translationRecord(`content/offers/ar/${slug}.md`, 'ar', slug, text).record],
        ruleOptions,
      ).filter((f) => f.severity === 'error' && f.file === `content/offers/ar/${slug}.md`);
    expect(check(translation).map((f) => f.field)).toEqual(['sourceHash']);
    expect(check(markedOutdated(translation, importedHash(offer!))!)).toEqual([]);
    expect(check(translation.replace('e5b78c8bad38', importedHash(offer!)))).toEqual([]);
  });
});

describe('review findings (import hardening)', () => {
  const translation = '---\ntitle: "مقهى اللغة"\nmachineTranslated: true\nsourceHash: e5b78c8bad38\n---\n\nنص.\n';

  it('marks a translation outdated whose header writes the key in quotes, without a second line', () => {
    const quoted = translation.replace('machineTranslated: true', '"outdated": false');
    expect(markedOutdated(quoted, '000000000000')).toBe(translation.replace('machineTranslated: true', '"outdated": true'));
    const single = translation.replace('machineTranslated: true', "'outdated' : false # geprüft");
    expect(markedOutdated(single, '000000000000')).toBe(translation.replace('machineTranslated: true', "'outdated' : true # geprüft"));
    const empty = translation.replace('machineTranslated: true', 'outdated:');
    expect(markedOutdated(empty, '000000000000')).toBe(translation.replace('machineTranslated: true', 'outdated: true'));
  });

  it('reports a translation header that is not valid YAML as a German finding instead of throwing', () => {
    const twice = translation.replace('machineTranslated: true', 'outdated: false\noutdated: true');
    const { record, findings } = translationRecord('content/offers/ar/x.md', 'ar', 'x', twice);
    expect(record.data).toBeNull();
    expect(findings).toEqual([
      {
        severity: 'error',
        file: 'content/offers/ar/x.md',
        line: 4,
        message: 'Das Feld "outdated" steht zweimal im Kopf. Bitte eine der beiden Zeilen löschen.',
      },
    ]);
    expect(translationRecord('content/offers/ar/x.md', 'ar', 'x', translation).findings).toEqual([]);
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(fileError(new Uint8Array(MAX_CSV_BYTES + 1))).toMatch(/^Die Datei ist zu groß \(21 MB, höchstens 20 MB\)/);
  });

  it('reports only an encoding error of the decoder as "not UTF-8"', () => {
    // Node's decoder throws a RangeError for a text over its string limit (hundreds of MB).
    const Real = TextDecoder;
    class TooLong extends Real {
      readonly strict: boolean;
      constructor(label?: string, options?: TextDecoderOptions) {
        super(label, options);
        this.strict = options?.fatal === true;
      }
      override decode(...args: Parameters<TextDecoder['decode']>): string {
        if (this.strict)
          throw Object.assign(new RangeError('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
        return super.decode(...args);
      }
    }
    vi.stubGlobal('TextDecoder', TooLong);
    try {
      expect(() => decodeCsv(Buffer.from('Titel\nKurs\n'))).toThrow(RangeError);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says UTF-16 only for NUL bytes at alternating positions; another NUL is an invalid character with its line', () => {
    expect(fileError(Buffer.from(example.toString('utf8'), 'utf16le').swap16())).toMatch(/^Die Datei ist als UTF-16 gespeichert/);
    const nul = Buffer.from(`${header}\n${row({ ...good, Kennung: 'a' })}\n${row({ ...good, Kennung: 'b', Titel: 'Kurs\0B' })}\n`);
    const message = fileError(nul);
    expect(message).not.toMatch(/UTF-16/);
    expect(message).toMatch(/^Die Datei enthält ein ungültiges Steuerzeichen \(NUL, Byte 0\) in Zeile 3 der Datei, nach „b;Kurs“/);
  });

  it('reports a row that is too short once, as a line break in a cell without quotes', () => {
    const broken = row({ ...good, Kennung: 'a', Titel: 'Kurs\nam Abend' });
    expect(problemsOf(broken, row({ ...good, Kennung: 'c' }))).toEqual([
      expect.stringMatching(
        /^2:: Die Zeile hat nur 2 von 36 Zellen, der Rest steht wohl in Zeile 3: wahrscheinlich ein Zeilenumbruch in einer Zelle ohne Anführungszeichen\./,
      ),
    ]);
    // A break in a description, with an empty line in it: reported once, on its first part.
    const description = row({ ...good, Kennung: 'b', Beschreibung: 'Eins\n\nZwei' });
    expect(problemsOf(description)).toEqual([
      expect.stringMatching(/^2:: Die Zeile hat nur 24 von 36 Zellen, der Rest steht wohl in Zeile 4: /),
    ]);
    expect(problemsOf('x;Kurs')).toEqual([
      expect.stringMatching(
        /^2:: Die Zeile hat nur 2 von 36 Zellen: wahrscheinlich ein Zeilenumbruch in einer Zelle ohne Anführungszeichen/,
      ),
    ]);
    // A row without the empty cells at its end is what some programs write.
    expect(problemsOf(row({ ...good, Kennung: 'd' }).replace(/;+$/, ''))).toEqual([]);
  });

  it('writes line breaks in a cell as \\n, and refuses them in one-line columns', () => {
    const quoted = (values: Record<string, string>) =>
      header
        .split(';')
        .map((h) => (values[h] === undefined ? '' : `"${values[h]}"`))
        .join(';');
    const { offers, problems } = run(
      Buffer.from(`${header}\r\n${quoted({ ...good, Kennung: 'a', Beschreibung: 'Eins\r\nZwei\rDrei' })}\r\n`),
    );
    expect(problems).toEqual([]);
    expect(offers[0]!.description).toBe('Eins\nZwei\nDrei');
    expect(offers[0]!.text).not.toContain('\r');
    expect(problemsOf(quoted({ ...good, Kennung: 'kurs\nkassel', Titel: 'Kurs\r\nam Abend', Anbieter: 'Träger\n(Beispiel)' }))).toEqual([
      '2:Kennung: Die Zelle enthält einen Zeilenumbruch; in der Spalte „Kennung“ ist nur eine Zeile erlaubt. Bitte den Zeilenumbruch entfernen (in Excel und LibreOffice: die Zelle bearbeiten und den Text in eine Zeile schreiben).',
      '2:Titel: Die Zelle enthält einen Zeilenumbruch; in der Spalte „Titel“ ist nur eine Zeile erlaubt. Bitte den Zeilenumbruch entfernen (in Excel und LibreOffice: die Zelle bearbeiten und den Text in eine Zeile schreiben).',
      '2:Anbieter: Die Zelle enthält einen Zeilenumbruch; in der Spalte „Anbieter“ ist nur eine Zeile erlaubt. Bitte den Zeilenumbruch entfernen (in Excel und LibreOffice: die Zelle bearbeiten und den Text in eine Zeile schreiben).',
    ]);
  });

  it('records whether a row has its own Kennung (only those may replace a file)', () => {
    const { offers } = run(Buffer.from([header, row({ ...good, Kennung: 'eigene' }), row({ ...good, Titel: 'Anderer Kurs' })].join('\n')));
    expect(offers.map((o) => [o.slug, o.ownKennung])).toEqual([
      ['eigene', true],
      ['anderer-kurs-kassel', false],
    ]);
  });

  it('has its own message for a full disk, missing rights and a link that appeared while writing', () => {
    const again = 'werden beim nächsten Import als „unverändert“ angezeigt';
    expect(IMPORT_MESSAGES.writeFailed('content/offers/de/a.md', 'ENOSPC')).toMatch(/Der Speicherplatz ist voll/);
    expect(IMPORT_MESSAGES.writeFailed('content/offers/de/a.md', 'EACCES')).toMatch(/keine Schreibrechte/);
    expect(IMPORT_MESSAGES.writeFailed('content/offers/de/a.md', 'ELOOP')).toMatch(/symbolischer Link \(eine Verknüpfung\) entstanden/);
    for (const code of ['ENOSPC', 'EACCES', 'ELOOP', 'EIO']) {
      expect(IMPORT_MESSAGES.writeFailed('content/offers/de/a.md', code)).toContain(again);
      expect(IMPORT_MESSAGES.writeFailed('content/offers/de/a.md', code)).not.toContain('gelten dann als unverändert');
    }
  });
});

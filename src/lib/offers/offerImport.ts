/**
 * Import of offers from a spreadsheet (CSV as Excel or LibreOffice export it): UTF-8 with or without
 * BOM, `;` or `,` separated, German column headings, German dates (03.02.2027), "ja"/"nein".
 * Pure: bytes in, offers and problems out; scripts/import-offers.mjs does the files. Every message
 * names the cause and the fix in the spreadsheet's words (row, column, Kennung); a problem of the
 * whole file (size, encoding, separator, quotes, empty) is an ImportFileError.
 */
import { isMap, isScalar, LineCounter, parseDocument, stringify } from 'yaml';
import { addressName, foldToLatin, FRONT_MATTER, suggestedName } from '../content/files.ts';
import { codePoint, MESSAGES, type Finding } from '../content/messages.ts';
import { CONTENT_FOLDERS } from '../content/folders.ts';
import type { ContentRecord } from '../content/rules.ts';
import { germanTextHash } from '../content/sourceHash.ts';
import { OFFER_COLUMNS, type CellKind, type OfferColumn } from './model.ts';

/** Columns outside the offer's facts: the file name and the description (the Markdown body). */
export const SLUG_COLUMN = 'Kennung';
export const DESCRIPTION_COLUMN = 'Beschreibung';
/** Every column the template docs/angebote-vorlage.csv has. */
export const IMPORT_COLUMNS: readonly string[] = [SLUG_COLUMN, DESCRIPTION_COLUMN, ...OFFER_COLUMNS.map((c) => c.heading)];
/** Longest Kennung: it is the last part of the offer's address. */
export const MAX_SLUG = 80;
/** Largest CSV file: a list of offers is a few hundred KB; hundreds of MB are not a spreadsheet export. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
/** The one column that may have several lines: the description (the Markdown body). */
const MULTI_LINE_COLUMNS: readonly string[] = [DESCRIPTION_COLUMN];

export interface ImportProblem {
  row: number;
  column?: string | undefined;
  message: string;
}

export interface ImportedOffer {
  row: number;
  slug: string;
  /** The row has its own Kennung; false when the slug was made from title and place (--replace then does not apply). */
  ownKennung: boolean;
  /** The file text to write: front matter + description. */
  text: string;
  /** The front matter as written (dates as YYYY-MM-DD). */
  data: Record<string, unknown>;
  description: string;
}

/** A problem of the whole file: nothing in it can be read row by row. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const SEPARATOR_NAMES: Record<string, string> = {
  ';': 'Semikolon (;)',
  ',': 'Komma (,)',
  '\t': 'Tabulatoren',
  '|': 'senkrechte Striche (|)',
};
const ONE_SEPARATOR: Record<string, string> = { ';': 'Semikolon (;)', ',': 'Komma (,)', '\t': 'Tabulator' };
const SAVE_AS_CSV =
  'In Excel: Datei → Speichern unter → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“; in LibreOffice: Datei → Speichern unter → Dateityp „Text CSV“, „Filtereinstellungen bearbeiten“ ankreuzen, Zeichensatz „Unicode (UTF-8)“ und Feldtrenner „;“.';
const KENNUNG_RULE = 'nur lateinische Buchstaben (a–z), Ziffern und Bindestriche, zum Beispiel deutschkurs-kassel';
const SAME_ADDRESS = 'Groß- und Kleinschreibung, Leerzeichen und Bindestriche zählen in Adressen nicht';
const QUOTE_FIX =
  'Bitte das fehlende Anführungszeichen ergänzen oder das überzählige entfernen. Ein Anführungszeichen im Text selbst wird verdoppelt (""); Excel und LibreOffice tun das beim Speichern von selbst.';

/** The import's own messages (the content rules' messages come from src/lib/content/messages.ts). */
export const IMPORT_MESSAGES = {
  notUtf8: (line: number, before: string) =>
    `Die Datei ist nicht als UTF-8 gespeichert (erstes falsches Zeichen in Zeile ${line} der Datei${before ? `, nach „${before}“` : ''}); Umlaute und andere Schriften würden falsch übernommen. Bitte die Tabelle neu als CSV UTF-8 speichern. ${SAVE_AS_CSV}`,
  tooLarge: (mb: number) =>
    `Die Datei ist zu groß (${mb} MB, höchstens ${MAX_CSV_BYTES / 1024 / 1024} MB). Eine Liste von Angeboten hat meist wenige hundert KB; wurde die richtige Datei gewählt? Sonst die Tabelle auf mehrere Dateien aufteilen und nacheinander importieren.`,
  nul: (line: number, before: string) =>
    `Die Datei enthält ein ungültiges Steuerzeichen (NUL, Byte 0) in Zeile ${line} der Datei${before ? `, nach „${before}“` : ''}. So ein Zeichen ist in keinem Text sichtbar; es kommt beim Kopieren aus anderen Programmen mit oder stammt aus einer beschädigten Datei. Bitte die Zelle an dieser Stelle neu eintippen und die Tabelle neu als CSV UTF-8 speichern. ${SAVE_AS_CSV}`,
  utf16: `Die Datei ist als UTF-16 gespeichert (in Excel „Unicode-Text“), nicht als CSV UTF-8. Bitte die Tabelle neu speichern. ${SAVE_AS_CSV}`,
  empty:
    'Die Datei ist leer. Bitte die Tabelle mit der Kopfzeile aus docs/angebote-vorlage.csv und einer Zeile je Angebot als CSV speichern.',
  onlyHeader:
    'Die Datei enthält nur die Kopfzeile, aber kein Angebot. Bitte unter der Kopfzeile eine Zeile je Angebot eintragen (Beispiel: docs/angebote-beispiel.csv). Oder wurde das falsche Tabellenblatt gespeichert?',
  separator: (found: string) =>
    `Die Spalten der Kopfzeile sind durch ${SEPARATOR_NAMES[found]} getrennt; erwartet wird Semikolon (;) oder Komma (,). Bitte die Tabelle neu als CSV speichern. ${SAVE_AS_CSV}`,
  headerInOneCell: (found: string) =>
    `Die Kopfzeile ist eine einzige Zelle in Anführungszeichen, in der die Spaltennamen durch ${SEPARATOR_NAMES[found]} getrennt sind. Erwartet wird jeder Spaltenname in einer eigenen Zelle, getrennt durch Semikolon (;) oder Komma (,), ohne Anführungszeichen um die ganze Zeile. Bitte die Spaltennamen aus docs/angebote-vorlage.csv in einzelne Zellen der ersten Zeile schreiben und die Tabelle neu als CSV speichern.`,
  unclosedQuote: (where: string) =>
    `${where}: Hier beginnt ein Text in Anführungszeichen ("), der bis zum Ende der Datei nicht geschlossen wird. ${QUOTE_FIX}`,
  strayQuote: (where: string, line: number) =>
    `${where}: Hier beginnt ein Text in Anführungszeichen ("), aber nach dem nächsten Anführungszeichen (Zeile ${line} der Datei) geht der Text ohne Trennzeichen weiter. ${QUOTE_FIX}`,
  rowInOneCell: (columns: number) =>
    `Die ganze Zeile steht in einer einzigen Zelle (in Anführungszeichen), die Kopfzeile hat ${columns} Spalten. Bitte die Anführungszeichen am Anfang und am Ende der Zeile entfernen, oder die Tabelle neu aus Excel oder LibreOffice als CSV speichern.`,
  mixedSeparators: (found: string, expected: string, columns: number) =>
    `Die Zeile hat nur eine Zelle, die Kopfzeile ${columns} Spalten: Die Zeile ist wohl durch ${SEPARATOR_NAMES[found]} getrennt, die Kopfzeile durch ${SEPARATOR_NAMES[expected]}. Bitte die ganze Tabelle mit einem Trennzeichen speichern, am einfachsten neu aus Excel oder LibreOffice als CSV.`,
  tooManyCells: (cells: number, columns: number, separator: string) =>
    `Die Zeile hat ${cells} Zellen, die Kopfzeile nur ${columns} Spalten. Wahrscheinlich steht in einem Text ein ${ONE_SEPARATOR[separator]} ohne Anführungszeichen um den Text, und der Rest ist in die nächste Spalte gerutscht. Bitte den Text in Anführungszeichen setzen ("…") oder die Tabelle neu aus Excel oder LibreOffice als CSV speichern.`,
  /** `rest`: " 3" or "n 3 bis 5" (the rows the rest of the row is in). */
  shortRow: (cells: number, columns: number, rest: string | undefined) =>
    `Die Zeile hat nur ${cells} von ${columns} Zellen${rest ? `, der Rest steht wohl in Zeile${rest}` : ''}: wahrscheinlich ein Zeilenumbruch in einer Zelle ohne Anführungszeichen. Bitte den Zeilenumbruch entfernen oder den Text in Anführungszeichen setzen ("…"); Excel und LibreOffice tun das beim Speichern als CSV von selbst.`,
  lineBreak: (column: string) =>
    `Die Zelle enthält einen Zeilenumbruch; in der Spalte „${column}“ ist nur eine Zeile erlaubt. Bitte den Zeilenumbruch entfernen (in Excel und LibreOffice: die Zelle bearbeiten und den Text in eine Zeile schreiben).`,
  emptyLabel: (what: string, allowed: string) => `Die Zelle ist leer. Bitte ${what} eintragen. Erlaubt sind: ${allowed}.`,
  kennungInvisible: (shown: string, chars: string) =>
    `Die Kennung „${shown}“ enthält unsichtbare Zeichen (${chars}); sie kommen oft beim Kopieren aus Webseiten oder Textprogrammen mit. Bitte die Kennung neu eintippen: ${KENNUNG_RULE}.`,
  kennungNotLatin: (kennung: string, chars: string) =>
    `Die Kennung „${kennung}“ enthält Zeichen, die keine lateinischen Buchstaben oder Ziffern sind (${chars}). Die Kennung wird die Adresse der Seite; bitte ${KENNUNG_RULE}.`,
  kennungEmpty: (kennung: string) =>
    `Die Kennung „${kennung}“ enthält keine Buchstaben oder Ziffern. Die Kennung wird die Adresse der Seite; bitte ${KENNUNG_RULE}.`,
  kennungTooLong: (length: number) =>
    `Die Kennung ist zu lang (${length} Zeichen, höchstens ${MAX_SLUG}). Sie wird die Adresse der Seite; bitte kürzen, ${KENNUNG_RULE}.`,
  titleNotLatin: (title: string, hasColumn: boolean) =>
    `Aus dem Titel „${title}“ lässt sich keine Adresse bilden: Er enthält keine lateinischen Buchstaben oder Ziffern. Bitte in der Spalte „Kennung“ eine Kennung eintragen, ${KENNUNG_RULE}.${hasColumn ? '' : ' Die Spalte „Kennung“ steht in der Vorlage docs/angebote-vorlage.csv.'}`,
  noKennung: 'Die Zeile hat weder eine Kennung noch einen Titel, aus dem sich die Adresse bilden ließe. Bitte Titel und Kennung eintragen.',
  sameKennung: (slug: string, written: string, row: number) =>
    `Die Kennung „${slug}“${written === slug ? '' : ` (aus „${written}“)`} gibt es schon in Zeile ${row}: Beide Angebote hätten dieselbe Adresse (${SAME_ADDRESS}). Bitte eine eigene Kennung eintragen.`,
  sameAddressAsFile: (slug: string, file: string) =>
    `Die Kennung „${slug}“ ergäbe dieselbe Adresse wie die vorhandene Datei ${file} (${SAME_ADDRESS}). Bitte eine andere Kennung eintragen; oder, wenn es dasselbe Angebot ist, die vorhandene Datei in ${slug}.md umbenennen und erneut importieren.`,
  exists: (slug: string, file: string, translations: number) =>
    `Die Kennung „${slug}“ gibt es schon: ${file} hat einen anderen Inhalt. Ist es ein anderes Angebot, bitte eine neue Kennung eintragen. Soll die vorhandene Datei ersetzt werden, den Import mit --replace wiederholen${translations ? `; dann werden ihre Übersetzungen (${translations}) als veraltet markiert (outdated: true)` : ''}.`,
  existsWithoutKennung: (slug: string, file: string) =>
    `Die Zeile hat keine Kennung; die aus Titel und Ort gebildete Kennung „${slug}“ gibt es schon: ${file} hat einen anderen Inhalt. --replace ersetzt nur Zeilen mit einer Kennung. Ist es ein anderes Angebot, bitte eine eigene Kennung eintragen; soll die vorhandene Datei ersetzt werden, „${slug}“ in die Spalte „Kennung“ eintragen und erneut mit --replace importieren.`,
  hardLink: (path: string) =>
    `${path} hat noch einen zweiten Namen (einen harten Link): Die Datei steht auch an einer anderen Stelle. Der Import ersetzt keine solche Datei, damit die andere Stelle nicht unbemerkt mitgeändert wird oder veraltet. Bitte den zweiten Namen entfernen oder ${path} durch eine Kopie ersetzen.`,
  writeFailed: (path: string, code: string) => {
    const cause: Record<string, string> = {
      ELOOP: `Während des Imports ist an ${path} ein symbolischer Link (eine Verknüpfung) entstanden; der Import schreibt nicht durch Links. Bitte den Link durch eine normale Datei oder einen normalen Ordner ersetzen`,
      ENOSPC: `Der Speicherplatz ist voll (${code}). Bitte Platz schaffen`,
      EDQUOT: `Der Speicherplatz ist voll (${code}). Bitte Platz schaffen`,
      EACCES: `Es fehlen die Rechte (keine Schreibrechte, ${code}). Bitte prüfen, ob Sie den Ordner ändern dürfen`,
      EPERM: `Es fehlen die Rechte (keine Schreibrechte, ${code}). Bitte prüfen, ob Sie den Ordner ändern dürfen`,
      EROFS: `Der Ordner ist schreibgeschützt (${code}). Bitte einen beschreibbaren Ordner verwenden`,
    };
    return `${path}: Schreiben nicht möglich. ${cause[code] ?? `Fehler ${code}. Bitte prüfen, ob der Ordner beschreibbar ist`}, und erneut importieren; schon geschriebene Dateien werden beim nächsten Import als „unverändert“ angezeigt.`;
  },
  symlink: (path: string) =>
    `${path} ist ein symbolischer Link (eine Verknüpfung). Der Import liest und schreibt nicht durch Links, damit er keine Datei außerhalb des Projekts verändert. Bitte den Link durch eine normale Datei oder einen normalen Ordner ersetzen.`,
  notAFile: (path: string) => `${path} ist keine normale Datei. Bitte eine andere Kennung eintragen oder ${path} entfernen.`,
  notAFolder: (path: string) => `„${path}“ ist kein Ordner, oder ein Teil des Pfades ist eine Datei. Bitte mit --out einen Ordner angeben.`,
  folderMissing: (path: string) => `Den Ordner ${path} gibt es noch nicht; mit --write wird er angelegt.`,
  afterImport: 'Dieser Fehler entstünde durch den Import; deshalb wird nichts geschrieben.',
} as const;
const M = IMPORT_MESSAGES;

// ---------------------------------------------------------------- reading the file

/** The line of the file with the first byte that is not UTF-8, and the text just before it. */
function firstBadByte(bytes: Uint8Array): { line: number; before: string } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  // 0x0A never occurs inside a UTF-8 sequence, so lines can be checked one by one.
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const chunk = bytes.subarray(start, i);
    try {
      strict.decode(chunk);
    } catch {
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const at = lenient.indexOf('\uFFFD');
      return { line, before: lenient.slice(Math.max(0, at - 20), at).trimStart() };
    }
    start = i + 1;
    line += 1;
  }
  return { line: 1, before: '' };
}

/**
 * Decodes a CSV file: UTF-8 only, a BOM is dropped. Another encoding is refused rather than
 * guessed: the code page of a Windows file is not in the file (1252 for German, 1256 for Arabic …),
 * and a wrong guess would publish garbled text.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes.length > MAX_CSV_BYTES) throw new ImportFileError(M.tooLarge(Math.ceil(bytes.length / 1024 / 1024)));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes))
    throw new ImportFileError(M.utf16);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const start = bytes.lastIndexOf(0x0a, nul) + 1;
    const line = bytes.subarray(0, start).filter((b) => b === 0x0a).length + 1;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(start, nul)).slice(-20).trimStart();
    throw new ImportFileError(M.nul(line, before));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    // Only the decoder's own encoding error means "not UTF-8"; anything else (a text too long for a string …) is not the editor's.
    if (!(e instanceof TypeError && (e as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')) throw e;
    const { line, before } = firstBadByte(bytes);
    throw new ImportFileError(M.notUtf8(line, before));
  }
}

/**
 * UTF-16 without a BOM: the header's Latin letters each have a NUL byte, all on the same side
 * (odd positions for UTF-16LE, even for BE), in the first bytes of the file. A NUL elsewhere is
 * an invalid character, not another encoding.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(32, Math.floor(bytes.length / 2));
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  return (odd >= pairs * 0.75 && even === 0) || (even >= pairs * 0.75 && odd === 0);
}

export interface CsvTable {
  separator: ';' | ',';
  /** Every row of the file, blank ones included: index + 1 is the row number the spreadsheet shows (header = 1). */
  rows: string[][];
  /** The line of the file on which each row starts (a cell with line breaks makes rows and lines differ). */
  lines: number[];
}

interface QuoteTrouble {
  row: number;
  line: number;
  cell: number;
  /** Set when the quote closed but text followed it; else it never closed. */
  closedOnLine?: number;
}

const SEPARATORS = [';', ',', '\t'] as const;
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Splits CSV text into rows and cells (RFC 4180: a cell that starts with a quote runs to the next
 * single quote, `""` is a quote inside it, line breaks inside it belong to the cell; a quote
 * elsewhere is an ordinary character). Stops at the first broken quote, or after `limit` rows.
 */
function tokenize(text: string, sep: string, limit = Infinity): { rows: string[][]; lines: number[]; quote?: QuoteTrouble } {
  const rows: string[][] = [];
  const lines: number[] = [];
  let cells: string[] = [];
  let cell = '';
  let atStart = true;
  let line = 1;
  let rowLine = 1;
  let rowStart = 0;
  const breakAt = (j: number) => (text[j] === '\r' && text[j + 1] === '\n' ? 2 : text[j] === '\n' || text[j] === '\r' ? 1 : 0);
  let i = 0;
  while (i < text.length && rows.length < limit) {
    const ch = text[i]!;
    if (atStart && ch === '"') {
      const opened = { row: rows.length + 1, line, cell: cells.length };
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return { rows, lines, quote: opened };
        if (text[j] === '"') {
          if (text[j + 1] !== '"') break;
          cell += '"';
          j += 2;
          continue;
        }
        const br = breakAt(j);
        if (br) line += 1;
        cell += text.slice(j, j + (br || 1));
        j += br || 1;
      }
      j += 1;
      while (text[j] === ' ') j += 1;
      if (j < text.length && text[j] !== sep && !breakAt(j)) return { rows, lines, quote: { ...opened, closedOnLine: line } };
      i = j;
      atStart = false;
      continue;
    }
    const br = breakAt(i);
    if (ch === sep) {
      cells.push(cell);
      cell = '';
      atStart = true;
      i += 1;
    } else if (br) {
      cells.push(cell);
      rows.push(cells);
      lines.push(rowLine);
      cells = [];
      cell = '';
      atStart = true;
      i += br;
      line += 1;
      rowLine = line;
      rowStart = i;
    } else {
      cell += ch;
      atStart = false;
      i += 1;
    }
  }
  if (rows.length < limit && rowStart < text.length) {
    cells.push(cell);
    rows.push(cells);
    lines.push(rowLine);
  }
  return { rows, lines };
}

/** "Zeile 3, Spalte „Titel“ (Zeile 4 der Datei)": where a quote opened. */
function quoteMessage(q: QuoteTrouble, header: readonly string[]): string {
  const heading = q.row > 1 ? header[q.cell]?.trim() : undefined;
  const where = `Zeile ${q.row}, Spalte ${heading ? `„${heading}“` : q.cell + 1}${q.line === q.row ? '' : ` (Zeile ${q.line} der Datei)`}`;
  return q.closedOnLine === undefined ? M.unclosedQuote(where) : M.strayQuote(where, q.closedOnLine);
}

/**
 * Parses CSV text. The separator is the one (`;` or `,`) that splits the header into the
 * template's column names; a header in tabs, in one quoted cell, or with another separator, an
 * unclosed quote, an empty file and a file with only a header are an ImportFileError.
 */
export function parseCsv(text: string): CsvTable {
  if (text.trim() === '') throw new ImportFileError(M.empty);
  const tries = SEPARATORS.map((sep) => {
    const { rows } = tokenize(text, sep, 1);
    const header = rows[0] ?? [];
    return { sep, header, known: header.filter((h) => IMPORT_COLUMNS.includes(h.trim())).length };
  });
  const best = tries.reduce((a, b) => (b.known > a.known ? b : a));
  const semicolon = tries[0]!.header;
  if (best.known === 0 && semicolon.length === 1) {
    // One cell: the names may still be there, joined by another character or quoted as one.
    const only = semicolon[0]!;
    const found = [...SEPARATORS, '|'].find((s) => only.split(s).filter((h) => IMPORT_COLUMNS.includes(h.trim())).length >= 2);
    if (found) throw new ImportFileError(text.trimStart().startsWith('"') ? M.headerInOneCell(found) : M.separator(found));
  }
  if (best.sep === '\t') throw new ImportFileError(M.separator('\t'));
  const { rows, lines, quote } = tokenize(text, best.sep);
  if (quote) throw new ImportFileError(quoteMessage(quote, best.header));
  if (rows.slice(1).every(isBlank)) throw new ImportFileError(M.onlyHeader);
  return { separator: best.sep, rows, lines };
}

// ---------------------------------------------------------------- Kennung (the file name)

/** Characters nobody sees: control and format characters (zero-width space, direction marks …), line and paragraph separators. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function slugify(text: string): string {
  return addressName(text).slice(0, MAX_SLUG).replace(/-+$/, '');
}

/**
 * The slug of a row: the "Kennung" as written (lower case, spaces to dashes, umlauts spelled out),
 * or else made from title and place. Refused rather than changed silently: a Kennung with
 * invisible characters or letters of another script (they would vanish from the address), or too
 * long; a title without any Latin letter (the address would be the place alone, or nothing).
 */
function slugOf(written: string, title: string, place: string, hasColumn: boolean): { slug: string } | { problem: string } {
  if (written) {
    const hidden = [...new Set(written.match(HIDDEN) ?? [])];
    if (hidden.length)
      return {
        problem: M.kennungInvisible(
          written.replace(HIDDEN, (c) => `<${codePoint(c)}>`),
          hidden.map(codePoint).join(', '),
        ),
      };
    const foreign = [...new Set([...foldToLatin(written)].filter((c) => /[\p{L}\p{N}]/u.test(c) && !/[a-z0-9]/.test(c)))];
    if (foreign.length) return { problem: M.kennungNotLatin(written, foreign.slice(0, 5).join(' ')) };
    const slug = addressName(written);
    if (!slug) return { problem: M.kennungEmpty(written) };
    if (slug.length > MAX_SLUG) return { problem: M.kennungTooLong(slug.length) };
    return { slug };
  }
  if (title && !slugify(title)) return { problem: M.titleNotLatin(title, hasColumn) };
  const slug = slugify(`${title} ${place}`);
  return slug ? { slug } : { problem: M.noKennung };
}

/**
 * The existing file (name in `names`) that would get the same address as `slug` without having its
 * name: upper case, spaces, umlauts, accents. The same address function as the content rules (suggestedName).
 */
export function addressClash(names: readonly string[], slug: string): string | undefined {
  return names.find((n) => {
    const base = n.replace(/\.md$/i, '');
    return n !== `${slug}.md` && n.toLowerCase().endsWith('.md') && suggestedName(base) === slug;
  });
}

// ---------------------------------------------------------------- rows to offers

export interface Vocabulary {
  /** Lowercase German label → enum value per field (UI dictionary, Intl), and the labels to show. */
  labels: Partial<Record<string, { lookup: Map<string, string>; display: string[]; what: string }>>;
}

const WEEKDAYS: Record<string, string> = { mo: 'mon', di: 'tue', mi: 'wed', do: 'thu', fr: 'fri', sa: 'sat', so: 'sun' };

const IMPORT_DATE_HINT = 'Bitte ein Datum so schreiben: 03.02.2027.';
/** The value of a field whose column is not in the spreadsheet (undefined: the field is left out). */
// A missing fee or childcare column says nothing: those fields are left out ("ask the provider"), never "free" or "no".
const MISSING_COLUMN: Partial<Record<CellKind, unknown>> = { flag: false, labels: [], weekdays: [] };

/** A row whose cells do not line up with the header: separators mixed, or one too many in a text. */
function shapeProblem(cells: readonly string[], columns: number, sep: string): string | undefined {
  if (columns > 1 && cells.length === 1) {
    const only = cells[0]!;
    // The header's separator inside the only cell: the row was quoted as a whole.
    if (only.includes(sep)) return M.rowInOneCell(columns);
    const other = SEPARATORS.find((s) => s !== sep && only.split(s).length >= Math.min(columns, 3));
    if (other) return M.mixedSeparators(other, sep, columns);
  }
  const used = cells.length - [...cells].reverse().findIndex((c) => c.trim() !== '');
  // Empty cells beyond the header are what some programs write; text there would be lost.
  if (used > columns) return M.tooManyCells(used, columns, sep);
  return undefined;
}

/**
 * Rows cut apart by a line break in a cell without quotes: each piece has fewer cells than the
 * header, and the pieces (empty rows between them skipped) add up to at most a whole row. The
 * first piece gets the one message (index in `body` → message), the others are skipped (null). A
 * single short row is reported only when a required column lies beyond its end: some programs
 * leave out the empty cells at the end of a row.
 */
function brokenRows(body: readonly string[][], headings: readonly string[], sep: string): Map<number, string | null> {
  const columns = headings.length;
  const broken = new Map<number, string | null>();
  const required = OFFER_COLUMNS.filter((c) => c.required).map((c) => headings.indexOf(c.heading));
  const isShort = (i: number) => {
    const cells = body[i];
    return cells !== undefined && !isBlank(cells) && cells.length < columns && !shapeProblem(cells, columns, sep);
  };
  const nextRow = (i: number) => {
    let j = i + 1;
    while (j < body.length && isBlank(body[j]!)) j += 1;
    return j;
  };
  for (let i = 0; i < body.length; i++) {
    if (!isShort(i)) continue;
    const group = [i];
    let total = body[i]!.length;
    for (let j = nextRow(i); isShort(j) && total + body[j]!.length - 1 <= columns; j = nextRow(j)) {
      group.push(j);
      total += body[j]!.length - 1;
    }
    const cells = body[i]!.length;
    const [, next, ...more] = group.map((g) => g + 2);
    if (next !== undefined) {
      broken.set(i, M.shortRow(cells, columns, more.length ? `n ${next} bis ${more.at(-1)}` : ` ${next}`));
      for (const g of group.slice(1)) broken.set(g, null);
    } else if (required.some((r) => r >= cells)) broken.set(i, M.shortRow(cells, columns, undefined));
    i = group.at(-1)!;
  }
  return broken;
}

/**
 * Turns the CSV rows into offer files, checking how each cell is written (labels, yes/no, dates,
 * times, amounts, weekdays) and each Kennung. The content rules then check the offers themselves
 * (schema, region, dates): `contentProblems`. Problems name the row (as the spreadsheet numbers
 * it, header = row 1) and the column. The columns come from the offer model (OFFER_COLUMNS).
 */
export function importOffers(table: CsvTable, vocab: Vocabulary): { offers: ImportedOffer[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const offers: ImportedOffer[] = [];
  const [header = [], ...body] = table.rows;
  const headings = header.map((h) => h.trim());
  for (const h of headings)
    if (h && !IMPORT_COLUMNS.includes(h))
      problems.push({
        row: 1,
        column: h,
        message: `Unbekannte Spalte „${h}“. Erlaubt sind die Spalten der Vorlage docs/angebote-vorlage.csv.`,
      });
  for (const { heading } of OFFER_COLUMNS.filter((c) => c.required)) {
    if (!headings.includes(heading))
      problems.push({ row: 1, column: heading, message: `Die Spalte „${heading}“ fehlt. Bitte aus der Vorlage übernehmen.` });
  }
  if (problems.length) return { offers, problems };

  const seen = new Map<string, number>();
  const broken = brokenRows(body, headings, table.separator);
  body.forEach((raw, index) => {
    const row = index + 2;
    // An empty row is skipped, and the rows after it keep the numbers the spreadsheet shows.
    if (isBlank(raw)) return;
    const shape = broken.has(index) ? broken.get(index) : shapeProblem(raw, headings.length, table.separator);
    if (shape !== undefined) {
      if (shape) problems.push({ row, message: shape });
      return;
    }
    // Line breaks as the files have them; only the description may have several lines.
    const cells = raw.map((c) => c.replace(/\r\n?/g, '\n'));
    const multiLine = new Set<string>();
    headings.forEach((h, i) => {
      if (MULTI_LINE_COLUMNS.includes(h) || !cells[i]?.trim().includes('\n')) return;
      multiLine.add(h);
      problems.push({ row, column: h, message: M.lineBreak(h) });
    });
    const get = (h: string) => {
      const value = (cells[headings.indexOf(h)] ?? '').trim();
      // Reported above; the rest of the cell is checked as one line.
      return multiLine.has(h) ? value.replace(/\s*\n\s*/g, ' ') : value;
    };
    const bad = (column: string, message: string) => {
      if (!multiLine.has(column)) problems.push({ row, column, message });
    };
    const list = (h: string) =>
      get(h)
        .split(/[,/]/)
        .map((v) => v.trim())
        .filter(Boolean);
    const fromLabels = (h: string, field: string): string[] => {
      const { lookup, display, what } = vocab.labels[field]!;
      // A label may itself contain a comma ("Keine Anmeldung nötig, einfach kommen").
      const whole = lookup.get(get(h).toLowerCase());
      if (whole) return [whole];
      return list(h).flatMap((v) => {
        const value = lookup.get(v.toLowerCase());
        if (!value) bad(h, `„${v}“ ist kein gültiger Wert für ${what}. Erlaubt sind: ${display.join('; ')}.`);
        return value ? [value] : [];
      });
    };
    const yesNo = (h: string): boolean | undefined => {
      const v = get(h).toLowerCase();
      if (v === '') return undefined;
      if (['ja', 'j', 'x', 'yes'].includes(v)) return true;
      if (['nein', 'n', 'no'].includes(v)) return false;
      bad(h, `„${get(h)}“: bitte „ja“ oder „nein“ eintragen.`);
      return undefined;
    };
    const date = (h: string): Date | string | undefined => {
      const v = get(h);
      if (!v) return undefined;
      const german = v.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
      const iso = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
      const [day, month, year] = (german ? [german[1], german[2], german[3]] : iso ? [iso[3], iso[2], iso[1]] : []).map(Number);
      const d = day && month && year ? new Date(Date.UTC(year, month - 1, day)) : null;
      if (!d || d.getUTCDate() !== day || d.getUTCMonth() !== month! - 1) {
        bad(h, `„${v}“ ist kein gültiges Datum. ${IMPORT_DATE_HINT}`);
        return undefined;
      }
      return d;
    };
    /** An empty cell: the source does not say (left out, the page says "ask the provider"). */
    const euro = (h: string): number | undefined => {
      const fee = get(h).replace(',', '.');
      if (fee === '') return undefined;
      const value = /^(0|kostenlos)$/i.test(fee) ? 0 : Number(fee);
      if (Number.isNaN(value) || value < 0)
        bad(h, `„${get(h)}“: bitte einen Betrag in Euro eintragen, 0 oder „kostenlos“; leer lassen, wenn die Quelle nichts dazu sagt.`);
      return Number.isNaN(value) ? undefined : value;
    };
    const weekdays = (h: string) =>
      list(h).flatMap((d) => {
        const v = WEEKDAYS[d.toLowerCase().slice(0, 2)];
        if (!v) bad(h, `„${d}“ ist kein Wochentag. Bitte so schreiben: Mo, Di, Mi, Do, Fr, Sa, So.`);
        return v ? [v] : [];
      });
    /** The value of one cell, or undefined for an empty optional cell (the field is left out). */
    const cell = (c: OfferColumn): unknown => {
      // A column left out of the spreadsheet: the defaults the offer files have always been written with.
      if (!headings.includes(c.heading)) return MISSING_COLUMN[c.cell];
      switch (c.cell) {
        case 'text':
          return get(c.heading) || (c.required ? '' : undefined);
        case 'label': {
          // The schema would list the values' codes; the spreadsheet uses the German labels.
          const labels = vocab.labels[c.field]!;
          if (c.required && !get(c.heading)) bad(c.heading, M.emptyLabel(labels.what, labels.display.join('; ')));
          return fromLabels(c.heading, c.field)[0] ?? get(c.heading);
        }
        case 'labels':
          return fromLabels(c.heading, c.field);
        case 'yesNo':
          return yesNo(c.heading);
        case 'flag':
          return yesNo(c.heading) ?? false;
        case 'date':
          return date(c.heading) ?? (c.required ? get(c.heading) : undefined);
        case 'time':
          return get(c.heading) ? get(c.heading).padStart(5, '0') : undefined;
        case 'euro':
          return euro(c.heading);
        case 'weekdays':
          return weekdays(c.heading);
      }
    };
    const data: Record<string, unknown> = {};
    for (const c of OFFER_COLUMNS) {
      const value = cell(c);
      if (value !== undefined) data[c.field] = value;
    }
    // "Für wen" left empty means the schema's default (everyone), not "nobody".
    if (Array.isArray(data['targetGroups']) && !data['targetGroups'].length) delete data['targetGroups'];
    const written = get(SLUG_COLUMN);
    const kennung = slugOf(written, get('Titel'), get('Ort'), headings.includes(SLUG_COLUMN));
    const slug = 'slug' in kennung ? kennung.slug : '';
    if ('problem' in kennung) bad(SLUG_COLUMN, kennung.problem);
    const other = seen.get(slug);
    if (slug && other) bad(SLUG_COLUMN, M.sameKennung(slug, written || slug, other));
    else if (slug) seen.set(slug, row);
    const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
    const front = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, iso(v)]));
    const description = get(DESCRIPTION_COLUMN);
    // Times are quoted: an unquoted 09:00 can be read as a number by YAML 1.1 parsers.
    // No aliases: two empty lists must not be written as `&a1 []` / `*a1`, which the content check refuses.
    const yaml = stringify(front, { lineWidth: 0, aliasDuplicateObjects: false })
      .trimEnd()
      .replace(/^(timeFrom|timeTo): (\d\d:\d\d)$/gm, '$1: "$2"');
    const text = `---\n${yaml}\n---\n\n${description}\n`;
    offers.push({ row, slug, ownKennung: written !== '', text, data: front, description });
  });
  return { offers, problems };
}

/**
 * The imported offers the content rules check: all but a row whose Kennung is reported (it repeats
 * an earlier row's, or cannot be a file name; its other cells are checked once it has one).
 * Cells reported already are not reported again (`contentProblems`), so every mistake shows once.
 */
export function rowsToCheck({
  offers,
  problems,
}: {
  offers: readonly ImportedOffer[];
  problems: readonly ImportProblem[];
}): ImportedOffer[] {
  return offers.filter((o) => !problems.some((p) => p.row === o.row && p.column === SLUG_COLUMN));
}

/** The file an imported offer becomes. */
export const offerFile = (slug: string): string => `${GERMAN_OFFERS}/${slug}.md`;
/** The folder of German offer files, where the import writes by default. */
export const GERMAN_OFFERS = `${CONTENT_FOLDERS.offers}/de`;

/** An imported offer as a content record, for the content rules. */
export function importedRecord(o: ImportedOffer): ContentRecord {
  const bodyStartLine = o.text.split('\n').indexOf('---', 1) + 2;
  return {
    collection: 'offers',
    file: offerFile(o.slug),
    locale: 'de',
    slug: o.slug,
    data: o.data,
    body: `\n${o.description}\n`,
    text: o.text,
    bodyStartLine,
  };
}

/** The version of the German text an imported offer would be, as translations record it (sourceHash). */
export const importedHash = (o: ImportedOffer): string => {
  const r = importedRecord(o);
  return germanTextHash(r.data ?? {}, r.body);
};

/**
 * The content rules' findings about the imported offers, as spreadsheet rows and columns.
 * A cell already reported by `importOffers` is not reported again.
 */
export function contentProblems(
  offers: readonly ImportedOffer[],
  findings: readonly Finding[],
  reported: readonly ImportProblem[],
): (ImportProblem & { severity: Finding['severity'] })[] {
  const rowOf = new Map(offers.map((o) => [offerFile(o.slug), o.row]));
  const columnOf = (field: string | undefined) =>
    field === undefined ? DESCRIPTION_COLUMN : OFFER_COLUMNS.find((c) => c.field === field.split(' ')[0])?.heading;
  // A finding about the whole entry, not its text: named by the first column that would fix it.
  const contactColumn = OFFER_COLUMNS.find((c) => c.field === 'phone')!.heading;
  return findings.flatMap((f) => {
    const row = rowOf.get(f.file);
    if (row === undefined) return [];
    const column = f.message === MESSAGES.de.noWayToContact ? contactColumn : columnOf(f.field);
    if (reported.some((p) => p.row === row && p.column === column)) return [];
    // The spreadsheet writes dates as 03.02.2027, not as the files do.
    const dateColumn = OFFER_COLUMNS.some((c) => c.heading === column && c.cell === 'date');
    const message = dateColumn && f.message === MESSAGES.de.date ? IMPORT_DATE_HINT : f.message;
    return [{ severity: f.severity, row, column, message }];
  });
}

// ---------------------------------------------------------------- existing files and translations

/** The same file text, apart from a BOM and Windows line endings (which an editor's program may add). */
export const sameText = (a: string, b: string): boolean => {
  const plain = (s: string) => s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return plain(a) === plain(b);
};

/**
 * A translation's text marked `outdated: true`, when it was made from another German version than
 * `hash`; null when nothing needs to change (it matches, it is marked already, or it records no
 * version or cannot be read: the content check reports those). Only the value of the `outdated`
 * key is set (however the key is written: `outdated`, `"outdated"`, `'outdated'`), or one line
 * added; the rest of the file stays byte for byte as it was.
 */
export function markedOutdated(text: string, hash: string): string | null {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = text.slice(bom.length);
  const match = rest.match(FRONT_MATTER);
  if (!match) return null;
  const yaml = match[1]!;
  const doc = parseDocument(yaml, { uniqueKeys: true });
  if (doc.errors.length || !isMap(doc.contents)) return null;
  const { sourceHash, outdated } = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof sourceHash !== 'string' || sourceHash === hash || outdated === true) return null;
  const eol = match[0].startsWith('---\r\n') ? '\r\n' : '\n';
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'outdated');
  const value = pair && isScalar(pair.value) ? pair.value.range : undefined;
  let marked: string;
  if (pair && value) {
    // `outdated:` without a value: a space before the new one.
    const space = yaml[value[0] - 1] === ':' ? ' ' : '';
    marked = yaml.slice(0, value[0]) + space + 'true' + yaml.slice(value[1]);
  } else if (pair || doc.contents.flow) {
    // A header this import never writes (a flow map, a key with a list as value): written anew.
    doc.set('outdated', true);
    marked = doc.toString().replace(/\n$/, '').replace(/\n/g, eol);
  } else marked = `${yaml}${eol}outdated: true`;
  const start = 3 + eol.length;
  return bom + rest.slice(0, start) + marked + rest.slice(start + yaml.length);
}

/**
 * A translation of an offer as a content record, from its text (for the content rules, before it
 * is written), and a finding when its header cannot be read (then `data` is null).
 */
export function translationRecord(
  file: string,
  locale: string,
  slug: string,
  text: string,
): { record: ContentRecord; findings: Finding[] } {
  const rest = text.replace(/^\uFEFF/, '');
  const match = rest.match(FRONT_MATTER);
  const record = { collection: 'offerTranslations' as const, file, locale, slug, text: rest };
  if (!match) return { record: { ...record, data: null, body: rest, bodyStartLine: 1 }, findings: [] };
  const body = { body: rest.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { uniqueKeys: true, lineCounter });
  const error = doc.errors[0];
  if (!error) return { record: { ...record, ...body, data: (doc.toJS() ?? {}) as Record<string, unknown> }, findings: [] };
  // The YAML starts on line 2, after the first "---".
  const line = (error.linePos?.[0].line ?? 0) + 1;
  const key = error.code === 'DUPLICATE_KEY' ? match[1]!.split(/\r?\n/)[line - 2]?.match(/^\s*["']?([^"':#]+?)["']?\s*:/)?.[1] : undefined;
  const message = key
    ? MESSAGES.de.yamlDuplicate(key)
    : MESSAGES.de.yamlOther(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
  return { record: { ...record, ...body, data: null }, findings: [{ severity: 'error', file, line, message }] };
}

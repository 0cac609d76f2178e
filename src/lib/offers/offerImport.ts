/**
 * Import of offers from a spreadsheet (CSV as Excel or LibreOffice export it): UTF-8 with or without
 * BOM or Windows-1252, `;` or `,` separated, German column headings, German dates (03.02.2027),
 * "ja"/"nein". Pure: bytes in, offers and problems out; scripts/import-offers.mjs does the files.
 */
import { stringify } from 'yaml';
import { MESSAGES, type Finding } from '../content/messages.ts';
import { CONTENT_FOLDERS } from '../content/folders.ts';
import type { ContentRecord } from '../content/rules.ts';
import { OFFER_COLUMNS, type CellKind, type OfferColumn } from './model.ts';

/** Columns outside the offer's facts: the file name and the description (the Markdown body). */
export const SLUG_COLUMN = 'Kennung';
export const DESCRIPTION_COLUMN = 'Beschreibung';

export interface ImportProblem {
  row: number;
  column?: string | undefined;
  message: string;
}

export interface ImportedOffer {
  row: number;
  slug: string;
  /** The file text to write: front matter + description. */
  text: string;
  /** The front matter as written (dates as YYYY-MM-DD). */
  data: Record<string, unknown>;
  description: string;
}

/** Decodes a CSV file: UTF-8 (with or without BOM), else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Parses CSV text with quoted cells ("" escapes, line breaks inside quotes); detects `;` or `,`. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export interface Vocabulary {
  /** Lowercase German label → enum value per field (UI dictionary, Intl), and the labels to show. */
  labels: Partial<Record<string, { lookup: Map<string, string>; display: string[]; what: string }>>;
}

const WEEKDAYS: Record<string, string> = { mo: 'mon', di: 'tue', mi: 'wed', do: 'thu', fr: 'fri', sa: 'sat', so: 'sun' };

const IMPORT_DATE_HINT = 'Bitte ein Datum so schreiben: 03.02.2027.';
/** The value of a field whose column is not in the spreadsheet (undefined: the field is left out). */
const MISSING_COLUMN: Partial<Record<CellKind, unknown>> = { flag: false, labels: [], weekdays: [], euro: 0 };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * Turns the CSV rows into offer files, checking how each cell is written (labels, yes/no, dates,
 * times, amounts, weekdays). The content rules then check the offers themselves (schema,
 * region, dates): `contentProblems`. Problems name the row (as the spreadsheet numbers it,
 * header = row 1) and the column. The columns come from the offer model (OFFER_COLUMNS).
 */
export function importOffers(rows: string[][], vocab: Vocabulary): { offers: ImportedOffer[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const offers: ImportedOffer[] = [];
  const [header = [], ...body] = rows;
  const headings = header.map((h) => h.trim());
  const known = [SLUG_COLUMN, DESCRIPTION_COLUMN, ...OFFER_COLUMNS.map((c) => c.heading)];
  for (const h of headings)
    if (h && !known.includes(h))
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
  body.forEach((cells, index) => {
    const row = index + 2;
    const get = (h: string) => (cells[headings.indexOf(h)] ?? '').trim();
    const bad = (column: string, message: string) => problems.push({ row, column, message });
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
    const euro = (h: string): number => {
      const fee = get(h).replace(',', '.');
      const value = fee === '' || /^(0|kostenlos)$/i.test(fee) ? 0 : Number(fee);
      if (Number.isNaN(value) || value < 0) bad(h, `„${get(h)}“: bitte einen Betrag in Euro eintragen, 0 oder leer für kostenlos.`);
      return Number.isNaN(value) ? 0 : value;
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
        case 'label':
          return fromLabels(c.heading, c.field)[0] ?? get(c.heading);
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
    const slug = slugify(get(SLUG_COLUMN) || `${get('Titel')} ${get('Ort')}`);
    const other = seen.get(slug);
    if (other) bad(SLUG_COLUMN, `Gleiche Kennung „${slug}“ wie in Zeile ${other}. Bitte eine eigene Kennung eintragen.`);
    seen.set(slug, row);
    const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
    const front = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, iso(v)]));
    const description = get(DESCRIPTION_COLUMN);
    // Times are quoted: an unquoted 09:00 can be read as a number by YAML 1.1 parsers.
    const yaml = stringify(front, { lineWidth: 0 })
      .trimEnd()
      .replace(/^(timeFrom|timeTo): (\d\d:\d\d)$/gm, '$1: "$2"');
    const text = `---\n${yaml}\n---\n\n${description}\n`;
    offers.push({ row, slug, text, data: front, description });
  });
  return { offers, problems };
}

/**
 * The imported offers the content rules check: all but a row that repeats an earlier row's
 * Kennung (it would be the same file twice; its Kennung is reported already). Cells reported
 * already are not reported again (`contentProblems`), so every mistake shows once, all at once.
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
  return findings.flatMap((f) => {
    const row = rowOf.get(f.file);
    if (row === undefined) return [];
    const column = columnOf(f.field);
    if (reported.some((p) => p.row === row && p.column === column)) return [];
    // The spreadsheet writes dates as 03.02.2027, not as the files do.
    const dateColumn = OFFER_COLUMNS.some((c) => c.heading === column && c.cell === 'date');
    const message = dateColumn && f.message === MESSAGES.de.date ? IMPORT_DATE_HINT : f.message;
    return [{ severity: f.severity, row, column, message }];
  });
}

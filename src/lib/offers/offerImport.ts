/**
 * Import of offers from a spreadsheet (CSV as Excel or LibreOffice export it): UTF-8 with or without
 * BOM or Windows-1252, `;` or `,` separated, German column headings, German dates (03.02.2027),
 * "ja"/"nein". Pure: bytes in, offers and problems out; scripts/import-offers.mjs does the files.
 */
import { stringify } from 'yaml';
import type { z } from 'astro/zod';

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

/** The columns of the template (docs/angebote-vorlage.csv), German heading → field. */
export const COLUMNS = {
  Kennung: 'slug',
  Titel: 'title',
  Art: 'type',
  Region: 'region',
  Ort: 'municipality',
  Anbieter: 'provider',
  Treffpunkt: 'venue',
  'Ohne Stufen erreichbar': 'stepFree',
  Niveau: 'levels',
  'Kosten in Euro': 'feeEuro',
  Kinderbetreuung: 'childcare',
  'Nur für Frauen': 'womenOnly',
  Tageszeit: 'timesOfDay',
  Wochentage: 'weekdays',
  'Uhrzeit von': 'timeFrom',
  'Uhrzeit bis': 'timeTo',
  Beginn: 'startDate',
  Ende: 'endDate',
  'Hilfe auf': 'helpLanguages',
  'Für wen': 'targetGroups',
  Anmeldung: 'registration',
  'Zuletzt geprüft': 'lastChecked',
  Beispiel: 'sample',
  Beschreibung: 'description',
} as const;

export interface Vocabulary {
  /** Lowercase German label → enum value per field (UI dictionary, Intl), and the labels to show. */
  labels: Partial<Record<string, { lookup: Map<string, string>; display: string[] }>>;
  regions: ReadonlySet<string>;
}

const WEEKDAYS: Record<string, string> = { mo: 'mon', di: 'tue', mi: 'wed', do: 'thu', fr: 'fri', sa: 'sat', so: 'sun' };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * Turns the CSV rows into offer files, checking each cell. Problems name the row (as the
 * spreadsheet numbers it, header = row 1) and the column. `schema` is the offer schema.
 */
export function importOffers(rows: string[][], vocab: Vocabulary, schema: z.ZodType): { offers: ImportedOffer[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const offers: ImportedOffer[] = [];
  const [header = [], ...body] = rows;
  const headings = header.map((h) => h.trim());
  const known = Object.keys(COLUMNS);
  for (const h of headings) if (h && !known.includes(h)) problems.push({ row: 1, column: h, message: `Unbekannte Spalte „${h}“. Erlaubt sind die Spalten der Vorlage docs/angebote-vorlage.csv.` });
  for (const required of ['Titel', 'Art', 'Region', 'Ort', 'Anbieter', 'Zuletzt geprüft']) {
    if (!headings.includes(required)) problems.push({ row: 1, column: required, message: `Die Spalte „${required}“ fehlt. Bitte aus der Vorlage übernehmen.` });
  }
  if (problems.length) return { offers, problems };

  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const get = (h: string) => (cells[headings.indexOf(h)] ?? '').trim();
    const bad = (column: string, message: string) => problems.push({ row, column, message });
    const list = (h: string) => get(h).split(/[,/]/).map((v) => v.trim()).filter(Boolean);
    const fromLabels = (h: string, field: string, what: string): string[] => {
      const { lookup, display } = vocab.labels[field]!;
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
    const date = (h: string): Date | undefined => {
      const v = get(h);
      if (!v) return undefined;
      const german = v.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
      const iso = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
      const [day, month, year] = (german ? [german[1], german[2], german[3]] : iso ? [iso[3], iso[2], iso[1]] : []).map(Number);
      const d = day && month && year ? new Date(Date.UTC(year, month - 1, day)) : null;
      if (!d || d.getUTCDate() !== day || d.getUTCMonth() !== month! - 1) {
        bad(h, `„${v}“ ist kein gültiges Datum. Bitte so schreiben: 03.02.2027.`);
        return undefined;
      }
      return d;
    };
    const title = get('Titel');
    const municipality = get('Ort');
    const slug = slugify(get('Kennung') || `${title} ${municipality}`);
    const region = get('Region');
    if (region && !vocab.regions.has(region)) bad('Region', `„${region}“ ist keine bekannte Region. Bitte den Dateinamen aus content/regions/ verwenden, z. B. ${[...vocab.regions].slice(0, 2).join(', ')}.`);
    const fee = get('Kosten in Euro').replace(',', '.');
    const feeEuro = fee === '' || /^(0|kostenlos)$/i.test(fee) ? 0 : Number(fee);
    if (Number.isNaN(feeEuro) || feeEuro < 0) bad('Kosten in Euro', `„${get('Kosten in Euro')}“: bitte einen Betrag in Euro eintragen, 0 oder leer für kostenlos.`);
    const weekdays = list('Wochentage').flatMap((d) => {
      const v = WEEKDAYS[d.toLowerCase().slice(0, 2)];
      if (!v) bad('Wochentage', `„${d}“ ist kein Wochentag. Bitte so schreiben: Mo, Di, Mi, Do, Fr, Sa, So.`);
      return v ? [v] : [];
    });
    const startDate = date('Beginn');
    const endDate = date('Ende');
    if (startDate && endDate && endDate < startDate) bad('Ende', 'Das Ende liegt vor dem Beginn. Bitte die Daten prüfen.');
    const data: Record<string, unknown> = {
      title,
      sample: yesNo('Beispiel') ?? false,
      type: fromLabels('Art', 'type', 'die Art')[0] ?? get('Art'),
      region,
      municipality,
      provider: get('Anbieter'),
      ...(get('Treffpunkt') ? { venue: get('Treffpunkt') } : {}),
      ...(yesNo('Ohne Stufen erreichbar') !== undefined ? { stepFree: yesNo('Ohne Stufen erreichbar') } : {}),
      levels: fromLabels('Niveau', 'levels', 'das Niveau'),
      feeEuro: Number.isNaN(feeEuro) ? 0 : feeEuro,
      childcare: yesNo('Kinderbetreuung') ?? false,
      womenOnly: yesNo('Nur für Frauen') ?? false,
      timesOfDay: fromLabels('Tageszeit', 'timesOfDay', 'die Tageszeit'),
      weekdays,
      ...(get('Uhrzeit von') ? { timeFrom: get('Uhrzeit von').padStart(5, '0') } : {}),
      ...(get('Uhrzeit bis') ? { timeTo: get('Uhrzeit bis').padStart(5, '0') } : {}),
      helpLanguages: fromLabels('Hilfe auf', 'helpLanguages', 'die Sprachen'),
      targetGroups: fromLabels('Für wen', 'targetGroups', 'die Zielgruppe'),
      registration: fromLabels('Anmeldung', 'registration', 'die Anmeldung'),
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      lastChecked: date('Zuletzt geprüft') ?? get('Zuletzt geprüft'),
    };
    if (!(data['targetGroups'] as string[]).length) delete data['targetGroups'];
    const before = problems.length;
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = Object.entries(COLUMNS).find(([, f]) => f === field)?.[0] ?? field;
        // Cells already reported above are not repeated.
        if (problems.slice(before).some((p) => p.column === column) || problems.some((p) => p.row === row && p.column === column)) continue;
        bad(column, issue.code === 'invalid_type' && (issue as { input?: unknown }).input === '' ? 'Diese Zelle ist leer, muss aber ausgefüllt sein.' : `Ungültiger Wert: ${issue.message}`);
      }
    }
    const other = seen.get(slug);
    if (other) bad('Kennung', `Gleiche Kennung „${slug}“ wie in Zeile ${other}. Bitte eine eigene Kennung eintragen.`);
    seen.set(slug, row);
    if (problems.some((p) => p.row === row)) return;
    const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
    const front = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, iso(v)]));
    const description = get('Beschreibung');
    // Times are quoted: an unquoted 09:00 can be read as a number by YAML 1.1 parsers.
    const yaml = stringify(front, { lineWidth: 0 }).trimEnd().replace(/^(timeFrom|timeTo): (\d\d:\d\d)$/gm, '$1: "$2"');
    offers.push({ row, slug, text: `---\n${yaml}\n---\n\n${description}\n` });
  });
  return { offers, problems };
}

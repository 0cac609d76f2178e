/**
 * The one message catalogue of the content rules (src/lib/content/rules.ts): German for editors,
 * English as the second language. Every message says what is wrong and how to fix it; the
 * finding it belongs to names the file, the line where known, and the field.
 * Used by `npm run content:check`, the build (`astro build` and `astro dev`) and the import.
 */
import type { z } from 'astro/zod';

export type MessageLang = 'de' | 'en';
export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Path of the file relative to the project, e.g. `content/offers/de/x.md`. */
  file: string;
  /** Line in the file (1-based), when known. */
  line?: number | undefined;
  /** Field name, when the problem is in one field. */
  field?: string | undefined;
  message: string;
}

export const MESSAGES = {
  de: {
    noFrontMatter: 'Die Datei beginnt nicht mit einem Kopf zwischen zwei Zeilen "---". Bitte den Kopf ergänzen.',
    yaml: (e: string) => `Der Kopf ist kein gültiges YAML (${e}). Häufige Ursache: ein Doppelpunkt im Text. Setzen Sie den Text in Anführungszeichen.`,
    missing: 'Dieses Pflichtfeld fehlt. Bitte ergänzen.',
    enum: (v: string, allowed: string) => `"${v}" ist kein gültiger Wert. Erlaubt sind: ${allowed}.`,
    date: 'Bitte ein Datum im Format JJJJ-MM-TT schreiben, zum Beispiel 2026-11-25.',
    email: 'Bitte eine E-Mail-Adresse wie name@beispiel.de schreiben.',
    url: 'Bitte eine vollständige Adresse schreiben, die mit https:// beginnt.',
    format: 'Das Format stimmt nicht. Bitte die Beschreibung des Feldes in src/content.config.ts beachten.',
    time: 'Bitte eine Uhrzeit wie 09:30 schreiben (24 Stunden).',
    phone: 'Bitte eine Telefonnummer wie 0611 123456 oder +49 611 123456 schreiben.',
    postcode: 'Bitte eine fünfstellige Postleitzahl schreiben, zum Beispiel 65187.',
    tooSmall: (minimum: string) => `Der Wert ist zu klein: mindestens ${minimum}.`,
    type: (expected: string) => `Falscher Typ: erwartet wird ${expected === 'boolean' ? 'true oder false' : expected === 'number' ? 'eine Zahl' : expected === 'array' ? 'eine Liste wie [A1, A2]' : 'ein Text'}.`,
    unknownField: (keys: string) => `Unbekanntes Feld: ${keys}. Bitte entfernen oder richtig schreiben.`,
    other: (msg: string) => msg,
    unknownRegion: (v: string, some: string) => `"${v}" ist keine bekannte Region. Verwenden Sie den Dateinamen einer Region aus content/regions/ (ohne .yaml), zum Beispiel ${some}.`,
    noOriginal: (slug: string, folder: string) => `Zu dieser Übersetzung gibt es kein deutsches Original. Legen Sie zuerst ${folder}/de/${slug} an oder benennen Sie die Datei wie ein vorhandenes deutsches Original.`,
    duplicate: (other: string) => `Doppelter Name: ${other} hat dieselbe Adresse. Bitte eine der Dateien umbenennen.`,
    noSourceHash: (file: string) => `Es fehlt die Angabe, aus welcher deutschen Fassung übersetzt wurde. Bitte ausführen: npm run translations:stamp -- ${file}`,
    staleTranslation: (original: string, file: string) => `Der deutsche Text (${original}) wurde geändert, nachdem diese Übersetzung entstanden ist. Bitte die Übersetzung anpassen und dann ausführen: npm run translations:stamp -- ${file}. Oder \`outdated: true\` eintragen, dann sehen Leserinnen und Leser einen Hinweis.`,
    endBeforeStart: 'Das Enddatum liegt vor dem Startdatum. Bitte die Daten prüfen.',
    implausibleDate: 'Das Datum ist unplausibel (vor 2000 oder nach 2100). Bitte prüfen.',
    futureChecked: 'Das Prüfdatum liegt in der Zukunft. Bitte das Datum der letzten Prüfung eintragen.',
    stale: (months: number) => `Der Eintrag wurde seit mehr als ${months} Monaten nicht geprüft. Bitte beim Anbieter nachfragen und lastChecked aktualisieren.`,
    arabicLetters: 'Persischer Text mit arabischen Buchstaben ي oder ك. Bitte persisches ی und ک verwenden (sonst findet die Suche manche Wörter schlechter).',
    script: 'Der Text enthält ein <script>-Element. Skripte sind in Inhalten nicht erlaubt; bitte entfernen.',
    handler: (attr: string) => `Der Text enthält das Attribut ${attr}. Solche Attribute sind in Inhalten nicht erlaubt; bitte entfernen.`,
    jsLink: 'Der Text enthält einen Link mit "javascript:". Solche Links sind nicht erlaubt; bitte eine normale Adresse verwenden.',
    brokenLink: (href: string) => `Der Link "${href}" führt zu keiner Seite dieses Portals. Bitte die Adresse prüfen.`,
    summary: (e: number, w: number) => `${e} Fehler, ${w} Warnung${w === 1 ? '' : 'en'}.`,
    field: 'Feld',
    lineWord: 'Zeile',
    entry: 'Eintrag',
    error: 'Fehler',
    warning: 'Warnung',
    notPublished: (n: number) => `Fehler im Inhalt (${n}); solange sie bestehen, wird nichts veröffentlicht:`,
  },
  en: {
    noFrontMatter: 'The file does not start with a header between two "---" lines. Please add it.',
    yaml: (e: string) => `The header is not valid YAML (${e}). Common cause: a colon in the text. Put the text in quotes.`,
    missing: 'This required field is missing. Please add it.',
    enum: (v: string, allowed: string) => `"${v}" is not a valid value. Allowed: ${allowed}.`,
    date: 'Please write a date as YYYY-MM-DD, for example 2026-11-25.',
    email: 'Please write an e-mail address like name@example.org.',
    url: 'Please write a full address beginning with https://.',
    format: 'The format is wrong. See the description of the field in src/content.config.ts.',
    time: 'Please write a time like 09:30 (24 hours).',
    phone: 'Please write a phone number like 0611 123456 or +49 611 123456.',
    postcode: 'Please write a five-digit postcode, for example 65187.',
    tooSmall: (minimum: string) => `The value is too small: at least ${minimum}.`,
    type: (expected: string) => `Wrong type: expected ${expected === 'boolean' ? 'true or false' : expected === 'number' ? 'a number' : expected === 'array' ? 'a list like [A1, A2]' : 'text'}.`,
    unknownField: (keys: string) => `Unknown field: ${keys}. Remove it or fix its spelling.`,
    other: (msg: string) => msg,
    unknownRegion: (v: string, some: string) => `"${v}" is not a known region. Use the file name of a region in content/regions/ (without .yaml), for example ${some}.`,
    noOriginal: (slug: string, folder: string) => `This translation has no German original. Create ${folder}/de/${slug} first, or rename the file to match an existing German original.`,
    duplicate: (other: string) => `Duplicate name: ${other} has the same address. Rename one of the files.`,
    noSourceHash: (file: string) => `It is not recorded which German version this was translated from. Run: npm run translations:stamp -- ${file}`,
    staleTranslation: (original: string, file: string) => `The German text (${original}) changed after this translation was made. Update the translation and run: npm run translations:stamp -- ${file}. Or add \`outdated: true\` so readers see a notice.`,
    endBeforeStart: 'The end date is before the start date. Please check the dates.',
    implausibleDate: 'The date is implausible (before 2000 or after 2100). Please check it.',
    futureChecked: 'The date of the last check is in the future. Please enter the date of the last check.',
    stale: (months: number) => `This entry has not been checked for more than ${months} months. Ask the provider and update lastChecked.`,
    arabicLetters: 'Persian text with the Arabic letters ي or ك. Please use Persian ی and ک (search finds some words less well otherwise).',
    script: 'The text contains a <script> element. Scripts are not allowed in content; please remove it.',
    handler: (attr: string) => `The text contains the attribute ${attr}. Such attributes are not allowed in content; please remove it.`,
    jsLink: 'The text contains a "javascript:" link. Such links are not allowed; use a normal address.',
    brokenLink: (href: string) => `The link "${href}" leads to no page of this portal. Please check the address.`,
    summary: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}.`,
    field: 'field',
    lineWord: 'line',
    entry: 'entry',
    error: 'Error',
    warning: 'Warning',
    notPublished: (n: number) => `Invalid content (${n} problem${n === 1 ? '' : 's'}); nothing is published while they remain:`,
  },
} as const;

export type Messages = (typeof MESSAGES)[MessageLang];

type Issue = z.core.$ZodIssue;

/** A schema problem (zod issue) in the editors' words. */
export function schemaMessage(issue: Issue, m: Messages): string {
  const i = issue as Issue & { input?: unknown; values?: unknown[]; expected?: string; format?: string; keys?: string[]; minimum?: unknown };
  const field = String(issue.path[0] ?? '');
  if (i.code === 'invalid_value' && i.values) {
    return i.input === undefined ? `${m.missing} ${m.enum('', i.values.join(', ')).replace(/^"" [^.]*\. /, '')}` : m.enum(String(i.input), i.values.join(', '));
  }
  if (i.code === 'unrecognized_keys') return m.unknownField((i.keys ?? []).join(', '));
  // An empty text ("municipality: ''", an empty spreadsheet cell) is a missing value.
  if (i.code === 'too_small' && i.input === '') return m.missing;
  if (i.code === 'too_small' && i.minimum !== undefined) return m.tooSmall(String(i.minimum));
  if (i.code === 'invalid_type') {
    if (i.input === undefined) return m.missing;
    if (i.expected === 'date') return m.date;
    return m.type(i.expected ?? 'string');
  }
  if (i.code === 'invalid_format') {
    if (i.format === 'email') return m.email;
    if (i.format === 'url') return m.url;
    // Patterns: say what the field wants, by kind of field.
    if (/^time(From|To)$/.test(field)) return m.time;
    if (/phone$/i.test(field)) return m.phone;
    if (field === 'postcode') return m.postcode;
    return m.format;
  }
  return m.other(i.message);
}

/** One line per finding, as editors read it. */
export function formatFinding(f: Finding, lang: MessageLang): string {
  const m = MESSAGES[lang];
  const where = [f.file, f.line ? `${m.lineWord} ${f.line}` : '', f.field ? `${m.field} "${f.field}"` : ''].filter(Boolean).join(', ');
  return `${f.severity === 'error' ? m.error : m.warning}: ${where}: ${f.message}`;
}

export function summary(findings: readonly Finding[], lang: MessageLang): string {
  return MESSAGES[lang].summary(findings.filter((f) => f.severity === 'error').length, findings.filter((f) => f.severity === 'warning').length);
}

/** Thrown by the build with every error at once, so an editor can fix them in one go. */
export class ContentError extends Error {
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[], lang: MessageLang = 'de') {
    super(`${MESSAGES[lang].notPublished(findings.length)}\n${findings.map((f) => `  - ${formatFinding(f, lang)}`).join('\n')}`);
    this.findings = findings;
    this.name = 'ContentError';
  }
}

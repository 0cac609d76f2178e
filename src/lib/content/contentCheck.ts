/**
 * `npm run content:check`: checks every content file the way an editor needs it — all problems at
 * once, each with file, line or field, what is wrong and how to fix it, in German (or English).
 * Runs without a build: it reads the files itself and uses the schemas of src/content.config.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { FRONT_MATTER, hashOfFile } from './contentFiles.ts';

export type MessageLang = 'de' | 'en';
export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  file: string;
  /** Line in the file (1-based), when known. */
  line?: number | undefined;
  /** Field name, when the problem is in one field. */
  field?: string | undefined;
  message: string;
}

export interface CheckOptions {
  root: string;
  defaultLocale: string;
  locales: readonly string[];
  lang: MessageLang;
  /** Entries checked longer ago than this are reported as warnings. */
  maxAgeMonths: number;
  today: Date;
  schemas: {
    page: z.ZodType;
    focusArea: z.ZodType;
    region: z.ZodType;
    contact: z.ZodType;
    offer: z.ZodType;
    offerTranslation: z.ZodType;
  };
}

const M = {
  de: {
    noFrontMatter: 'Die Datei beginnt nicht mit einem Kopf zwischen zwei Zeilen "---". Bitte den Kopf ergänzen.',
    yaml: (e: string) => `Der Kopf ist kein gültiges YAML (${e}). Häufige Ursache: ein Doppelpunkt im Text. Setzen Sie den Text in Anführungszeichen.`,
    missing: 'Dieses Pflichtfeld fehlt. Bitte ergänzen.',
    enum: (v: string, allowed: string) => `"${v}" ist kein gültiger Wert. Erlaubt sind: ${allowed}.`,
    date: 'Bitte ein Datum im Format JJJJ-MM-TT schreiben, zum Beispiel 2026-11-25.',
    email: 'Bitte eine E-Mail-Adresse wie name@beispiel.de schreiben.',
    url: 'Bitte eine vollständige Adresse schreiben, die mit https:// beginnt.',
    format: 'Das Format stimmt nicht. Bitte die Beschreibung des Feldes in src/content.config.ts beachten.',
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
  },
} as const;

interface ContentFile {
  file: string;
  text: string;
  /** Line where the front matter starts (the first "---" is line 1). */
  data: Record<string, unknown> | null;
  body: string;
  bodyStartLine: number;
}


function readEntry(root: string, file: string, isYaml: boolean, m: (typeof M)[MessageLang], findings: Finding[]): ContentFile {
  const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  if (isYaml) {
    try {
      return { file, text, data: (parse(text) ?? {}) as Record<string, unknown>, body: '', bodyStartLine: 1 };
    } catch (e) {
      findings.push({ severity: 'error', file, message: m.yaml(String((e as Error).message).split('\n')[0]!) });
      return { file, text, data: null, body: '', bodyStartLine: 1 };
    }
  }
  const match = text.match(FRONT_MATTER);
  if (!match) {
    findings.push({ severity: 'error', file, line: 1, message: m.noFrontMatter });
    return { file, text, data: null, body: text, bodyStartLine: 1 };
  }
  const bodyStartLine = match[0].split('\n').length;
  try {
    return { file, text, data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length), bodyStartLine };
  } catch (e) {
    findings.push({ severity: 'error', file, line: 2, message: m.yaml(String((e as Error).message).split('\n')[0]!) });
    return { file, text, data: null, body: text.slice(match[0].length), bodyStartLine };
  }
}

/** Line of `field:` in the file's header, for messages. */
function lineOf(text: string, field: string | undefined): number | undefined {
  if (!field) return undefined;
  const index = text.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return index >= 0 ? index + 1 : undefined;
}

type Issue = z.core.$ZodIssue;

function schemaMessage(issue: Issue, m: (typeof M)[MessageLang]): string {
  const i = issue as Issue & { input?: unknown; values?: unknown[]; expected?: string; format?: string; keys?: string[] };
  if (i.code === 'invalid_value' && i.values) {
    return i.input === undefined ? `${m.missing} ${m.enum('', i.values.join(', ')).replace(/^"" [^.]*\. /, '')}` : m.enum(String(i.input), i.values.join(', '));
  }
  if (i.code === 'unrecognized_keys') return m.unknownField((i.keys ?? []).join(', '));
  if (i.code === 'invalid_type') {
    if (i.input === undefined) return m.missing;
    if (i.expected === 'date') return m.date;
    return m.type(i.expected ?? 'string');
  }
  if (i.code === 'invalid_format') {
    if (i.format === 'email') return m.email;
    if (i.format === 'url') return m.url;
    return m.format;
  }
  return m.other(i.message);
}

function validate(entry: ContentFile, schema: z.ZodType, m: (typeof M)[MessageLang], findings: Finding[]): Record<string, unknown> | null {
  if (!entry.data) return null;
  const result = schema.safeParse(entry.data, { reportInput: true });
  if (result.success) return result.data as Record<string, unknown>;
  for (const issue of result.error.issues) {
    // "levels (Eintrag 2)" reads better for editors than "levels.1".
    const [name, index] = issue.path;
    const field = issue.path.length
      ? typeof index === 'number'
        ? `${String(name)} (${m.entry} ${index + 1})`
        : issue.path.map(String).join('.')
      : (issue as { keys?: string[] }).keys?.[0];
    findings.push({ severity: 'error', file: entry.file, field, line: lineOf(entry.text, String(issue.path[0] ?? field ?? '')), message: schemaMessage(issue, m) });
  }
  return null;
}

const list = (root: string, dir: string, ext: RegExp) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((n) => ext.test(n)).sort().map((n) => `${dir}/${n}`) : [];

/** Checks the body text for markup that must not be there, and for broken internal links. */
function checkBody(entry: ContentFile, pageUrl: string, routes: ReadonlySet<string>, m: (typeof M)[MessageLang], findings: Finding[]): void {
  entry.body.split('\n').forEach((line, i) => {
    const at = { severity: 'error' as const, file: entry.file, line: entry.bodyStartLine + i };
    if (/<script\b/i.test(line)) findings.push({ ...at, message: m.script });
    const handler = line.match(/<[^>]*\s(on[a-z]+)\s*=/i);
    if (handler) findings.push({ ...at, message: m.handler(handler[1]!) });
    if (/(?:href\s*=\s*["']?|\]\()\s*javascript:/i.test(line)) findings.push({ ...at, message: m.jsLink });
    for (const match of line.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)) {
      const href = match[1] ?? match[2]!;
      if (/^(https?:|mailto:|tel:|#|javascript:)/i.test(href)) continue;
      const target = new URL(href, `https://portal.invalid${pageUrl}`);
      if (!routes.has(target.pathname)) findings.push({ ...at, severity: 'error', message: m.brokenLink(href) });
    }
  });
}

/** Runs every check; returns the findings, errors first, sorted by file. */
export function checkContent(o: CheckOptions): Finding[] {
  const m = M[o.lang];
  const findings: Finding[] = [];
  const others = o.locales.filter((l) => l !== o.defaultLocale);
  const regionFiles = list(o.root, 'content/regions', /\.yaml$/);
  const regionIds = new Set(regionFiles.map((f) => f.replace(/^.*\/(.+)\.yaml$/, '$1')));
  const regionExamples = [...regionIds].slice(0, 3).join(', ');
  const dateOk = (d: unknown) => d instanceof Date && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100;
  /** A date from the raw header (YAML may give a string), or null when it is not a valid date. */
  const asDate = (v: unknown): Date | null => {
    const d = v instanceof Date ? v : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(v) : null;
    return d && !Number.isNaN(d.getTime()) ? d : null;
  };

  // Localized text collections: pages and focus areas.
  const texts = [
    { folder: 'content/pages', schema: o.schemas.page, section: [] as string[] },
    { folder: 'content/focus-areas', schema: o.schemas.focusArea, section: ['schwerpunkte'] },
  ];
  const slugsOf = (folder: string, locale: string) => list(o.root, `${folder}/${locale}`, /\.(md|mdx)$/).map((f) => f.replace(/^.*\/(.+)\.(md|mdx)$/, '$1'));
  const offerSlugs = slugsOf('content/offers', o.defaultLocale);

  // Every page of the portal, for checking internal links in content.
  const routes = new Set<string>(['/']);
  for (const l of o.locales) {
    for (const p of ['', 'angebote', 'regionen', 'schwerpunkte', 'suche']) routes.add(`/${l}/${p ? `${p}/` : ''}`);
    for (const s of slugsOf('content/pages', o.defaultLocale)) routes.add(`/${l}/${s}/`);
    for (const s of slugsOf('content/focus-areas', o.defaultLocale)) routes.add(`/${l}/schwerpunkte/${s}/`);
    for (const r of regionIds) routes.add(`/${l}/regionen/${r}/`);
    for (const s of offerSlugs) routes.add(`/${l}/angebote/${s}/`);
  }

  const checkDuplicates = (files: string[]) => {
    const seen = new Map<string, string>();
    for (const f of files) {
      const key = f.replace(/\.(md|mdx)$/, '');
      const other = seen.get(key);
      if (other) findings.push({ severity: 'error', file: f, message: m.duplicate(other) });
      else seen.set(key, f);
    }
  };

  /** A translation must record its German version (sourceHash) and be marked when that changed. */
  const checkProvenance = (entry: ContentFile, originalFile: string) => {
    if (!entry.data || !existsSync(join(o.root, originalFile))) return;
    const recorded = entry.data['sourceHash'];
    const at = { severity: 'error' as const, file: entry.file, field: 'sourceHash', line: lineOf(entry.text, 'sourceHash') };
    if (typeof recorded !== 'string') findings.push({ ...at, message: m.noSourceHash(entry.file) });
    else if (entry.data['outdated'] !== true) {
      const original = readEntry(o.root, originalFile, false, m, []);
      if (recorded !== hashOfFile({ file: originalFile, data: original.data ?? {}, body: original.body })) {
        findings.push({ ...at, message: m.staleTranslation(originalFile, entry.file) });
      }
    }
  };

  for (const { folder, schema, section } of texts) {
    const german = new Set(slugsOf(folder, o.defaultLocale));
    for (const locale of o.locales) {
      const files = list(o.root, `${folder}/${locale}`, /\.(md|mdx)$/);
      checkDuplicates(files);
      for (const file of files) {
        const entry = readEntry(o.root, file, false, m, findings);
        validate(entry, schema, m, findings);
        const slug = file.replace(/^.*\/(.+)\.(md|mdx)$/, '$1');
        if (locale !== o.defaultLocale && !german.has(slug)) findings.push({ severity: 'error', file, message: m.noOriginal(`${slug}.mdx`, folder) });
        if (locale !== o.defaultLocale) checkProvenance(entry, file.replace(`/${locale}/`, `/${o.defaultLocale}/`));
        if (locale === 'fa' && /[يك]/.test(entry.text)) findings.push({ severity: 'warning', file, message: m.arabicLetters });
        checkBody(entry, `/${locale}/${[...section, slug].join('/')}/`, routes, m, findings);
      }
    }
  }

  for (const file of regionFiles) validate(readEntry(o.root, file, true, m, findings), o.schemas.region, m, findings);

  const staleBefore = new Date(o.today);
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - o.maxAgeMonths);
  // Relations and dates are checked on the raw header, so they are reported even when a schema
  // problem elsewhere in the same file makes the entry invalid.
  const checkChecked = (entry: ContentFile, data: Record<string, unknown>) => {
    const checked = asDate(data['lastChecked']);
    if (!checked) return;
    const at = { file: entry.file, field: 'lastChecked', line: lineOf(entry.text, 'lastChecked') };
    if (!dateOk(checked)) findings.push({ ...at, severity: 'error', message: m.implausibleDate });
    else if (checked > o.today) findings.push({ ...at, severity: 'error', message: m.futureChecked });
    else if (checked < staleBefore) findings.push({ ...at, severity: 'warning', message: m.stale(o.maxAgeMonths) });
  };
  const checkRegion = (entry: ContentFile, data: Record<string, unknown>) => {
    const region = data['region'];
    if (typeof region === 'string' && !regionIds.has(region)) {
      findings.push({ severity: 'error', file: entry.file, field: 'region', line: lineOf(entry.text, 'region'), message: m.unknownRegion(region, regionExamples) });
    }
  };

  for (const file of list(o.root, 'content/contacts', /\.yaml$/)) {
    const entry = readEntry(o.root, file, true, m, findings);
    validate(entry, o.schemas.contact, m, findings);
    if (entry.data) {
      checkRegion(entry, entry.data);
      checkChecked(entry, entry.data);
    }
  }

  const offerFiles = list(o.root, `content/offers/${o.defaultLocale}`, /\.(md|mdx)$/);
  checkDuplicates(offerFiles);
  for (const file of offerFiles) {
    const entry = readEntry(o.root, file, false, m, findings);
    validate(entry, o.schemas.offer, m, findings);
    const slug = file.replace(/^.*\/(.+)\.(md|mdx)$/, '$1');
    checkBody(entry, `/${o.defaultLocale}/angebote/${slug}/`, routes, m, findings);
    const data = entry.data;
    if (!data) continue;
    checkRegion(entry, data);
    checkChecked(entry, data);
    const start = asDate(data['startDate']);
    const end = asDate(data['endDate']);
    for (const [field, d] of [['startDate', start], ['endDate', end]] as const) {
      if (d && !dateOk(d)) findings.push({ severity: 'error', file, field, line: lineOf(entry.text, field), message: m.implausibleDate });
    }
    if (start && end && end < start) {
      findings.push({ severity: 'error', file, field: 'endDate', line: lineOf(entry.text, 'endDate'), message: m.endBeforeStart });
    }
  }
  for (const locale of others) {
    for (const file of list(o.root, `content/offers/${locale}`, /\.(md|mdx)$/)) {
      const entry = readEntry(o.root, file, false, m, findings);
      validate(entry, o.schemas.offerTranslation, m, findings);
      const slug = file.replace(/^.*\/(.+)\.(md|mdx)$/, '$1');
      if (!offerSlugs.includes(slug)) findings.push({ severity: 'error', file, message: m.noOriginal(`${slug}.md`, 'content/offers') });
      else checkProvenance(entry, `content/offers/${o.defaultLocale}/${slug}.md`);
      if (locale === 'fa' && /[يك]/.test(entry.text)) findings.push({ severity: 'warning', file, message: m.arabicLetters });
      checkBody(entry, `/${locale}/angebote/${slug}/`, routes, m, findings);
    }
  }

  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return findings.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** One line per finding, as editors read it. */
export function formatFinding(f: Finding, lang: MessageLang): string {
  const m = M[lang];
  const where = [f.file, f.line ? `${m.lineWord} ${f.line}` : '', f.field ? `${m.field} "${f.field}"` : ''].filter(Boolean).join(', ');
  const label = f.severity === 'error' ? (lang === 'de' ? 'Fehler' : 'Error') : lang === 'de' ? 'Warnung' : 'Warning';
  return `${label}: ${where}: ${f.message}`;
}

export function summary(findings: readonly Finding[], lang: MessageLang): string {
  return M[lang].summary(findings.filter((f) => f.severity === 'error').length, findings.filter((f) => f.severity === 'warning').length);
}

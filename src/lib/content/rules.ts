/**
 * The content rules: every check of the content, written once. Pure: content records in,
 * findings out (messages from ./messages.ts, German or English). Called alike by
 * `npm run content:check` and the import (records read from disk by ./files.ts, with schema
 * validation) and by the Astro build and `astro dev` (records from the content collections,
 * already validated by Astro, in src/data/site.ts).
 *
 * Rules beyond the per-field schema: duplicate file names, translations without a German
 * original, translation provenance (sourceHash), unknown regions, implausible, future and stale
 * dates, end before start, Arabic letters in Persian text, invisible control characters and
 * over-long fields, markup and addresses beyond the allowlist of ./markup.ts (parsed, not
 * pattern-matched), internal links that lead to no page (the page list comes from the route
 * table), and the checkable rules of Leichte Sprache on its pages (./easyLanguage.ts, warnings). File-level rules (encoding, names, extensions, folders) are in ./files.ts, which reads the files.
 */
import type { z } from 'astro/zod';
import { allPagePaths, href, route, type SiteInventory } from '../site/routes.ts';
import { CONTENT_FOLDERS } from './folders.ts';
import { codePoint, MESSAGES, schemaMessage, sortFindings, type Finding, type MessageLang, type Messages } from './messages.ts';
import { germanTextHash } from './sourceHash.ts';
import { analyseMarkup } from './markup.ts';
import { checkEasyLanguage, isEasyLanguagePage, MAX_SENTENCE_WORDS } from './easyLanguage.ts';

/**
 * Characters that change how text is shown or found without being seen: bidirectional embeddings,
 * overrides and isolates (a title can be shown reversed), zero-width space, word joiner and a byte
 * order mark inside text. Not here: ZWNJ/ZWJ (Persian and Arabic spelling) and the direction marks
 * LRM, RLM and ALM, which right-to-left texts legitimately need.
 */
const FORBIDDEN_INVISIBLE = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** The forbidden characters in a text, named as code points ("U+202E"), or '' when there are none. */
const invisibleIn = (text: string) => [...new Set(text.match(FORBIDDEN_INVISIBLE) ?? [])].map(codePoint).join(', ');

/**
 * Longest text a header field may hold: a title must fit a heading on a phone and a search result,
 * a description a search engine's snippet; other fields are names, places and sources.
 */
/** Contact fields of an offer (src/content.config.ts): real for real offers, plainly fictional for examples. */
const CONTACT_FIELDS = ['phone', 'email', 'website', 'registrationPhone', 'registrationEmail', 'registrationUrl'] as const;
/** The second-level domains RFC 2606 reserves for examples, and their subdomains. */
const EXAMPLE_DOMAIN = /(^|\.)example\.(org|com|net)$/i;
/**
 * Phone numbers for media productions ("Drama Numbers") that the Bundesnetzagentur never assigns:
 * Frankfurt am Main (0)69 90009 000–999 (Amtsblatt 7/2021, Mitteilung 148/2021; docs/decisions.md).
 * Matched on the digits, national form.
 */
const EXAMPLE_PHONE = /^06990009\d{3}$/;

export const MAX_FIELD_CHARS: Readonly<Record<string, number>> = { title: 150, description: 300, '*': 500 };

/** The content collections (src/content.config.ts). */
export type CollectionName = 'pages' | 'focusAreas' | 'regions' | 'contacts' | 'offers' | 'offerTranslations';

export interface ContentRecord {
  collection: CollectionName;
  /** Path of the file relative to the project, e.g. `content/offers/de/x.md`. */
  file: string;
  /** Language folder of localized collections; undefined for regions and contacts. */
  locale?: string | undefined;
  /** File name without extension: the slug or id of the entry. */
  slug: string;
  /** The YAML header (or the YAML file); null when it could not be read (already reported). */
  data: Record<string, unknown> | null;
  /** Markdown body ('' for YAML). */
  body: string;
  /** The whole file, for line numbers; '' when unknown (entries from Astro's collections). */
  text: string;
  /** Line on which the body starts. */
  bodyStartLine: number;
}

export interface RuleOptions {
  defaultLocale: string;
  locales: readonly string[];
  lang: MessageLang;
  today: Date;
  /** Entries checked longer ago than this are reported as warnings. */
  maxAgeMonths: number;
  /** The offer types (each has a page listing its offers). */
  offerTypes: readonly string[];
  /** Validate every record against its collection's schema (the disk check; Astro has done it for the build). */
  schemas?: Readonly<Record<CollectionName, z.ZodType>> | undefined;
}

/** Line of `field:` in the file's header, for messages. */
function lineOf(text: string, field: string | undefined): number | undefined {
  if (!field || !text) return undefined;
  const index = text.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return index >= 0 ? index + 1 : undefined;
}

const dateOk = (d: Date) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100;
/** A date from the header (YAML may give a string), or null when it is not a valid date. */
function asDate(v: unknown): Date | null {
  const d = v instanceof Date ? v : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

/** Where a text's relative links are resolved from: the page the text is shown on. */
function pagePathOf(r: ContentRecord): string[] {
  if (r.collection === 'focusAreas') return route.focusArea(r.slug);
  if (r.collection === 'offers' || r.collection === 'offerTranslations') return route.offer(r.slug);
  return route.page(r.slug);
}

/** Every finding of a set of content records: errors first, then by file and line. */
export function checkRecords(records: readonly ContentRecord[], o: RuleOptions): Finding[] {
  const m: Messages = MESSAGES[o.lang];
  const findings: Finding[] = [];
  const of = (c: CollectionName) => records.filter((r) => r.collection === c).sort((a, b) => a.file.localeCompare(b.file));
  const german = (c: CollectionName) => new Map(of(c).filter((r) => c === 'offers' || r.locale === o.defaultLocale).map((r) => [r.slug, r]));

  const regions = of('regions');
  const regionIds = new Set(regions.map((r) => r.slug));
  const regionExamples = [...regionIds].slice(0, 3).join(', ');
  const germanPages = german('pages');
  const germanFocusAreas = german('focusAreas');
  const germanOffers = german('offers');
  const inventory: SiteInventory = {
    pageSlugs: [...germanPages.keys()],
    focusAreaSlugs: [...germanFocusAreas.keys()],
    regionIds: [...regionIds],
    offerSlugs: [...germanOffers.keys()],
    offerTypes: o.offerTypes,
  };
  const pagePaths = allPagePaths(inventory, o.locales);
  const staleBefore = new Date(o.today);
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - o.maxAgeMonths);
  const at = (r: ContentRecord, field?: string) => ({ file: r.file, ...(field ? { field, line: lineOf(r.text, field) } : {}) });

  const validate = (r: ContentRecord) => {
    checkFields(r);
    const schema = o.schemas?.[r.collection];
    if (!schema || !r.data) return;
    const result = schema.safeParse(r.data, { reportInput: true });
    if (result.success) return;
    for (const issue of result.error.issues) {
      // "levels (Eintrag 2)" reads better for editors than "levels.1".
      const [name, index] = issue.path;
      const field = issue.path.length
        ? typeof index === 'number'
          ? `${String(name)} (${m.entry} ${index + 1})`
          : issue.path.map(String).join('.')
        : (issue as { keys?: string[] }).keys?.[0];
      findings.push({ severity: 'error', file: r.file, field, line: lineOf(r.text, String(issue.path[0] ?? field ?? '')), message: schemaMessage(issue, m) });
    }
  };

  /** Two files in one folder that would publish at the same address. */
  const checkDuplicates = (list: readonly ContentRecord[]) => {
    const seen = new Map<string, string>();
    for (const r of list) {
      const key = `${r.collection}/${r.locale ?? ''}/${r.slug}`;
      const other = seen.get(key);
      if (other) findings.push({ severity: 'error', file: r.file, message: m.duplicate(other) });
      else seen.set(key, r.file);
    }
  };

  /** A translation must record its German version (sourceHash) and be marked when that changed. */
  const checkProvenance = (r: ContentRecord, original: ContentRecord) => {
    if (!r.data) return;
    const recorded = r.data['sourceHash'];
    if (typeof recorded !== 'string') findings.push({ severity: 'error', ...at(r, 'sourceHash'), message: m.noSourceHash(r.file) });
    else if (r.data['outdated'] !== true && recorded !== germanTextHash(original.data ?? {}, original.body)) {
      findings.push({ severity: 'error', ...at(r, 'sourceHash'), message: m.staleTranslation(original.file, r.file) });
    }
  };

  const checkPersianLetters = (r: ContentRecord) => {
    if (r.locale === 'fa' && /[يك]/.test(r.text || `${JSON.stringify(r.data)}\n${r.body}`)) findings.push({ severity: 'warning', file: r.file, message: m.arabicLetters });
  };

  /** Pages in Leichte Sprache (German, `translate: false`): its checkable rules, as warnings with the line. */
  const checkEasyLanguagePage = (r: ContentRecord) => {
    if (r.locale !== o.defaultLocale || !isEasyLanguagePage(r.data)) return;
    const line = (n: number) => (r.text ? r.bodyStartLine + n - 1 : undefined);
    const e = m.easyLanguage;
    for (const f of checkEasyLanguage(r.body)) {
      const message =
        f.rule === 'longWord' ? e.longWord(f.text) : f.rule === 'sentenceLength' ? e.sentenceLength(MAX_SENTENCE_WORDS) : e[f.rule];
      findings.push({ severity: 'warning', file: r.file, line: line(f.line), message });
    }
  };

  /** Markup beyond the allowlist (./markup.ts), invisible control characters, and internal links that lead nowhere. */
  const checkBody = (r: ContentRecord) => {
    const pageUrl = new URL(href(r.locale ?? o.defaultLocale, pagePathOf(r)), 'https://portal.invalid');
    // Entries from Astro's collections have no file text: no line numbers then.
    const lineOf = (line: number | undefined) => (r.text && line !== undefined ? r.bodyStartLine + line - 1 : undefined);
    const { problems, siteLinks } = analyseMarkup(r.body, m);
    for (const p of problems) findings.push({ severity: 'error', file: r.file, line: lineOf(p.line), message: p.message });
    for (const link of siteLinks) {
      if (!pagePaths.has(new URL(link.href, pageUrl).pathname)) findings.push({ severity: 'error', file: r.file, line: lineOf(link.line), message: m.brokenLink(link.href) });
    }
    r.body.split('\n').forEach((text, i) => {
      const chars = invisibleIn(text);
      if (chars) findings.push({ severity: 'error', file: r.file, line: lineOf(i + 1), message: m.invisible(chars) });
    });
  };

  /** Every text field of the header: no invisible control characters, and a length that fits a page. */
  const checkFields = (r: ContentRecord) => {
    for (const [field, value] of Object.entries(r.data ?? {})) {
      for (const text of (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')) {
        const chars = invisibleIn(text);
        if (chars) findings.push({ severity: 'error', ...at(r, field), message: m.invisible(chars) });
        const max = MAX_FIELD_CHARS[field] ?? MAX_FIELD_CHARS['*']!;
        if (text.length > max) findings.push({ severity: 'error', ...at(r, field), message: m.tooLong(max, text.length) });
      }
    }
  };

  const checkRegion = (r: ContentRecord) => {
    const region = r.data?.['region'];
    if (typeof region === 'string' && region !== '' && !regionIds.has(region)) findings.push({ severity: 'error', ...at(r, 'region'), message: m.unknownRegion(region, regionExamples) });
  };

  // Dates are checked on the header as written, so they are reported even when a schema
  // problem elsewhere in the same file makes the entry invalid.
  const checkChecked = (r: ContentRecord) => {
    const checked = asDate(r.data?.['lastChecked']);
    if (!checked) return;
    if (!dateOk(checked)) findings.push({ severity: 'error', ...at(r, 'lastChecked'), message: m.implausibleDate });
    else if (checked > o.today) findings.push({ severity: 'error', ...at(r, 'lastChecked'), message: m.futureChecked });
    else if (checked < staleBefore) findings.push({ severity: 'warning', ...at(r, 'lastChecked'), message: m.stale(o.maxAgeMonths) });
  };

  /**
   * Example offers carry contact data that is plainly fictional, and real offers none of it:
   * e-mail and web addresses under the domains reserved for examples (RFC 2606), phone numbers
   * from the Bundesnetzagentur's range for media productions (EXAMPLE_PHONE).
   */
  const checkExampleContacts = (r: ContentRecord) => {
    const sample = r.data?.['sample'] === true;
    for (const field of CONTACT_FIELDS) {
      const value = r.data?.[field];
      if (typeof value !== 'string' || value === '') continue;
      const fictional = /phone$/i.test(field)
        ? EXAMPLE_PHONE.test(value.replace(/^\+49\s*(\(0\))?\s*/, '0').replace(/[^\d]/g, ''))
        : EXAMPLE_DOMAIN.test(/email$/i.test(field) ? value.slice(value.lastIndexOf('@') + 1) : (URL.canParse(value) ? new URL(value).hostname : ''));
      if (sample && !fictional) findings.push({ severity: 'error', ...at(r, field), message: /phone$/i.test(field) ? m.examplePhone : m.exampleAddress });
      if (!sample && fictional) findings.push({ severity: 'error', ...at(r, field), message: m.realWithExample });
    }
  };

  /**
   * What makes an offer something a person can act on: where (a region and a town, unless it is
   * for all of Hessen; an address, unless it is online or its web page gives it), how to get in
   * touch, how to take part, and for real offers the page the facts come from.
   */
  const checkOfferActionable = (r: ContentRecord) => {
    const d = r.data;
    if (!d) return;
    const has = (field: string) => d[field] !== undefined && d[field] !== null && d[field] !== '';
    const error = (field: string | undefined, message: string) => findings.push({ severity: 'error', ...at(r, field), message });
    const statewide = d['statewide'] === true;
    if (statewide && (has('region') || has('municipality'))) error(has('region') ? 'region' : 'municipality', m.statewideWithRegion);
    if (!statewide && !has('region')) error('region', m.regionRequired);
    if (!statewide && !has('municipality')) error('municipality', m.municipalityRequired);
    if (d['sample'] !== true && !has('source')) error('source', m.sourceRequired);
    const registration = Array.isArray(d['registration']) ? d['registration'] : [];
    if (registration.length === 0) error('registration', m.noRegistration);
    const contactFields = ['phone', 'email', 'website', 'registrationPhone', 'registrationEmail', 'registrationUrl'];
    if (!contactFields.some(has) && !(statewide && registration.includes('contact-point'))) error(undefined, m.noWayToContact);
    if (!statewide && d['online'] !== true && !has('street') && !has('website')) error('street', m.noAddress);
  };

  const checkPeriod = (r: ContentRecord) => {
    const start = asDate(r.data?.['startDate']);
    const end = asDate(r.data?.['endDate']);
    for (const [field, d] of [['startDate', start], ['endDate', end]] as const) {
      if (d && !dateOk(d)) findings.push({ severity: 'error', ...at(r, field), message: m.implausibleDate });
    }
    if (start && end && end < start) findings.push({ severity: 'error', ...at(r, 'endDate'), message: m.endBeforeStart });
  };

  // Programme pages and focal areas: one folder per language, German first.
  for (const [collection, originals, folder] of [
    ['pages', germanPages, CONTENT_FOLDERS.pages],
    ['focusAreas', germanFocusAreas, CONTENT_FOLDERS.focusAreas],
  ] as const) {
    const list = of(collection);
    checkDuplicates(list);
    for (const r of list) {
      validate(r);
      if (r.locale !== o.defaultLocale) {
        const original = originals.get(r.slug);
        if (!original) findings.push({ severity: 'error', file: r.file, message: m.noOriginal(`${r.slug}.md`, folder) });
        else checkProvenance(r, original);
      }
      checkPersianLetters(r);
      checkBody(r);
      checkEasyLanguagePage(r);
    }
  }

  for (const r of regions) {
    validate(r);
    if (r.data?.['website'] && !r.data['lastChecked']) findings.push({ severity: 'error', ...at(r, 'lastChecked'), message: m.regionWebsiteUnchecked });
    checkChecked(r);
  }

  const contacts = of('contacts');
  for (const r of contacts) {
    validate(r);
    checkRegion(r);
    if (r.data && r.data['kind'] !== 'state-programme' && !r.data['region']) findings.push({ severity: 'error', ...at(r, 'region'), message: m.contactRegionRequired });
    checkChecked(r);
  }
  // The fallback of every region without a known contact point (only when contacts are checked at all).
  if (contacts.length > 0 && !contacts.some((r) => r.data?.['kind'] === 'state-programme' && r.data['website'])) {
    findings.push({ severity: 'error', file: CONTENT_FOLDERS.contacts, message: m.noStateProgramme });
  }

  const offers = of('offers');
  checkDuplicates(offers);
  for (const r of offers) {
    validate(r);
    checkBody(r);
    checkRegion(r);
    checkChecked(r);
    checkPeriod(r);
    checkExampleContacts(r);
    checkOfferActionable(r);
  }

  for (const r of of('offerTranslations')) {
    validate(r);
    const original = germanOffers.get(r.slug);
    if (!original) findings.push({ severity: 'error', file: r.file, message: m.noOriginal(`${r.slug}.md`, CONTENT_FOLDERS.offers) });
    else checkProvenance(r, original);
    checkPersianLetters(r);
    checkBody(r);
  }

  return sortFindings(findings);
}

/**
 * Loads every content collection once, runs the content rules (src/lib/content/rules.ts, the same
 * rules and German messages as `npm run content:check`) over them, and fails the build, or the
 * page in `astro dev`, with all errors at once (file, field, fix) instead of publishing a
 * half-built site.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { OFFER_TYPES } from '../content.config.ts';
import { MAX_AGE_MONTHS } from '../lib/content/freshness.ts';
import { ContentError } from '../lib/content/messages.ts';
import { checkRecords, type CollectionName, type ContentRecord } from '../lib/content/rules.ts';
import { buildLocalizedRoutes, type LocalizedRoute } from '../lib/site/routes.ts';

export type Page = CollectionEntry<'pages'>;
export type FocusArea = CollectionEntry<'focusAreas'>;
export type Region = CollectionEntry<'regions'>;
export type Contact = CollectionEntry<'contacts'>;
export type Offer = CollectionEntry<'offers'>;
export type OfferTranslation = CollectionEntry<'offerTranslations'>;

export interface SiteContent {
  pages: Page[];
  focusAreas: FocusArea[];
  regions: Region[];
  contacts: Contact[];
  offers: Offer[];
  offerTranslations: OfferTranslation[];
}

/** A collection entry as the content rules see it (ids are `<lang>/<slug>` in localized collections). */
function toRecord(
  collection: CollectionName,
  e: { id: string; filePath?: string | undefined; data: object; body?: string | undefined },
): ContentRecord {
  const slash = e.id.indexOf('/');
  const localized = collection === 'pages' || collection === 'focusAreas' || collection === 'offerTranslations';
  return {
    collection,
    file: e.filePath ?? e.id,
    locale: localized && slash > 0 ? e.id.slice(0, slash) : collection === 'offers' ? defaultLocale : undefined,
    slug: localized && slash > 0 ? e.id.slice(slash + 1) : e.id,
    data: e.data as Record<string, unknown>,
    body: e.body ?? '',
    text: '',
    bodyStartLine: 1,
  };
}

let cached: Promise<SiteContent> | undefined;

/** All content, validated. Cached: every page of one build shares one load. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    const content: SiteContent = {
      pages: await getCollection('pages'),
      focusAreas: await getCollection('focusAreas'),
      regions: await getCollection('regions'),
      contacts: await getCollection('contacts'),
      offers: await getCollection('offers'),
      offerTranslations: await getCollection('offerTranslations'),
    };
    const records = (Object.keys(content) as CollectionName[]).flatMap((c) => content[c].map((e) => toRecord(c, e)));
    const findings = checkRecords(records, {
      defaultLocale,
      locales: localeCodes,
      lang: 'de',
      today: new Date(),
      maxAgeMonths: MAX_AGE_MONTHS,
      offerTypes: OFFER_TYPES,
    });
    // Warnings (e.g. entries not checked for a long time) are for `npm run content:check`.
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
    return content;
  })();
  return cached;
}

/** Every (locale × German page) route, with German fallbacks where a translation is missing. */
export async function pageRoutes(): Promise<LocalizedRoute<Page>[]> {
  const { pages } = await loadSiteContent();
  return buildLocalizedRoutes(pages, (p) => p.id, localeCodes, defaultLocale);
}

export async function focusAreaRoutes(): Promise<LocalizedRoute<FocusArea>[]> {
  const { focusAreas } = await loadSiteContent();
  const routes = buildLocalizedRoutes(focusAreas, (p) => p.id, localeCodes, defaultLocale);
  return routes.sort((a, b) => a.original.data.order - b.original.data.order);
}

const translationIndexes = new WeakMap<SiteContent, Map<string, OfferTranslation>>();

/** The offer text for a locale: the translation when there is one, else null (use German). */
export function offerTranslation(content: SiteContent, offer: Offer, locale: string): OfferTranslation | null {
  if (locale === defaultLocale) return null;
  // An index instead of a search: called for every offer on every page that lists offers.
  let index = translationIndexes.get(content);
  if (!index) {
    index = new Map(content.offerTranslations.map((t) => [t.id, t]));
    translationIndexes.set(content, index);
  }
  return index.get(`${locale}/${offer.id}`) ?? null;
}

/**
 * Loads every content collection once, checks relations across entries, and fails the build
 * with all problems at once (file, field, fix) instead of publishing a half-built site.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { checkContentIntegrity, ContentError, type ContentRecord } from '../lib/content/contentIntegrity.ts';
import { buildLocalizedRoutes, type LocalizedRoute } from '../lib/site/routes.ts';
import { sourceHash } from '../lib/content/sourceHash.ts';

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

const toRecord = (e: { id: string; filePath?: string | undefined; data: object; body?: string | undefined }): ContentRecord => ({
  id: e.id,
  file: e.filePath ?? e.id,
  data: e.data as Record<string, unknown>,
  body: e.body,
});

/** The version hash of a German text entry (see src/lib/content/sourceHash.ts). */
export const germanHash = (r: ContentRecord): string =>
  sourceHash({
    title: String(r.data['title'] ?? ''),
    description: typeof r.data['description'] === 'string' ? r.data['description'] : undefined,
    body: r.body ?? '',
  });

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
    const issues = checkContentIntegrity(
      {
        localized: { pages: content.pages.map(toRecord), focusAreas: content.focusAreas.map(toRecord) },
        regions: content.regions.map(toRecord),
        contacts: content.contacts.map(toRecord),
        offers: content.offers.map(toRecord),
        offerTranslations: content.offerTranslations.map(toRecord),
      },
      defaultLocale,
      germanHash,
    );
    if (issues.length > 0) throw new ContentError(issues);
    return content;
  })();
  return cached;
}

/** Every (locale × German page) route, with German fallbacks where a translation is missing. */
export async function pageRoutes(): Promise<LocalizedRoute<Page>[]> {
  const { pages } = await loadSiteContent();
  return buildLocalizedRoutes(pages, (p) => p.id, localeCodes, defaultLocale, (p) => p.filePath ?? p.id);
}

export async function focusAreaRoutes(): Promise<LocalizedRoute<FocusArea>[]> {
  const { focusAreas } = await loadSiteContent();
  const routes = buildLocalizedRoutes(focusAreas, (p) => p.id, localeCodes, defaultLocale, (p) => p.filePath ?? p.id);
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

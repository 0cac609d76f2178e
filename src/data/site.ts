/**
 * Loads every content collection once. In `astro dev` it also runs the content check over the
 * files (src/lib/content/, exactly `npm run content:check`: the same rules and German messages)
 * and fails the page with all errors at once (file, field, fix); `astro build` runs that check
 * before it builds anything (src/integrations/contentCheck.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { checkContent } from '../lib/content/files.ts';
import { ContentError } from '../lib/content/messages.ts';
import { buildLocalizedRoutes, type LocalizedRoute } from '../lib/site/routes.ts';
import { readSiteSettings } from '../lib/site/siteSettings.ts';
import type { Translate } from '../i18n/translator.ts';

/** The build's settings (SITE_EXAMPLES, SITE_OPERATOR), read once. */
export const siteSettings = readSiteSettings(process.env);

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

let cached: Promise<SiteContent> | undefined;

/** All content, validated. Cached: every page of one build shares one load. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    const content: SiteContent = {
      pages: await getCollection('pages'),
      focusAreas: await getCollection('focusAreas'),
      regions: await getCollection('regions'),
      contacts: await getCollection('contacts'),
      // SITE_EXAMPLES=off leaves the examples out of every page, list, index and sitemap.
      offers: (await getCollection('offers')).filter((o) => siteSettings.includeExamples || !o.data.sample),
      offerTranslations: await getCollection('offerTranslations'),
    };
    if (!siteSettings.includeExamples) {
      const published = new Set(content.offers.map((o) => o.id));
      content.offerTranslations = content.offerTranslations.filter((t) => published.has(t.id.slice(t.id.indexOf('/') + 1)));
    }
    // The files on disk, not the collections: Astro's YAML parser has already turned 2027-02-31
    // into 3 March, and files it does not load (.mdx, bad names, wrong encoding) must stop the page
    // too. `astro build` has run the same check before syncing (src/integrations/contentCheck.ts).
    const findings = import.meta.env.DEV ? checkContent() : [];
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

/** The offers listed for a region: its own, and those open to everyone in Hessen. */
export function regionOffers(content: SiteContent, regionId: string): Offer[] {
  return content.offers.filter((o) => o.data.region === regionId || o.data.statewide);
}

/** The region of an offer; undefined for statewide offers. */
export function offerRegion(content: SiteContent, offer: Offer): Region | undefined {
  return offer.data.region === undefined ? undefined : content.regions.find((r) => r.id === offer.data.region);
}

/**
 * The region names an offer is shown and filtered with: its region, or for a statewide offer
 * "all of Hessen" (shown) and every region (filter values: it is open to everyone).
 */
export function offerRegionNames(content: SiteContent, offer: Offer, t: Translate): { regionName: string; regionNames: string[] } {
  const region = offerRegion(content, offer);
  if (region) return { regionName: region.data.name, regionNames: [region.data.name] };
  return { regionName: t('offers.statewide'), regionNames: content.regions.map((r) => r.data.name) };
}

/** The state programme's contact point: the fallback of every region without a known office. */
export function stateProgramme(content: SiteContent): Contact | undefined {
  return content.contacts.find((c) => c.data.kind === 'state-programme');
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

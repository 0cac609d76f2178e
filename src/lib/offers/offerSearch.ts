/**
 * What the search index knows about an offer: Pagefind filters with values in the page's
 * language, meta for result cards, a sort key, and schema.org JSON-LD. Pure and shared by the
 * offer page, the finder's filter form and the tests, so filter values always match.
 */
import { levelLabel, type OfferFactsInput } from './offerFacts.ts';
import { formatDate, isoDate, languageName } from '../site/format.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

/** Filter names, in the order the finder shows them. Values are labels in the page's language. */
export const FILTER_NAMES = ['type', 'region', 'level', 'cost', 'childcare', 'women', 'literacy', 'time', 'help'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchableOffer extends OfferFactsInput {
  region: string;
}

/** Pagefind filters of one offer in one language: filter name → values. */
export function offerFilters(offer: SearchableOffer, regionName: string, t: T, lang: string): Record<FilterName, string[]> {
  const literacy = offer.type === 'literacy-course' || offer.levels.includes('literacy');
  return {
    type: [t(`offers.type.${offer.type}`)],
    region: [regionName],
    level: offer.levels.filter((l) => l !== 'literacy').map((l) => levelLabel(t, l)),
    cost: [offer.feeEuro === 0 ? t('offers.cost.free') : t('offers.cost.paid')],
    childcare: offer.childcare ? [t('offers.childcare')] : [],
    women: offer.womenOnly ? [t('offers.womenOnly')] : [],
    literacy: literacy ? [t('offers.level.literacy')] : [],
    time: offer.timesOfDay.map((x) => t(`offers.time.${x}`)),
    help: offer.helpLanguages.map((code) => languageName(lang, code)),
  };
}

/**
 * Sort key for lists without a query: running and ongoing offers first, then upcoming ones by
 * start date, then ended ones. `today` is the build date (the site is rebuilt when content changes).
 */
export function offerSortKey(offer: Pick<OfferFactsInput, 'startDate' | 'endDate'>, today: Date): string {
  const day = isoDate(today);
  if (offer.endDate && isoDate(offer.endDate) < day) return `3-${isoDate(offer.endDate)}`;
  if (!offer.startDate || isoDate(offer.startDate) <= day) return '1-';
  return `2-${isoDate(offer.startDate)}`;
}

/** Short text for the date line of a result card. */
export function offerDatesText(offer: Pick<OfferFactsInput, 'startDate' | 'endDate'>, t: T, lang: string): string {
  if (offer.startDate && offer.endDate) return `${formatDate(lang, offer.startDate)} – ${formatDate(lang, offer.endDate)}`;
  if (offer.startDate) return t('offers.starts', { date: formatDate(lang, offer.startDate) });
  return t('offers.ongoing');
}

export interface JsonLdInput {
  title: string;
  description: string;
  url: string;
  lang: string;
  type: string;
  municipality: string;
  venue?: string | undefined;
  provider: string;
  feeEuro: number;
  startDate?: Date | undefined;
  endDate?: Date | undefined;
}

/** schema.org Course for courses, Event otherwise, with location and provider. */
export function offerJsonLd(o: JsonLdInput): Record<string, unknown> {
  const isCourse = o.type === 'german-course' || o.type === 'literacy-course';
  const location = {
    '@type': 'Place',
    name: o.venue ?? o.municipality,
    address: { '@type': 'PostalAddress', addressLocality: o.municipality, addressRegion: 'Hessen', addressCountry: 'DE' },
  };
  const provider = { '@type': 'Organization', name: o.provider };
  const offers = { '@type': 'Offer', price: o.feeEuro, priceCurrency: 'EUR' };
  const dates = {
    ...(o.startDate ? { startDate: isoDate(o.startDate) } : {}),
    ...(o.endDate ? { endDate: isoDate(o.endDate) } : {}),
  };
  const base = { '@context': 'https://schema.org', name: o.title, description: o.description, url: o.url, inLanguage: o.lang };
  return isCourse
    ? {
        ...base,
        '@type': 'Course',
        provider,
        offers,
        hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'onsite', location, ...dates },
      }
    : { ...base, '@type': 'Event', organizer: provider, location, offers, eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode', ...dates };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so content can never close the tag. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface FilterOption {
  name: FilterName;
  values: { value: string; count: number }[];
}

/**
 * The finder's filter choices in one language: every value that occurs, with how many offers
 * have it. `order` gives the preferred order of values per filter (e.g. enum order); values
 * without a given order follow by count, then alphabetically.
 */
export function filterOptions(
  perOffer: readonly Record<FilterName, string[]>[],
  order: Partial<Record<FilterName, readonly string[]>>,
  collator: Intl.Collator,
): FilterOption[] {
  return FILTER_NAMES.map((name) => {
    const counts = new Map<string, number>();
    for (const filters of perOffer) for (const v of new Set(filters[name])) counts.set(v, (counts.get(v) ?? 0) + 1);
    const preferred = order[name] ?? [];
    const rank = (v: string) => (preferred.includes(v) ? preferred.indexOf(v) : preferred.length);
    const values = [...counts.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => rank(a.value) - rank(b.value) || b.count - a.count || collator.compare(a.value, b.value));
    return { name, values };
  }).filter((f) => f.values.length > 0);
}

/**
 * German words for an offer's type and key features ("Deutschkurs", "Kinderbetreuung", …).
 * Shown on every other language's offer page, so that a German word from a flyer or a
 * conversation finds the offer in the reader's language, and the reader can show it to someone.
 */
export function germanKeywords(offer: Pick<OfferFactsInput, 'type' | 'levels' | 'feeEuro' | 'childcare' | 'womenOnly' | 'timesOfDay'>, tDe: T): string[] {
  return [
    tDe(`offers.type.${offer.type}`),
    ...offer.levels.map((l) => levelLabel(tDe, l)),
    ...(offer.feeEuro === 0 ? [tDe('offers.cost.free')] : []),
    ...(offer.childcare ? [tDe('offers.childcare')] : []),
    ...(offer.womenOnly ? [tDe('offers.womenOnly')] : []),
    ...offer.timesOfDay.map((x) => tDe(`offers.time.${x}`)),
  ].filter((v, i, all) => all.indexOf(v) === i);
}

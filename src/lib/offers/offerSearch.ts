/**
 * Search helpers around the offer model (./model.ts): the sort key of the index, the finder's
 * filter choices with counts, the German keywords of an offer, and safe JSON-LD text.
 */
import type { Translate } from '../../i18n/translator.ts';
import { isoDate } from '../site/format.ts';
import {
  FILTER_NAMES,
  FILTERS,
  levelLabel,
  offerFilterKeys,
  timeLabel,
  typeLabel,
  type FilterName,
  type OfferContext,
  type OfferFacts,
} from './model.ts';

/**
 * Sort key for lists without a query: running and ongoing offers first, then upcoming ones by
 * start date, then ended ones. `today` is the build date (the site is rebuilt when content changes).
 */
export function offerSortKey(offer: Pick<OfferFacts, 'startDate' | 'endDate'>, today: Date): string {
  const day = isoDate(today);
  if (offer.endDate && isoDate(offer.endDate) < day) return `3-${isoDate(offer.endDate)}`;
  if (!offer.startDate || isoDate(offer.startDate) <= day) return '1-';
  return `2-${isoDate(offer.startDate)}`;
}

/** JSON for a <script type="application/ld+json">: `<` escaped so content can never close the tag. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface FilterOption {
  name: FilterName;
  /** `key`: the same in every language (the finder's URL); `value`: the label (the search index's value). */
  values: { key: string; value: string; count: number }[];
}

/**
 * The finder's filter choices in one language: every key that occurs, with its label and how
 * many offers have it. `order` gives the preferred order of keys per filter (e.g. enum order);
 * keys without a given order follow by count, then alphabetically by label.
 */
export function filterOptions(
  perOffer: readonly Record<FilterName, string[]>[],
  order: Partial<Record<FilterName, readonly string[]>>,
  label: (name: FilterName, key: string) => string,
  collator: Intl.Collator,
): FilterOption[] {
  return FILTER_NAMES.map((name) => {
    const counts = new Map<string, number>();
    for (const filters of perOffer) for (const k of new Set(filters[name])) counts.set(k, (counts.get(k) ?? 0) + 1);
    const preferred = order[name] ?? [];
    const rank = (k: string) => (preferred.includes(k) ? preferred.indexOf(k) : preferred.length);
    const values = [...counts.entries()]
      .map(([key, count]) => ({ key, value: label(name, key), count }))
      .sort((a, b) => rank(a.key) - rank(b.key) || b.count - a.count || collator.compare(a.value, b.value));
    return { name, values };
  }).filter((f) => f.values.length > 0);
}

/** The finder's filter choices over all offers, in the registry's preferred order (model.ts FILTERS). */
export function finderFilterOptions(
  offers: readonly OfferFacts[],
  contextOf: (offer: OfferFacts) => OfferContext,
  page: Omit<OfferContext, 'regionName'>,
): FilterOption[] {
  const order = Object.fromEntries(FILTER_NAMES.flatMap((name) => (FILTERS[name].order ? [[name, FILTERS[name].order(page)]] : [])));
  return filterOptions(
    offers.map((o) => offerFilterKeys(o, contextOf(o))),
    order,
    (name, key) => FILTERS[name].label(key, page),
    new Intl.Collator(page.lang),
  );
}

/**
 * German words for an offer's type and key features ("Deutschkurs", "Kinderbetreuung", …).
 * Shown on every other language's offer page, so that a German word from a flyer or a
 * conversation finds the offer in the reader's language, and the reader can show it to someone.
 */
export function germanKeywords(
  offer: Pick<OfferFacts, 'type' | 'levels' | 'feeEuro' | 'childcare' | 'womenOnly' | 'timesOfDay'>,
  tDe: Translate,
): string[] {
  return [
    typeLabel(tDe, offer.type),
    ...offer.levels.map((l) => levelLabel(tDe, l)),
    ...(offer.feeEuro === 0 ? [tDe('offers.cost.free')] : []),
    ...(offer.childcare ? [tDe('offers.childcare')] : []),
    ...(offer.womenOnly ? [tDe('offers.womenOnly')] : []),
    ...offer.timesOfDay.map((x) => timeLabel(tDe, x)),
  ].filter((v, i, all) => all.indexOf(v) === i);
}
